import { isBoundary, PhraseSet, type Token } from './tokens';
import { L, MAGNITUDES, TIME_UNITS } from './lexicon';

/** A measured result: tokens [first, last] inclusive. */
export interface Measure {
  first: number;
  last: number;
}

const PERCENT_WORDS = new Set(['percent', 'percentage', 'pct', 'pp', 'pts', 'points']);
const MULTIPLIER_WORDS = new Set(['halved', 'halving', 'doubled', 'doubling', 'tripled', 'tripling', 'quadrupled', 'tenfold', 'twofold', 'threefold', 'fivefold', 'hundredfold']);
const COMPARATIVES = new Set(['faster', 'quicker', 'more', 'fewer', 'less', 'higher', 'lower', 'smaller', 'larger', 'cheaper', 'better', 'as', 'slower']);
const RATE_UNITS = new Set(['rps', 'qps', 'tps', 'rpm', 'ops', 'fps', 'bps', 'gbps', 'mbps', 'kb', 'mb', 'gb', 'tb', 'pb', 'req/s']);
const LEVEL_NOUNS = new Set(['p50', 'p75', 'p90', 'p95', 'p99', 'p999', 'latency', 'uptime', 'availability', 'sla', 'slo', 'mttr', 'mttd', 'rate', 'score', 'accuracy', 'coverage', 'response', 'apdex', 'nps', 'csat']);

/** The unit after a number: attached ("480ms"), or the next word ("2.7 hours", "40 %"). */
export function unitOf(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (t.unit) return t.unit;
  const n = tokens[i + 1];
  if (!n) return undefined;
  if (n.text === '%') return '%';
  if (n.text === '×') return 'x';
  if (n.kind === 'word' && (L.units.has(n.lower) || PERCENT_WORDS.has(n.lower) || MAGNITUDES.has(n.lower))) return n.lower;
  return undefined;
}

function unitTokens(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t.unit) return 0;
  const n = tokens[i + 1];
  if (n && (n.text === '%' || n.text === '×' || (n.kind === 'word' && (L.units.has(n.lower) || PERCENT_WORDS.has(n.lower) || MAGNITUDES.has(n.lower))))) return 1;
  return 0;
}

const isCapitalised = (t: Token) => /^[A-Z]/.test(t.text);

/** A number that is a version ("Node 18", "TLS 1.3", "Spring Boot 3", "v2") or a year. */
export function isVersionOrYear(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'num') return false;
  const unit = unitOf(tokens, i);
  if (/^\d+\.\d+\.\d+/.test(t.text)) return true;
  if (!unit && !t.currency) {
    if (/^(19|20)\d\d$/.test(t.text)) return true;
    const p = tokens[i - 1];
    if (p && p.kind === 'word') {
      if (L.versionCues.has(p.lower)) return true;
      // a capitalised name right before a bare number: "Java 17", "Python 3.11", "Angular 16"
      if (i - 1 > 0 && isCapitalised(p) && !L.stopwords.has(p.lower) && !L.claims.has(p.lower)) {
        const next = tokens[i + 1];
        if (!next || next.kind !== 'word' || !(L.scopeNouns.has(next.lower) || L.problemCountNouns.has(next.lower))) return true;
      }
    }
  }
  if (t.unit && /^(st|nd|rd|th)$/.test(t.unit)) return true;
  return false;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen']);
