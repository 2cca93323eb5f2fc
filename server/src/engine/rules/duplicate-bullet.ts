import type { Bullet } from '../model';
import type { Rule } from '../types';
import { memoTable } from '../memo';
import { lowerWordsOf } from '../checks/tokens';

// Words that do not change what a bullet says; dropped before comparing.
const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'with', 'by', 'in', 'on', 'at', 'from', 'into', 'our', 'my', 'its', 'their']);
/** The longest stop word's length: longer words skip the set look-up. */
const STOP_MAX = Math.max(...[...STOP].map((w) => w.length));
const JOINERS = /[.+#]+/;

const cache = memoTable<readonly string[]>();

/**
 * The words of a bullet that carry meaning, in order with repeats, lower-cased, a plural "s" dropped.
 * Cached by text: while someone edits, every bullet but one is unchanged from the last lint.
 */
function words(text: string): readonly string[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const order: string[] = [];
  // the runs of letters and digits, in order: the shared tokens split at their inner dots and trailing + #
  for (const token of lowerWordsOf(text)) {
    if (!hasJoiner(token)) addWord(token, order);
    else for (const run of token.split(JOINERS)) if (run) addWord(run, order);
  }
  cache.set(text, order);
  return order;
}

/** Adds a run to the bullet's words: a plural "s" dropped, stop words left out. */
function addWord(run: string, order: string[]): void {
  const n = run.length;
  const w = n > 3 && run.charCodeAt(n - 1) === 115 && run.charCodeAt(n - 2) !== 115 ? run.slice(0, -1) : run;
  if (w.length > STOP_MAX || !STOP.has(w)) order.push(w);
}

/** Whether a token holds ".", "+" or "#" (a character loop: this runs for every word of every bullet). */
function hasJoiner(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 46 || c === 43 || c === 35) return true;
  }
  return false;
}

/** Bullets with fewer meaningful words are not compared. */
const MIN_WORDS = 4;

/**
 * The words of one lint's bullets as small numbers: each distinct word gets an id the first time any
 * bullet uses it, so counting, ranking and comparing read typed arrays by id instead of looking words
 * up in a map or a set per bullet (those look-ups were most of this rule's time).
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** the spelling of each id (ranking breaks ties by it) */
  readonly spelling: string[] = [];
  /** how many bullets use each id */
  df = new Int32Array(64);
  /** per id, the last bullet (index + 1) whose distinct ids were collected */
  private seenIn = new Int32Array(64);

  /**
   * A bullet's distinct word ids in first-use order, each counted once in `df`, and a hash of all its
   * ids in order (equal orders have equal hashes: what finds exact repeats without a joined string).
   */
  distinct(order: readonly string[], bullet: number): { ids: number[]; hash: number } {
    const out: number[] = [];
    let hash = order.length;
    for (const w of order) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.spelling.length;
        this.ids.set(w, id);
        this.spelling.push(w);
        if (id === this.df.length) this.grow();
      }
      hash = (Math.imul(hash, 31) + id) | 0;
      if (this.seenIn[id] === bullet + 1) continue;
      this.seenIn[id] = bullet + 1;
      this.df[id]++;
      out.push(id);
    }
    return { ids: out, hash };
  }

  private grow(): void {
    const df = new Int32Array(this.df.length * 2);
    df.set(this.df);
    this.df = df;
    const seen = new Int32Array(this.df.length);
    seen.set(this.seenIn);
    this.seenIn = seen;
  }
}

/** Whether two bullets have the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The `n` ids of a set that fewest bullets use (ties by spelling): the prefix of the filter. */
function rarest(set: readonly number[], n: number, vocab: Vocabulary): number[] {
  const ids = set.slice();
  const df = vocab.df;
  const spelling = vocab.spelling;
  // a partial selection sort: n is a small share of the words
  const m = Math.min(n, ids.length);
  for (let k = 0; k < m; k++) {
    let best = k;
    for (let i = k + 1; i < ids.length; i++) {
      const a = ids[i];
      const b = ids[best];
      if (df[a] < df[b] || (df[a] === df[b] && spelling[a] < spelling[b])) best = i;
    }
    if (best !== k) {
      const t = ids[k];
      ids[k] = ids[best];
      ids[best] = t;
    }
  }
  ids.length = m;
  return ids;
}

/** Above this many bullets only exact repeats are compared (the pairwise check can be quadratic). */
const PAIRWISE_LIMIT = 400;

