import type { Rule } from '../types';
import { memoTable } from '../memo';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;

/**
 * Words as a reader counts them: runs of non-space that hold a letter or digit ("p95", "480ms",
 * "retry-safe"; a lone "—" or "→" is not a word). A character loop with an ASCII fast path: the
 * Unicode test only runs for other characters (about twice as fast as split + regex).
 */
export function countWords(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && LETTER_OR_DIGIT.test(text[i]))) {
      n++;
      counted = true;
    }
  }
  return n;
}

const counts = memoTable<number>();

/** countWords, memoized by text: while someone edits one bullet the others are not counted again. */
function wordsIn(text: string): number {
  let n = counts.get(text);
  if (n === undefined) counts.set(text, (n = countWords(text)));
  return n;
}

export const bulletLength: Rule = {
  meta: {
    id: 'bullet-length',
    description: 'Bullets under 6 or over 35 words: too short to prove anything, or too long to scan.',
    defaultSeverity: 'info',
    category: 'structure',
    fixable: false,
    examples: {
      weak: 'Maintained the search service.',
      strong: 'Sharded the product search index by region, bringing p95 query time from 900 ms to 210 ms during sales.',
    },
    options: {
      min: { type: 'number', default: 6, description: 'Fewest words a bullet should have.' },
      max: { type: 'number', default: 35, description: 'Most words a bullet should have.' },
    },
  },
  check(ctx) {
    const min = Number(ctx.options.min ?? 6);
    const max = Number(ctx.options.max ?? 35);
    for (const bullet of ctx.bullets) {
      const n = wordsIn(bullet.text);
      if (n === 0) continue;
      if (n < min) {
        ctx.report({
          bullet,
          start: 0,
          end: bullet.text.length,
          message: `Only ${n} word${n === 1 ? '' : 's'}: too little to show what you changed and what it achieved (aim for at least ${min}).`,
          data: { words: n, min, max },
        });
      } else if (n > max) {
        ctx.report({
          bullet,
          start: 0,
          end: bullet.text.length,
          message: `${n} words is more than a reader takes in at a glance: keep one system, one change and one result, and move the rest to its own bullet (aim for at most ${max}).`,
          data: { words: n, min, max },
        });
      }
    }
  },
};