const LEVEL_WORDS = /^(?:sub-(?:second|millisecond|minute|hour|day|\d+\w*)|single-digit|double-digit|same-day|same-hour)$/;
const DIFFERENCES = new Set(['fewer', 'less', 'more', 'faster', 'quicker', 'sooner', 'earlier', 'cheaper', 'shorter', 'smaller', 'lower', 'higher', 'slower']);
const RESULT_VERBS = new Set(['brought', 'bringing', 'ranked', 'rated', 'gained', 'gaining', 'reached', 'reaching', 'earned', 'earning', 'attracted', 'attracting', 'drew', 'drove', 'driving', 'generated', 'generating', 'won', 'winning', 'hit', 'hitting', 'achieved', 'achieving', 'yielded', 'yielding', 'netted', 'unlocked', 'unlocking', 'recovered', 'recovering']);
const APPROX = new Set(['roughly', 'about', 'around', 'approximately', 'approx', '~', 'nearly', 'almost', 'just', 'only', 'some', 'over', 'under', 'below', 'above', 'less', 'more', 'fewer', 'than', 'at', 'most', 'least', 'sub', '<', '>', '≤', '≥']);
const CONTRASTS = new PhraseSet(['instead of', 'rather than', 'vs', 'versus', 'compared to', 'compared with', 'down from', 'up from', 'against']);
/** Verbs of a level held: "holding p99 at 25ms", "kept order loss at zero". */
const HOLD_VERBS = new Set(['held', 'holding', 'hold', 'holds', 'kept', 'keeping', 'keep', 'keeps', 'maintained', 'maintaining', 'sustained', 'sustaining']);
/** Words a before-or-after amount may be written in: "from half a day to 20 minutes". */
const AMOUNT_WORDS = new Set(['half', 'a', 'an', 'quarter', 'couple', 'few', 'of', 'several']);

/** Whether `found` holds for a token from `from` back to `from - reach`, without crossing a clause boundary. */
function inClauseBack(tokens: readonly Token[], from: number, reach: number, found: (k: number) => boolean): boolean {
  for (let k = from; k >= 0 && k >= from - reach; k--) {
    if (isBoundary(tokens[k])) return false;
    if (found(k)) return true;
  }
  return false;
}

/** A verb of a level held earlier in the clause (within 8 tokens before i). */
function heldBefore(tokens: readonly Token[], i: number): boolean {
  return inClauseBack(tokens, i - 1, 7, (k) => HOLD_VERBS.has(tokens[k].lower));
}

const PER = new Set(['per', 'a', 'an', 'each', 'every']);
const PERIODS = new Set(['second', 'sec', 's', 'minute', 'min', 'hour', 'hr', 'day', 'week', 'month']);

/** "messages per second", "requests a minute": a scope noun read as a rate. */
function isRate(tokens: readonly Token[], end: number): boolean {
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) {
    if (PER.has(tokens[k].lower) && PERIODS.has(tokens[k + 1]?.lower ?? '')) return true;
    if (tokens[k].lower.endsWith('/s') || tokens[k].lower.endsWith('/sec')) return true;
  }
  return false;
}

/** Whether a token is a number that is neither a version nor a year. */
function isQuantity(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.kind === 'num' && !isVersionOrYear(tokens, i);
}

/** Index of the next quantity within `span` tokens after i in the same clause (skipping "under", "~"). */
function quantityAfter(tokens: readonly Token[], i: number, span: number): number {
  for (let k = i + 1; k <= i + span && k < tokens.length; k++) {
    const t = tokens[k];
    if (isQuantity(tokens, k)) return k;
    if (t.kind === 'word' && (t.lower === 'zero' || t.lower === 'none' || t.lower === 'half' || NUMBER_WORDS.has(t.lower) || TIME_UNITS.has(t.lower))) return k;
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')') return -1;
  }
  return -1;
}

/** Whether an outcome claim or removal verb appears earlier in the same clause. */
function claimBefore(tokens: readonly Token[], i: number, window = 10): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== '(' && tokens[k].text !== ')' && tokens[k].text !== ',') return false;
    if (L.claims.matchAt(tokens, k) || L.removalVerbs.matchAt(tokens, k)) return true;
  }
  return false;
}

function followedByNoun(tokens: readonly Token[], i: number, set: ReadonlySet<string>, span = 3): boolean {
  for (let k = i + 1; k <= i + span && k < tokens.length; k++) {
    const t = tokens[k];
    if (isBoundary(t)) return false;
    // a noun after another number belongs to that number: in "under 2ms at 50k requests", "requests"
    // counts the load, not the 2ms
    if (t.kind === 'num') return false;
    if (t.kind === 'word' && set.has(t.lower)) return true;
    if (t.kind === 'word' && t.lower.includes('-') && t.lower.split('-').some((p) => set.has(p))) return true;
  }
  return false;
}

/**
 * Finds the measured results in a bullet: numbers tied to an outcome. Versions, years and scope
 * ("a team of 8", "2M events a day", "3 regions") are not results.
 */
