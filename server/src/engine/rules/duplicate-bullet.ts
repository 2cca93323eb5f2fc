import type { Bullet } from '../model';
import type { Rule } from '../types';
import { memoTable } from '../memo';
import { lowerWordsOf } from '../checks/tokens';

// Words that do not change what a bullet says; dropped before comparing.
const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'with', 'by', 'in', 'on', 'at', 'from', 'into', 'our', 'my', 'its', 'their']);
const JOINERS = /[.+#]+/;

interface Words {
  /** the words in order, joined: equal keys are repeats */
  key: string;
  set: ReadonlySet<string>;
  /** the set's words as an array (cached with it): counting and ranking loop over it each lint */
  list: readonly string[];
}

const cache = memoTable<Words>();

/**
 * The words of a bullet that carry meaning, lower-cased, a plural "s" dropped. Cached by text: while
 * someone edits, every bullet but one is unchanged from the last lint.
 */
function words(text: string): Words {
  const hit = cache.get(text);
  if (hit) return hit;
  const mine = { set: new Set<string>(), list: [] as string[] };
  const order: string[] = [];
  // the runs of letters and digits, in order: the shared tokens split at their inner dots and trailing + #
  for (const token of lowerWordsOf(text)) {
    if (!hasJoiner(token)) addWord(token, order, mine);
    else for (const run of token.split(JOINERS)) if (run) addWord(run, order, mine);
  }
  const r: Words = { key: order.length >= MIN_WORDS ? order.join(' ') : '', set: mine.set, list: mine.list };
  cache.set(text, r);
  return r;
}

/** Adds a run to the bullet's words: a plural "s" dropped, stop words left out; the set keeps first uses in order. */
function addWord(run: string, order: string[], r: { set: Set<string>; list: string[] }): void {
  const n = run.length;
  const w = n > 3 && run.charCodeAt(n - 1) === 115 && run.charCodeAt(n - 2) !== 115 ? run.slice(0, -1) : run;
  if (STOP.has(w)) return;
  order.push(w);
  if (!r.set.has(w)) {
    r.set.add(w);
    r.list.push(w);
  }
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

/** The `n` words of a set that fewest bullets use (ties by spelling): the prefix of the filter. */
function rarest(list: readonly string[], n: number, df: ReadonlyMap<string, number>): string[] {
  const words = list.slice();
  const counts = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) counts[i] = df.get(words[i])!;
  const out: string[] = [];
  // a partial selection sort: n is a small share of the words
  for (let k = 0; k < n && k < words.length; k++) {
    let best = k;
    for (let i = k + 1; i < words.length; i++) if (counts[i] < counts[best] || (counts[i] === counts[best] && words[i] < words[best])) best = i;
    if (best !== k) {
      const w = words[k];
      words[k] = words[best];
      words[best] = w;
      const c = counts[k];
      counts[k] = counts[best];
      counts[best] = c;
    }
    out.push(words[k]);
  }
  return out;
}

/** Shared words over all words of the two sets (Jaccard similarity). */
function similarity(a: Words, b: Words): number {
  let shared = 0;
  for (const w of a.list) if (b.set.has(w)) shared++;
  return shared / (a.set.size + b.set.size - shared);
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
    const items: Array<{ bullet: Bullet; key: string; set: ReadonlySet<string>; list: readonly string[] }> = [];
    for (const bullet of ctx.bullets) {
      if (bullet.kind !== 'bullet' || ctx.doc.sections[bullet.section]?.kind === 'skills') continue;
      const w = words(bullet.text);
      if (w.key !== '') items.push({ bullet, key: w.key, set: w.set, list: w.list });
    }
    const firstByKey = new Map<string, Bullet>();
    const pairwise = items.length <= PAIRWISE_LIMIT;
    // Prefix filtering: with every bullet's words ordered rarest first, two bullets whose similarity
    // reaches the threshold must share a word among the first |words| - ceil(threshold * |words|) + 1
    // of each. Only bullets sharing such a word are compared, so most pairs are never looked at.
    const df = new Map<string, number>();
    for (const it of items) for (const w of it.list) df.set(w, (df.get(w) ?? 0) + 1);
    const byPrefix = new Map<string, number[]>();
    // the candidates of one bullet, each once (seen[j] === i), in ascending order by a numeric typed-array sort
    const seen = new Int32Array(items.length).fill(-1);
    const candidates = new Int32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const cur = items[i];
      let other: Bullet | undefined = firstByKey.get(cur.key);
      let exact = !!other;
      if (!other) firstByKey.set(cur.key, cur.bullet);
      const size = cur.set.size;
      const prefix = rarest(cur.list, Math.max(1, size - Math.ceil(threshold * size) + 1), df);
      if (!other && pairwise) {
        let n = 0;
        for (const w of prefix) {
          const list = byPrefix.get(w);
          if (list)
            for (const j of list)
              if (seen[j] !== i) {
                seen[j] = i;
                candidates[n++] = j;
              }
        }
        const ordered = n > 1 ? candidates.subarray(0, n).sort() : candidates;
        for (let k = 0; k < n; k++) {
          const prev = items[ordered[k]];
          // sets of very different sizes cannot reach the threshold
          if (Math.min(prev.set.size, cur.set.size) < threshold * Math.max(prev.set.size, cur.set.size)) continue;
          if (similarity(prev, cur) >= threshold) {
            other = prev.bullet;
            break;
          }
        }
      }
      for (const w of prefix) {
        const list = byPrefix.get(w);
        if (list) list.push(i);
        else byPrefix.set(w, [i]);
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
