import type { Bullet, ResumeDoc, SectionKind } from './model';
import type { ProofCard } from './proof';
import type { Finding, Severity } from './types';

/** The three parts a bullet needs to be proven (the challenge is a bonus, never required). */
export type ProofPart = 'system' | 'change' | 'result';
export const PROOF_PARTS: readonly ProofPart[] = ['system', 'change', 'result'];
/** The parts an entry can show in any bullet (made once: it was spread into a new array per bullet). */
const SHOWN_PARTS = [...PROOF_PARTS, 'challenge'] as const;

/** What to tell the person for each missing part of a bullet (short, for a summary card). */
export const PART_ADVICE: Readonly<Record<ProofPart, string>> = {
  system: 'name the system',
  change: 'say what you changed',
  result: 'add a measured result',
};

/** The same advice counted over an entry's bullets: "add a metric to 2". */
const PART_COUNT_ADVICE: Readonly<Record<ProofPart, string>> = {
  system: 'name the system in',
  change: 'show the change in',
  result: 'add a metric to',
};

/** One bullet's share of the score. */
export interface BulletScore {
  /** index into ResumeDoc.bullets */
  bullet: number;
  /** source range of the bullet */
  start: number;
  end: number;
  text: string;
  proven: boolean;
  /** the parts it does not show, in the order system, change, result */
  lacks: ProofPart[];
  /** shows the engineering challenge (the bonus part) */
  challenge: boolean;
  /** warnings and errors found in this bullet */
  warnings: number;
  errors: number;
  /** 0–100, see {@link scoreResume} */
  score: number;
}

/** A role, project or degree with bullets. */
export interface EntryScore {
  /** index into ResumeDoc.entries */
  entry: number;
  title: string;
  /** source range of the entry's title line */
  start: number;
  end: number;
  proven: number;
  total: number;
  /** 0–100 */
  score: number;
  /** how many of its bullets lack each part (for "add a metric to 1") */
  lacking: Record<ProofPart, number>;
  bullets: BulletScore[];
}

export interface ResumeScore {
  proven: number;
  total: number;
  /** 0–100; 0 when the resume has no bullets to score */
  score: number;
  /** entries with at least one scored bullet, in document order */
  entries: EntryScore[];
  /** scored bullets outside any entry (a pasted list of bullets) */
  loose: BulletScore[];
  /** up to three entries with the lowest score, weakest first */
  weakest: EntryScore[];
}

/** Points for each part a bullet shows; they add up to 100. */
export const PART_POINTS = { system: 30, change: 30, result: 30, challenge: 10 } as const;
/** Points taken off a bullet for each finding on it, by severity. */
export const BULLET_PENALTY: Readonly<Record<Severity, number>> = { error: 20, warning: 10, info: 0, hint: 0 };
/** Points taken off an entry or the resume for each finding not tied to a scored bullet. */
export const LOOSE_PENALTY: Readonly<Record<Severity, number>> = { error: 10, warning: 5, info: 0, hint: 0 };

const EXPERIENCE: ReadonlySet<SectionKind> = new Set(['experience', 'projects']);