export function findMeasures(tokens: readonly Token[], text = ''): Measure[] {
  const out: Measure[] = [];
  // only read for an amount of money, and most bullets have none: worked out on first use
  let moneyOutcome: boolean | undefined;
  const hasMoneyOutcome = () => (moneyOutcome ??= tokens.some((t) => t.kind === 'word' && L.moneyOutcomes.has(t.lower)));
  const add = (first: number, last: number) => {
    const prev = out[out.length - 1];
    if (prev && first <= prev.last) prev.last = Math.max(prev.last, last);
    else out.push({ first, last });
  };
  let numberWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      // number words: "halved", "doubled", "tenfold", "in half", "twice as fast", "sub-second", "three times faster"
      if (MULTIPLIER_WORDS.has(t.lower) || (t.lower.includes('-') && (/^\d+-fold$/.test(t.lower) || LEVEL_WORDS.test(t.lower)))) add(i, i);
      else if ((numberWord = NUMBER_WORDS.has(t.lower)) && tokens[i + 1]?.lower === 'times' && COMPARATIVES.has(tokens[i + 2]?.lower)) add(i, i + 2);
      else if (numberWord && DIFFERENCES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1].lower !== 'more') add(i, i + 1);
      // before/after in words: "from five to two", "from days to minutes"
      else if (t.lower === 'from' && tokens[i + 1] && tokens[i + 1].kind === 'word' && (NUMBER_WORDS.has(tokens[i + 1].lower) || TIME_UNITS.has(tokens[i + 1].lower)) && tokens[i + 2]?.lower === 'to') {
        const after = quantityAfter(tokens, i + 2, 2);
        if (after >= 0) add(i, after);
      }
      // "from half a day to 20 minutes", "from a couple of hours to 5 minutes": an amount in words
      else if (t.lower === 'from' && (tokens[i + 1]?.lower === 'half' || tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) {
        let k = i + 1;
        while (k < tokens.length && k <= i + 4 && tokens[k].kind === 'word' && (AMOUNT_WORDS.has(tokens[k].lower) || NUMBER_WORDS.has(tokens[k].lower))) k++;
        if (k > i + 1 && tokens[k]?.kind === 'word' && TIME_UNITS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'to') {
          const after = quantityAfter(tokens, k + 1, 2);
          if (after >= 0) add(i, after + unitTokens(tokens, after));
        }
      }
      // "kept order loss at zero", "keeping oversold seats at zero": a level held at nothing
      else if (t.lower === 'zero' && tokens[i - 1]?.lower === 'at' && heldBefore(tokens, i - 1)) add(i, i);
      else if (t.lower === 'half' && (tokens[i - 1]?.lower === 'in' || tokens[i - 1]?.lower === 'by')) add(i - 1, i);
      else if (t.lower === 'twice' && (tokens[i + 1]?.lower === 'as' || COMPARATIVES.has(tokens[i + 1]?.lower))) add(i, i + 1);
      // "zero downtime", "no lost orders", "without a single outage", "zero-downtime"
      else if (t.lower.startsWith('zero-') && L.zeroOutcomes.has(t.lower.slice(5))) add(i, i);
      else if ((t.lower === 'zero' || t.lower === 'none') && tokens[i - 1]?.lower === 'to' && (claimBefore(tokens, i - 1) || tokens[i - 2]?.lower === 'down')) add(i - 1, i);
      else if (t.lower === 'zero' || t.lower === 'no' || t.lower === 'without' || (t.lower === 'single' && tokens[i - 1]?.lower === 'a' && tokens[i - 2]?.lower === 'without')) {
        for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
          if (isBoundary(tokens[k])) break;
          const n = k <= i + 3 ? L.zeroOutcomes.matchAt(tokens, k) : 0;
          if (n) {
            add(i, k + n - 1);
            break;
          }
          // "no double discounts since", "zero pages since": a level held since the change
          if (tokens[k].lower === 'since' && t.lower !== 'without' && k > i + 1) {
            add(i, k);
            break;
          }
        }
      }
      continue;
    }
    if (t.kind === 'sym' && (t.text === '→' || t.text === '->')) {
      // "40 min → 6 min": quantities on both sides
      let before = -1;
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (isQuantity(tokens, k)) { before = k; break; }
      const after = quantityAfter(tokens, i, 3);
      if (before >= 0 && after >= 0) add(before, after + unitTokens(tokens, after));
      continue;
    }
    if (t.kind !== 'num' || isVersionOrYear(tokens, i)) continue;
    // a rating ("4.8/5") or a rank ("top 3", "#1")
    const nx = tokens[i + 1];
    if (nx && nx.kind === 'num' && nx.start === t.end + 1 && text[t.end] === '/' && !(t.text === '24' && nx.text === '7')) {
      add(i, i + 1);
      continue;
    }
    if (tokens[i - 1]?.lower === 'top' || (t.start > 0 && text[t.start - 1] === '#')) {
      add(i - (tokens[i - 1]?.lower === 'top' ? 1 : 0), i);
      continue;
    }
    const unit = unitOf(tokens, i);
    const end = i + unitTokens(tokens, i);
    // "to roughly 2 a week", "by about 30%", "by at least 40ms": look past the hedge ("at" only as part
    // of "at least" / "at most": in "p99 at 25ms" it ties the level to its noun)
    let p = i - 1;
    while (p > 0 && APPROX.has(tokens[p].lower) && (tokens[p].lower !== 'at' || tokens[p + 1].lower === 'least' || tokens[p + 1].lower === 'most')) p--;
    const prev = tokens[p];
    const prev2 = tokens[p - 1];
    // before/after: "from 480ms to 230ms", "from 6 per quarter to 2", "down from 12"
    if (prev?.lower === 'from' || (prev2?.lower === 'from' && prev?.kind === 'word' && !isBoundary(prev) && p === i - 1)) {
      let to = -1;
      for (let k = end + 1; k < tokens.length && k <= end + 8; k++) {
        if (tokens[k].kind === 'punct' && tokens[k].text !== '(' && tokens[k].text !== ')') break;
        if (tokens[k].lower === 'to' || tokens[k].text === '→' || tokens[k].text === '->') {
          to = k;
          break;
        }
      }
      const after = to >= 0 ? quantityAfter(tokens, to, 3) : -1;
      // "Upgraded PostgreSQL from 11 to 15": bare numbers after a name are versions
      const named = prev?.lower === 'from' && prev2 && p - 1 > 0 && /^[A-Z]/.test(prev2.text) && !unit && after >= 0 && !unitOf(tokens, after);
      if (after >= 0 && !named) {
        add(prev?.lower === 'from' ? p : p - 1, after + unitTokens(tokens, after));
        continue;
      }
      // "down from 12", "down from a 3-day manual job"
      const from = prev?.lower === 'from' ? p : p - 1;
      if (tokens[from - 1]?.lower === 'down' || tokens[from - 1]?.lower === 'up') {
        add(from - 1, end);
        continue;
      }
    }
    // "down from an overnight 9-hour run": the earlier level, a few words after "down from"
    let downFrom = -1;
    for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
      if (isBoundary(tokens[k])) break;
      if (tokens[k].lower === 'from' && (tokens[k - 1].lower === 'down' || tokens[k - 1].lower === 'up')) {
        downFrom = k - 1;
        break;
      }
    }
    if (downFrom >= 0) {
      add(downFrom, end);
      continue;
    }
    // a percentage or a multiplier
    if (unit === '%' || (unit && PERCENT_WORDS.has(unit))) {
      add(i, end);
      continue;
    }
    if (unit === 'x' && !followedByNoun(tokens, end, L.scopeNouns, 1)) {
      add(i, end);
      continue;
    }
    if (tokens[i + 1]?.lower === 'times' && COMPARATIVES.has(tokens[i + 2]?.lower)) {
      add(i, i + 2);
      continue;
    }
    // "in 20 minutes instead of 3 hours", "4 s vs 40 s"
    let contrast = CONTRASTS.matchAt(tokens, end + 1);
    if (contrast && tokens[end + 1 + contrast]?.text === '.') contrast++;
    if (contrast) {
      const other = quantityAfter(tokens, end + contrast, 3);
      if (other >= 0) {
        add(i, other + unitTokens(tokens, other));
        continue;
      }
    }
    // "3 fewer incidents", "40ms faster", "2 hours sooner": a difference stated outright
    const after1 = tokens[end + 1];
    if (after1 && after1.kind === 'word' && DIFFERENCES.has(after1.lower)) {
      add(i, end + 1);
      continue;
    }
    // "gained 2k downloads", "reached 1M users", "drove 18% of signups": a verb of outcome before the count
    if (inClauseBack(tokens, p, 2, (k) => RESULT_VERBS.has(tokens[k].lower))) {
      add(i, end);
      continue;
    }
    // "NPS of 62", "p95 of 120ms", "uptime at 99.9": a level noun and its value
    if ((prev?.lower === 'of' || prev?.lower === 'at' || prev?.lower === 'to') && LEVEL_NOUNS.has(prev2?.lower ?? '')) {
      add(p - 1, end);
      continue;
    }
    // "latency down by 40ms", "signups up by 1,200"
    if (prev?.lower === 'by' && (prev2?.lower === 'down' || prev2?.lower === 'up')) {
      add(p - 1, end);
      continue;
    }
    const measurable = unit !== undefined && (TIME_UNITS.has(unit) || RATE_UNITS.has(unit));
    // "holding p99 at 25ms", "kept error rates under 2 a day": a level held
    // (the word right before: the hedge skip above steps over "under" and "below")
    const before = tokens[i - 1]?.lower;
    if ((measurable || t.value === 0) && (before === 'at' || before === 'under' || before === 'below') && heldBefore(tokens, i - 1)) {
      add(i, end);
      continue;
    }
    // "0 critical defects", "lost 0 photos": a count of nothing is a level reached
    if (t.value === 0 && t.text === '0' && !unit && tokens[i + 1]?.kind === 'word') {
      add(i, i + 1);
      continue;
    }
    const scoped = followedByNoun(tokens, end, L.scopeNouns);
    // a level reached: "p99 below 80ms", "under 4 minutes", "99.9% uptime" (percent handled above)
    let cmp = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (isBoundary(tokens[k])) break;
      // "over 18 months" is a duration, not a level reached
      if (tokens[k].lower === 'over' && unit !== undefined && TIME_UNITS.has(unit) && !/^(ms|s|sec|secs)$/.test(unit)) break;
      if (L.comparators.matchAt(tokens, k) && tokens[k].lower !== 'to' && tokens[k].lower !== 'of' && tokens[k].lower !== 'at') {
        cmp = true;
        break;
      }
    }
    if (measurable && !scoped && cmp) {
      add(i, end);
      continue;
    }
    // "p95 of 120ms", "latency at 40ms": a level noun right before
    if (measurable && (prev?.lower === 'of' || prev?.lower === 'at' || prev?.lower === 'to') && (LEVEL_NOUNS.has(prev2?.lower ?? '') || claimBefore(tokens, i))) {
      add(i, end);
      continue;
    }
    // an outcome verb earlier in the clause, then "by N" / "to N": "cut build time to 6 minutes", "grew signups by 1,200",
    // "scaled the feed to 20k messages per second" (a rate reached, not the size of the work)
    if ((prev?.lower === 'by' || prev?.lower === 'to' || (prev2 && (prev2.lower === 'by' || prev2.lower === 'to') && L.comparators.matchAt(tokens, i - 1))) && (!scoped || isRate(tokens, end)) && claimBefore(tokens, i)) {
      add(i, end);
      continue;
    }
    // a count of problems removed or prevented: "eliminated 14 flaky tests", "saved 120 engineer hours"
    const removal = inClauseBack(tokens, i - 1, 4, (k) => L.removalVerbs.matchAt(tokens, k) > 0);
    // "removed 300 duplicate events a day": the counted things are problems, so this is a result
    const problem = tokens[end + 1]?.kind === 'word' && L.problemAdjectives.has(tokens[end + 1].lower);
    if (removal && (!scoped || problem)) {
      add(i, end);
      continue;
    }
    // money with a saving or revenue word: "$12k a month saved"
    if (t.currency && hasMoneyOutcome()) {
      add(i, end);
      continue;
    }
  }
  return out;
}
