// The summary page's messages and the lookup behind "click a bullet, select it": pure, so unit
// tests can check them without VS Code.
import type { Summary, SummaryRange } from '../../server/src/lsp/protocol';

/** What the page posts when a bullet or entry title is clicked: its source offsets. */
export interface RevealMessage {
  type: 'reveal';
  start: number;
  end: number;
}

/** A well-formed reveal message (the page is ours, but a message is still only data). */
export function isRevealMessage(m: unknown): m is RevealMessage {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  const offset = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  return r.type === 'reveal' && offset(r.start) && offset(r.end) && (r.end as number) >= (r.start as number);
}

/** The range of the bullet or entry title at these offsets in a summary, if it lists one. */
export function findRange(summary: Summary, start: number, end: number): SummaryRange | undefined {
  for (const e of summary.entries) {
    if (e.start === start && e.end === end) return e.range;
    for (const b of e.bullets) if (b.start === start && b.end === end) return b.range;
  }
  return undefined;
}