/** The bullets that are scored: list items of Experience and Projects (all of them in a fragment with neither). */
export function scoredBullets(doc: ResumeDoc): Bullet[] {
  const noSections = !doc.sections.some((s) => EXPERIENCE.has(s.kind));
  return doc.bullets.filter((b) => b.kind === 'bullet' && (b.section >= 0 ? EXPERIENCE.has(doc.sections[b.section].kind) : noSections));
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/**
 * The proof score of a linted resume.
 *
 * - A bullet is **proven** when its proof card shows a system, a change and a result (the challenge is
 *   a bonus). Its **score** is 30 points each for system, change and result, 10 for the challenge
 *   (100 at most), minus 10 for each warning and 20 for each error found in it, never below 0.
 *   A part the bullet lacks but another bullet of the same entry shows earns half its points: a role
 *   may tell its story over several bullets (system in one, result in the next), and that is good
 *   writing, but each bullet still reads best when it stands alone.
 *   Information and hints cost nothing: they are advice, not faults.
 * - An **entry**'s score is the mean of its bullets' scores, minus 5 per warning and 10 per error
 *   found in the entry but outside its bullets (a date that cannot be read), between 0 and 100.
 * - The **resume**'s score is the mean over all scored bullets, minus 5 per warning and 10 per
 *   error not tied to a scored bullet (in the summary, the dates, the skills), between 0 and 100.
 *   `proven`/`total` count bullets; a resume with no bullets scores 0.
 *
 * Scored bullets are the list items of Experience and Projects. Findings are those `lint` kept
 * (a disabled rule or a disable comment takes its finding out of the score too). Rounded to integers.
 */
export function scoreResume(input: { doc: ResumeDoc; cards: readonly ProofCard[]; findings: readonly Finding[] }): ResumeScore {
  // Plain loops over typed arrays rather than closures and filter/map/reduce: this runs once per lint,
  // so V8 optimises it late, and the inlined closures made it the costliest function to compile (and
  // recompile after each deopt) while a process warmed up. Sums are taken in the same order as before.
  const { doc, cards, findings } = input;
  const bullets = scoredBullets(doc);
  const n = bullets.length;
  /** position in `bullets` of each document bullet, -1 when it is not scored */
  const slot = new Int32Array(doc.bullets.length).fill(-1);
  for (let k = 0; k < n; k++) slot[bullets[k].index] = k;

  // findings on scored bullets cost that bullet points; the rest (at warning or above) cost the entry or resume
  const penalty = new Float64Array(n);
  const warnings = new Int32Array(n);
  const errors = new Int32Array(n);
  const loose: Finding[] = [];
  for (const f of findings) {
    const k = f.bullet !== undefined && f.bullet >= 0 && f.bullet < slot.length ? slot[f.bullet] : -1;
    if (k >= 0) {
      penalty[k] += BULLET_PENALTY[f.severity];
      if (f.severity === 'warning') warnings[k]++;
      else if (f.severity === 'error') errors[k]++;
    } else if (LOOSE_PENALTY[f.severity] > 0) loose.push(f);
  }

  // the parts each entry shows in any of its bullets, as bits (SHOWN_PARTS order)
  const shown = new Int32Array(doc.entries.length);
  for (const b of bullets) {
    if (b.entry < 0) continue;
    const card = cards[b.index];
    if (!card) continue;
    for (let p = 0; p < SHOWN_PARTS.length; p++) if (card[SHOWN_PARTS[p]]) shown[b.entry] |= 1 << p;
  }

  const all: BulletScore[] = new Array(n);
  let provenCount = 0;
  for (let k = 0; k < n; k++) {
    const b = bullets[k];
    const card = cards[b.index];
    const elsewhere = b.entry >= 0 && b.entry < shown.length ? shown[b.entry] : 0;
    const lacks: ProofPart[] = [];
    let points = 0;
    for (let p = 0; p < SHOWN_PARTS.length; p++) {
      const part = SHOWN_PARTS[p];
      if (card?.[part]) points += PART_POINTS[part];
      else {
        if (elsewhere & (1 << p)) points += PART_POINTS[part] / 2;
        if (part !== 'challenge') lacks.push(part);
      }
    }
    const proven = !!card?.proven;
    if (proven) provenCount++;
    all[k] = {
      bullet: b.index,
      start: b.start,
      end: b.end,
      text: b.text,
      proven,
      lacks,
      challenge: !!card?.challenge,
      warnings: warnings[k],
      errors: errors[k],
      score: clamp(points - penalty[k]),
    };
  }

  const byEntry = new Map<number, BulletScore[]>();
  const looseBullets: BulletScore[] = [];
  for (const s of all) {
    const e = doc.bullets[s.bullet].entry;
    if (e < 0) {
      looseBullets.push(s);
      continue;
    }
    const list = byEntry.get(e);
    if (list) list.push(s);
    else byEntry.set(e, [s]);
  }
  // the penalty of findings outside bullets, by the entry they fall in (entries are in source order)
  const looseIn = new Map<number, number>();
  let loosePenalty = 0;
  for (const f of loose) {
    loosePenalty += LOOSE_PENALTY[f.severity];
    let lo = 0;
    let hi = doc.entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.entries[mid].start <= f.start) lo = mid;
      else hi = mid - 1;
    }
    const e = doc.entries[lo];
    if (e && f.start >= e.start && f.start < Math.max(e.end, e.titleEnd)) looseIn.set(lo, (looseIn.get(lo) ?? 0) + LOOSE_PENALTY[f.severity]);
  }
  const entries: EntryScore[] = [];
  for (const index of [...byEntry.keys()].sort((a, b) => a - b)) {
    const mine = byEntry.get(index)!;
    const entry = doc.entries[index];
    const lacking = { system: 0, change: 0, result: 0 };
    let proven = 0;
    let sum = 0;
    for (const s of mine) {
      for (const p of s.lacks) lacking[p]++;
      if (s.proven) proven++;
      sum += s.score;
    }
    entries.push({
      entry: entry.index,
      title: entry.title,
      start: entry.titleStart,
      end: entry.titleEnd,
      proven,
      total: mine.length,
      score: clamp(sum / mine.length - (looseIn.get(index) ?? 0)),
      lacking,
      bullets: mine,
    });
  }
  const weakest = [...entries].sort((a, b) => a.score - b.score || a.proven / a.total - b.proven / b.total || a.entry - b.entry).slice(0, 3);
  let sum = 0;
  for (const s of all) sum += s.score;
  return {
    proven: provenCount,
    total: n,
    score: n ? clamp(sum / n - loosePenalty) : 0,
    entries,
    loose: looseBullets,
    weakest,
  };
}

/** "2/3 bullets proven · add a metric to 1": what an entry's code lens or card says. */
export function entrySummary(e: EntryScore): string {
  const parts = [`${e.proven}/${e.total} bullet${e.total === 1 ? '' : 's'} proven`];
  for (const p of PROOF_PARTS) if (e.lacking[p] > 0) parts.push(`${PART_COUNT_ADVICE[p]} ${e.lacking[p]}`);
  return parts.join(' · ');
}
