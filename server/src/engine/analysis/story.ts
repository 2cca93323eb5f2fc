import { isBoundary, type Token } from './tokens';
import { L } from './lexicon';
import type { TechMention } from './tech';
import type { TokenSpan } from './system';

/** The first change the bullet shows: a verb of change ("redesigned", "splitting", "added"). */
export function findChange(tokens: readonly Token[]): TokenSpan | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const n = L.changeVerbs.matchAt(tokens, i);
    if (n) return { first: i, last: i + n - 1 };
    // the method after "by"/"through": "by quarantining unstable suites"
    const w = tokens[i].lower;
    const next = tokens[i + 1];
    if ((w === 'by' || w === 'through') && next && next.kind === 'word' && next.lower.length > 4 && next.lower.endsWith('ing')) return { first: i + 1, last: i + 1 };
  }
  return null;
}

/** How far a clause is read after its cue word: long enough for any real clause, and keeps this linear. */
const CLAUSE = 24;

/**
 * The engineering problem: an "after/because/due to ..." clause that names a problem, or else the
 * first problem word ("duplicate", "stale", "timeouts", "latency").
 */
export function findChallenge(tokens: readonly Token[]): TokenSpan | null {
  let word: TokenSpan | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const purpose = L.problemPurposes.matchAt(tokens, i);
    if (purpose) {
      let last = i + purpose - 1;
      for (let k = last + 1; k < tokens.length && k <= i + CLAUSE && !isBoundary(tokens[k]); k++) last = k;
      if (last > i + purpose - 1) return { first: i, last };
    }
    const cue = L.challengeCues.matchAt(tokens, i);
    if (cue) {
      // the clause after the cue, up to the next punctuation
      let last = i + cue - 1;
      let problem = false;
      for (let k = i + cue; k < tokens.length && k <= i + CLAUSE && !isBoundary(tokens[k]); k++) {
        last = k;
        if (L.problems.matchAt(tokens, k) || L.worsening.has(tokens[k].lower)) problem = true;
      }
      if (problem) return { first: i, last };
      continue;
    }
    const n = L.problems.matchAt(tokens, i);
    if (n && !word) word = { first: i, last: i + n - 1 };
  }
  return word;
}

/** Outcome claims ("reduced", "improved", "faster"), "cut over" and "cut a release" left out. */
export function findClaims(tokens: readonly Token[], set = L.claims): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const n = set.matchAt(tokens, i);
    if (!n) continue;
    const w = tokens[i].lower;
    const next = tokens[i + n]?.lower;
    if ((w === 'cut' || w === 'cutting') && (next === 'over' || next === 'a' || next === 'releases' || next === 'release')) continue;
    out.push({ first: i, last: i + n - 1 });
    i += n - 1;
  }
  return out;
}

const OBJECT_LEAD = new Set(['a', 'an', 'new', 'the', 'custom', 'dedicated', 'purpose-built', 'single', 'shared']);
const PEOPLE = new Set(['team', 'teams', 'stakeholders', 'product', 'designers', 'engineers', 'pm', 'pms', 'managers', 'partners', 'customers', 'colleagues', 'others', 'qa', 'ops', 'leadership', 'clients', 'users', 'support', 'business', 'company', 'help', 'people', 'staff', 'vendors', 'vendor']);
const MECHANISM_CUES = new Set(['by', 'through', 'via', 'thanks']);
const SOFT_CUES = new Set(['with', 'using', 'after', 'from', 'leveraging', 'adopting']);

/**
 * Whether a claimed gain comes with its method: "by/through/via ...", "with/using" + a technical
 * change or technology, or a specific change verb elsewhere in the bullet ("added caching and
 * improved ...").
 */
export function hasMechanism(tokens: readonly Token[], claims: readonly TokenSpan[], tech: readonly TechMention[]): boolean {
  const claimAt = new Set<number>();
  for (const c of claims) for (let k = c.first; k <= c.last; k++) claimAt.add(k);
  const techAt = new Set<number>();
  for (const m of tech) for (let k = m.first; k < m.first + m.count; k++) techAt.add(k);
  let firstClaim = tokens.length;
  for (const c of claims) if (c.first < firstClaim) firstClaim = c.first;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || claimAt.has(i)) continue;
    // a change named before the claim: "Led adoption of Go, increasing throughput"
    if (i < firstClaim && L.changeNouns.matchAt(tokens, i)) return true;
    if (MECHANISM_CUES.has(t.lower)) {
      const n = tokens[i + 1];
      // "by 40%" is a number, not a method
      if (n && n.kind === 'word' && !(t.lower === 'by' && (n.lower === 'half' || n.lower === 'a'))) return true;
    }
    if (SOFT_CUES.has(t.lower)) {
      for (let k = i + 1; k <= i + 4 && k < tokens.length && !isBoundary(tokens[k]); k++) {
        if (techAt.has(k) || L.changeNouns.matchAt(tokens, k) || (L.changeVerbs.matchAt(tokens, k) && tokens[k].lower.endsWith('ing'))) return true;
      }
      // "with a new ranking model": a thing built or adopted, not people worked with
      if (t.lower === 'with' || t.lower === 'using') {
        let k = i + 1;
        while (k < tokens.length && OBJECT_LEAD.has(tokens[k].lower)) k++;
        const n = tokens[k];
        if (n && n.kind === 'word' && !L.stopwords.has(n.lower) && !PEOPLE.has(n.lower) && (k > i + 1 || /^[A-Z]/.test(n.text))) return true;
      }
    }
    const n = L.changeVerbs.matchAt(tokens, i);
    if (n && !L.weakChangeVerbs.has(t.lower) && !L.claims.has(t.lower)) return true;
  }
  return false;
}
