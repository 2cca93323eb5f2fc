import type { Bullet, Entry, ResumeDoc } from './model';
import { analyseText, analysisOf, spanText, type Analysis, type TokenSpan } from './analysis';
import { namesSomething } from './analysis/system';

/** Where a part of the story shows in a bullet: offsets into `bullet.text` and the words. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/**
 * The four parts hiring teams look for in a bullet. A part is `null` when the bullet does not show
 * it. `proven` is true when system, change and result are all present (challenge is a bonus).
 */
export interface ProofCard {
  system: Evidence | null;
  challenge: Evidence | null;
  change: Evidence | null;
  result: Evidence | null;
  proven: boolean;
}

const ev = (a: Analysis, s: TokenSpan | null | undefined): Evidence | null => (s ? spanText(a, s) : null);

/**
 * Reads a bullet for the four parts of a proven bullet: the system it names, the engineering
 * challenge, the change made and the measured result. The result is a number tied to an outcome;
 * a claimed gain without one ("improved reliability") is not a result.
 */
export function analyseBullet(bullet: Bullet, doc: ResumeDoc): ProofCard {
  void doc;
  const a = analysisOf(bullet);
  let system: Evidence | null = null;
  // a bold lead-in ("**Payments API**: ...") names the system when it is not just generic words
  if (bullet.lead) {
    const i = bullet.text.indexOf(bullet.lead);
    const lead = analyseText(bullet.lead);
    if (i >= 0 && namesSomething(lead.tokens, lead.tech)) system = { start: i, end: i + bullet.lead.length, text: bullet.lead };
  }
  system ??= ev(a, a.system);
  const result = a.measures.length ? ev(a, { first: a.measures[0].first, last: a.measures[0].last }) : null;
  const change = ev(a, a.change);
  return { system, challenge: ev(a, a.challenge), change, result, proven: !!(system && change && result) };
}

/** The proof card of an entry: each part shown by any of its bullets (the first one found). */
export function entryCard(entry: Entry, cards: readonly ProofCard[]): ProofCard {
  const pick = (k: 'system' | 'challenge' | 'change' | 'result') => entry.bullets.map((b) => cards[b]?.[k]).find((e) => e) ?? null;
  const system = pick('system');
  const change = pick('change');
  const result = pick('result');
  return { system, challenge: pick('challenge'), change, result, proven: !!(system && change && result) };
}
