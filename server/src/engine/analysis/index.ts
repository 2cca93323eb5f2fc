import type { Bullet } from '../model';
import { memoTable } from '../memo';
import { tokensOf, type Token } from './tokens';
import { L } from './lexicon';
import { findMeasures, type Measure } from './metric';
import { findTech, type TechMention } from './tech';
import { findGenericObject, findSystem, type TokenSpan } from './system';
import { findChallenge, findChange, findClaims, hasMechanism } from './story';

export type { Token } from './tokens';
export type { TokenSpan } from './system';

/** Everything the proof rules read about one bullet's text, computed once. */
export interface Analysis {
  text: string;
  tokens: Token[];
  tech: TechMention[];
  measures: Measure[];
  /** outcome claims: "reduced", "improved", "faster" */
  claims: TokenSpan[];
  /** the subset of claims vague-claim reads ("improved", "enhanced", "optimized"...) */
  improvements: TokenSpan[];
  /** whether the bullet says how a gain was made */
  mechanism: boolean;
  intensifiers: TokenSpan[];
  vagueQuantities: TokenSpan[];
  system: TokenSpan | null;
  /** the generic object to quote when no system is named ("backend APIs and microservices") */
  genericObject: TokenSpan | null;
  change: TokenSpan | null;
  challenge: TokenSpan | null;
  /** the bullet holds template text still to fill ("[metric]", "XX%", "{{system}}") */
  placeholder: boolean;
}

// Bounded, negated classes: linear time. The placeholder rule reports these; the proof rules wait.
const PLACEHOLDER = /\[[^\]\n]{1,40}\]|\{\{[^}\n]{0,40}\}\}|\b[Xx]{1,3}(?:\.[Xx]{1,2})?\s?[%x×]|<[a-z][^<>\n]{0,30}>|\$\{\d/;

// By text, not by bullet object: an editor re-lints the whole file on each keystroke and most
// bullets are unchanged, so their analysis is reused (see ../memo.ts for how long).
const cache = memoTable<Analysis>();

/** The analysis of a bullet, computed once per distinct text. */
export function analysisOf(bullet: Bullet): Analysis {
  return analyseText(bullet.text);
}

/** Token spans of matches; `keep` may drop some. A literal filled by push (one elements kind every time). */
function spans(found: Array<[number, number]>, keep?: (s: TokenSpan) => boolean): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const [first, n] of found) {
    const s = { first, last: first + n - 1 };
    if (!keep || keep(s)) out.push(s);
  }
  return out;
}

/** Analyses a bullet's text (exported for tests and for callers without a Bullet). */
export function analyseText(text: string): Analysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens = tokensOf(text);
  const tech = findTech(text, tokens);
  const claims = findClaims(tokens);
  const improvements = findClaims(tokens, L.improvements);
  const madeFaster = findMadeBetter(tokens);
  const a: Analysis = {
    text,
    tokens,
    tech,
    measures: findMeasures(tokens, text),
    claims,
    improvements: [...improvements, ...madeFaster].sort((x, y) => x.first - y.first),
    mechanism: hasMechanism(tokens, [...claims, ...improvements], tech),
    intensifiers: spans(L.intensifiers.findAll(tokens)),
    vagueQuantities: spans(L.vagueQuantities.findAll(tokens), (s) => !isNumericOf(tokens, s)),
    system: findSystem(tokens, tech),
    genericObject: findGenericObject(tokens, tech),
    change: findChange(tokens),
    challenge: findChallenge(tokens),
    placeholder: PLACEHOLDER.test(text),
  };
  cache.set(text, a);
  return a;
}

const COMPARATIVE_GAINS = new Set(['faster', 'quicker', 'smoother', 'cheaper', 'snappier', 'leaner']);
const MORE_GAINS = new Set(['reliable', 'stable', 'scalable', 'efficient', 'robust', 'resilient', 'performant', 'responsive', 'maintainable']);

/** "made deploys faster", "made the API more reliable": a gain claimed through "made". */
function findMadeBetter(tokens: readonly Token[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'made' && tokens[i].lower !== 'making') continue;
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'punct') break;
      if (COMPARATIVE_GAINS.has(t.lower) || (t.lower === 'more' && MORE_GAINS.has(tokens[k + 1]?.lower ?? ''))) {
        out.push({ first: i, last: t.lower === 'more' ? k + 1 : k });
        break;
      }
    }
  }
  return out;
}

/** "hundreds of" right after a number ("2 hundreds of") is not vague; neither is "many" in "how many". */
function isNumericOf(tokens: readonly Token[], s: TokenSpan): boolean {
  const prev = tokens[s.first - 1];
  return !!prev && (prev.kind === 'num' || prev.lower === 'how' || prev.lower === 'as');
}

/** Clean-text offsets of a token span. */
export function spanText(a: Analysis, s: TokenSpan): { start: number; end: number; text: string } {
  const start = a.tokens[s.first].start;
  const end = a.tokens[s.last].end;
  return { start, end, text: a.text.slice(start, end) };
}
