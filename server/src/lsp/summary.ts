import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entrySummary, type BulletScore, type EntryScore, type LintResult, type ProofPart } from '../engine';
import type { BulletSummary, EntrySummary, Summary, SummaryRange } from './protocol';

/**
 * When two parts are lacked by as many bullets, the lens asks for the one a reader checks first: a
 * measured result is what makes a claim believable, then the system it was about, then the change.
 */
const ASK_ORDER: readonly ProofPart[] = ['result', 'system', 'change'];

/** The parts an entry's bullets lack, most often first (ties in {@link ASK_ORDER}); none when all are proven. */
export function missingParts(lacking: Readonly<Record<ProofPart, number>>): ProofPart[] {
  return ASK_ORDER.filter((p) => lacking[p] > 0).sort((a, b) => lacking[b] - lacking[a]);
}

/**
 * An entry's code lens: "2/3 bullets proven · add a metric to 1". Only the part its bullets lack most
 * is named (a lens is one short line; the summary page lists the rest); "3/3 bullets proven" when
 * every bullet is proven.
 */
export function lensTitle(e: Pick<EntryScore, 'proven' | 'total' | 'lacking'>): string {
  const top = missingParts(e.lacking)[0];
  const lacking = { system: 0, change: 0, result: 0 };
  if (top) lacking[top] = e.lacking[top];
  // the engine words the advice, so the lens, the CLI and the docs say the same thing
  return entrySummary({ proven: e.proven, total: e.total, lacking } as EntryScore);
}

/**
 * The engine's proof score of a linted document with ranges for the editor: one entry per role or
 * project with scored bullets; bullets directly under a section (no entry title above them) form one
 * entry named after the section, so every scored bullet is in exactly one entry.
 */
export function summarise(doc: TextDocument, result: LintResult): Summary {
  const score = result.score;
  const empty: Summary = { uri: doc.uri, version: doc.version, proven: 0, total: 0, score: 0, entries: [] };
  if (!score) return empty;
  const { sections, bullets } = result.doc;
  const range = (start: number, end: number): SummaryRange => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const bullet = (b: BulletScore): BulletSummary => ({
    text: b.text,
    start: b.start,
    end: b.end,
    range: range(b.start, b.end),
    proven: b.proven,
    lacks: [...b.lacks],
    challenge: b.challenge,
    score: b.score,
  });
  const entry = (e: Pick<EntryScore, 'title' | 'start' | 'end' | 'proven' | 'total' | 'score' | 'lacking' | 'bullets'>, section: string): EntrySummary => ({
    title: e.title,
    section,
    line: doc.positionAt(e.start).line,
    start: e.start,
    end: e.end,
    range: range(e.start, e.end),
    proven: e.proven,
    total: e.total,
    score: e.score,
    missing: missingParts(e.lacking),
    lens: lensTitle(e),
    bullets: e.bullets.map(bullet),
  });
  const sectionOf = (bulletIndex: number) => sections[bullets[bulletIndex].section];

  const list: Array<{ at: number; summary: EntrySummary }> = score.entries.map((e) => ({ at: e.start, summary: entry(e, sectionOf(e.bullets[0].bullet)?.title ?? '') }));
  const loose = new Map<number, BulletScore[]>();
  for (const b of score.loose) {
    const s = bullets[b.bullet].section;
    const group = loose.get(s);
    if (group) group.push(b);
    else loose.set(s, [b]);
  }
  for (const [s, group] of loose) {
    const section = sections[s];
    const start = section ? section.titleStart : group[0].start;
    const end = section ? section.titleEnd : group[0].start;
    const lacking = { system: 0, change: 0, result: 0 };
    for (const b of group) for (const p of b.lacks) lacking[p]++;
    const title = section?.title ?? '(no section)';
    const mean = Math.round(group.reduce((n, b) => n + b.score, 0) / group.length);
    list.push({ at: start, summary: entry({ title, start, end, proven: group.filter((b) => b.proven).length, total: group.length, score: mean, lacking, bullets: group }, section?.title ?? '') });
  }
  list.sort((a, b) => a.at - b.at);
  return { ...empty, proven: score.proven, total: score.total, score: score.score, entries: list.map((x) => x.summary) };
}