export const duplicateBullet: Rule = {
  meta: {
    id: 'duplicate-bullet',
    description: 'The same bullet twice, or two bullets that differ only in small words.',
    defaultSeverity: 'warning',
    category: 'consistency',
    fixable: false,
    scope: 'document',
    options: {
      similarity: { type: 'number', default: 0.85, description: 'share of words two bullets must have in common (0–1) to count as near-identical' },
    },
    examples: {
      weak: '- Cut Kafka consumer lag from 9 minutes to 40 seconds for the orders topic.\n- Cut consumer lag on the Kafka orders topic from 9 minutes to 40 seconds.',
      strong: '- Cut Kafka consumer lag from 9 minutes to 40 seconds for the orders topic.\n- Added per-partition lag alerts so the on-call saw backlogs before customers did.',
    },
  },
  check(ctx) {
    const threshold = Number(ctx.options.similarity ?? 0.85);
    // a loop, not filter/map/filter: check() runs once per lint and its inlined closures were costly to compile
    const items: Array<{ bullet: Bullet; order: readonly string[]; ids: number[]; hash: number }> = [];
    const vocab = new Vocabulary();
    for (const bullet of ctx.bullets) {
      if (bullet.kind !== 'bullet' || ctx.doc.sections[bullet.section]?.kind === 'skills') continue;
      const order = words(bullet.text);
      if (order.length < MIN_WORDS) continue;
      const { ids, hash } = vocab.distinct(order, items.length);
      items.push({ bullet, order, ids, hash });
    }
    // bullets by the hash of their words: an exact repeat is an earlier bullet with the same words in order
    const byHash = new Map<number, number[]>();
    const pairwise = items.length <= PAIRWISE_LIMIT;
    // Prefix filtering: with every bullet's words ordered rarest first, two bullets whose similarity
    // reaches the threshold must share a word among the first |words| - ceil(threshold * |words|) + 1
    // of each. Only bullets sharing such a word are compared, so most pairs are never looked at.
    const byPrefix: Array<number[] | undefined> = new Array(vocab.spelling.length).fill(undefined);
    // the candidates of one bullet, each once (seen[j] === i), in ascending order by a numeric typed-array sort
    const seen = new Int32Array(items.length).fill(-1);
    const candidates = new Int32Array(items.length);
    // inCur[id] === i + 1: the word is one of bullet i's (how shared words are counted)
    const inCur = new Int32Array(vocab.spelling.length);
    for (let i = 0; i < items.length; i++) {
      const cur = items[i];
      let other: Bullet | undefined;
      const sameHash = byHash.get(cur.hash);
      if (sameHash) {
        for (const j of sameHash)
          if (sameWords(items[j].order, cur.order)) {
            other = items[j].bullet;
            break;
          }
        sameHash.push(i);
      } else byHash.set(cur.hash, [i]);
      let exact = !!other;
      const size = cur.ids.length;
      const prefix = rarest(cur.ids, Math.max(1, size - Math.ceil(threshold * size) + 1), vocab);
      if (!other && pairwise) {
        let n = 0;
        for (const w of prefix) {
          const list = byPrefix[w];
          if (list)
            for (const j of list)
              if (seen[j] !== i) {
                seen[j] = i;
                candidates[n++] = j;
              }
        }
        if (n > 0) for (const id of cur.ids) inCur[id] = i + 1;
        const ordered = n > 1 ? candidates.subarray(0, n).sort() : candidates;
        for (let k = 0; k < n; k++) {
          const prev = items[ordered[k]];
          // sets of very different sizes cannot reach the threshold
          if (Math.min(prev.ids.length, size) < threshold * Math.max(prev.ids.length, size)) continue;
          // shared words over all words of the two sets (Jaccard similarity)
          let shared = 0;
          for (const id of prev.ids) if (inCur[id] === i + 1) shared++;
          if (shared / (prev.ids.length + size - shared) >= threshold) {
            other = prev.bullet;
            break;
          }
        }
      }
      for (const w of prefix) {
        const list = byPrefix[w];
        if (list) list.push(i);
        else byPrefix[w] = [i];
      }
      if (!other) continue;
      exact = exact || other.text === cur.bullet.text;
      const quote = other.text.length > 60 ? other.text.slice(0, 57).trimEnd() + '…' : other.text;
      ctx.report({
        bullet: cur.bullet,
        start: 0,
        end: cur.bullet.text.length,
        message: `${exact ? 'This bullet repeats' : 'This bullet says almost the same as'} “${quote}”: keep the stronger one, or tell a different part of the work here.`,
        related: [{ start: other.start, end: other.end, message: 'the bullet it repeats' }],
        data: { other: other.index },
      });
    }
  },
};
