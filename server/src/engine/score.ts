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
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

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
  const { doc, cards, findings } = input;
  const bullets = scoredBullets(doc);
  const scored = new Set(bullets.map((b) => b.index));
  const onBullet = new Map<number, Finding[]>();
  const loose: Finding[] = [];
  for (const f of findings) {
    if (f.bullet !== undefined && scored.has(f.bullet)) {
      const list = onBullet.get(f.bullet);
      if (list) list.push(f);
      else onBullet.set(f.bullet, [f]);
    }
    else if (LOOSE_PENALTY[f.severity] > 0) loose.push(f);
  }

  // the parts each entry shows in any of its bullets
  const shownIn = new Map<number, Set<string>>();
  for (const b of bullets) {
    if (b.entry < 0) continue;
    const set = shownIn.get(b.entry) ?? new Set<string>();
    for (const p of SHOWN_PARTS) if (cards[b.index]?.[p]) set.add(p);
    shownIn.set(b.entry, set);
  }

  const scoreBullet = (b: Bullet): BulletScore => {
    const card = cards[b.index];
    const elsewhere = shownIn.get(b.entry);
    const earn = (p: ProofPart | 'challenge') => (card?.[p] ? PART_POINTS[p] : elsewhere?.has(p) ? PART_POINTS[p] / 2 : 0);
    const lacks = PROOF_PARTS.filter((p) => !card?.[p]);
    const fs = onBullet.get(b.index) ?? [];
    const penalty = fs.reduce((n, f) => n + BULLET_PENALTY[f.severity], 0);
    const points = PROOF_PARTS.reduce((n, p) => n + earn(p), 0) + earn('challenge');
    return {
      bullet: b.index,
      start: b.start,
      end: b.end,
      text: b.text,
      proven: !!card?.proven,
      lacks,
      challenge: !!card?.challenge,
      warnings: fs.filter((f) => f.severity === 'warning').length,
      errors: fs.filter((f) => f.severity === 'error').length,
      score: clamp(points - penalty),
    };
  };
  const all = bullets.map(scoreBullet);

  const byEntry = new Map<number, BulletScore[]>();
  for (const s of all) {
    const e = doc.bullets[s.bullet].entry;
    if (e < 0) continue;
    const list = byEntry.get(e);
    if (list) list.push(s);
    else byEntry.set(e, [s]);
  }
  // the penalty of findings outside bullets, by the entry they fall in (entries are in source order)
  const looseIn = new Map<number, number>();
  for (const f of loose) {
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
  for (const [index, mine] of [...byEntry].sort((a, b) => a[0] - b[0])) {
    const entry = doc.entries[index];
    const inside = looseIn.get(index) ?? 0;
    const lacking = { system: 0, change: 0, result: 0 };
    for (const s of mine) for (const p of s.lacks) lacking[p]++;
    entries.push({
      entry: entry.index,
      title: entry.title,
      start: entry.titleStart,
      end: entry.titleEnd,
      proven: mine.filter((s) => s.proven).length,
      total: mine.length,
      score: clamp(mean(mine.map((s) => s.score)) - inside),
      lacking,
      bullets: mine,
    });
  }
  const weakest = [...entries].sort((a, b) => a.score - b.score || a.proven / a.total - b.proven / b.total || a.entry - b.entry).slice(0, 3);
  const penalty = loose.reduce((n, f) => n + LOOSE_PENALTY[f.severity], 0);
  return {
    proven: all.filter((s) => s.proven).length,
    total: all.length,
    score: all.length ? clamp(mean(all.map((s) => s.score)) - penalty) : 0,
    entries,
    loose: all.filter((s) => doc.bullets[s.bullet].entry < 0),
    weakest,
  };
}

/** "2/3 bullets proven · add a metric to 1": what an entry's code lens or card says. */
export function entrySummary(e: EntryScore): string {
  const parts = [`${e.proven}/${e.total} bullet${e.total === 1 ? '' : 's'} proven`];
  for (const p of PROOF_PARTS) if (e.lacking[p] > 0) parts.push(`${PART_COUNT_ADVICE[p]} ${e.lacking[p]}`);
  return parts.join(' · ');
}
