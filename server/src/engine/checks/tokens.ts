import { memoTable, type MemoTable } from '../memo';
// the letter-or-number scanners are the analysis tokenizer's: both tokenizers split on the same classes
import { alnumAt, alnumRunEnd, codeAt, tokensOf } from '../analysis/tokens';
import { NO_ID, UNSEEN } from '../word-ids';

/**
 * Word tokens of a bullet's clean text, shared by every word-list rule (and cached, since several rules
 * read the same bullet). A token is a run of letters and digits; dots between letters stay inside it
 * ("Node.js", "ASP.NET", "U.S"), a leading dot before a letter too (".NET"), and trailing `+`/`#` ("C++",
 * "C#"). Hyphens, apostrophes, slashes and spaces separate tokens: "results-driven" is two tokens, which
 * is what lets one list entry match "results-driven" and "results driven" alike.
 */
export interface Token {
  start: number;
  end: number;
  /** the token in lower case, for case-insensitive lookups */
  lower: string;
  /** the word id of `lower` (see word-ids.ts; read it with wordIdOf) */
  wid: number;
  widAt: number;
}

/**
 * What a token is, as a pattern (the scanner below implements exactly this, and is tested against it):
 * `\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*`, matched left to right over code points.
 */
export const TOKEN_PATTERN = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const cache = memoTable<Token[]>();

export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: Token[] = [];
  // Most of these tokens are also tokens of the analysis (a plain word, "Node.js", "480ms"): where the
  // spans coincide that token object is reused, with the same lower-case text, instead of a second
  // object and string per word. Halved the tokens made per bullet.
  const shared = tokensOf(text);
  let p = 0;
  // A character scanner rather than the pattern's regex: this runs over every new bullet text, and
  // a Unicode-aware regex with a match array per token cost more than the rest of tokenizing.
  let i = 0;
  while (i < text.length) {
    let j: number;
    if (text.charCodeAt(i) === 46 && alnumAt(text, i + 1) > 0) j = i + 1;
    else if (alnumAt(text, i) > 0) j = i;
    else {
      const c = text.charCodeAt(i);
      // step over a whole surrogate pair, as the pattern (u flag) does
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    j = alnumRunEnd(text, j);
    while (codeAt(text, j) === 46 && alnumAt(text, j + 1) > 0) j = alnumRunEnd(text, j + 1);
    while (codeAt(text, j) === 43 || codeAt(text, j) === 35) j++;
    let start = i;
    // a leading dot only belongs to the token when it is not the end of a sentence ("done.Next" is rare; ".NET" is not)
    if (text.charCodeAt(start) === 46 && start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) start++;
    while (p < shared.length && shared[p].start < start) p++;
    const s = shared[p];
    if (s !== undefined && s.start === start && s.end === j && (s.kind === 'word' || s.kind === 'num')) out.push(s);
    else out.push({ start, end: j, lower: text.slice(start, j).toLowerCase(), wid: NO_ID, widAt: UNSEEN });
    i = j;
  }
  cache.set(text, out);
  return out;
}

/**
 * The words of a text as the whole-resume rules compare them: each token without a leading dot
 * (what the pattern without its optional dot matches: ".NET" gives "NET"), in lower case or as
 * written. Made from the memoized tokens, so a bullet is scanned once however many rules read it.
 */
const lowerMemo = memoTable<string[]>();
const writtenMemo = memoTable<string[]>();

/** The words of `text` made by `word` from each token and its leading-dot length (0 or 1), memoized in `table`. */
function dotlessWords(table: MemoTable<string[]>, text: string, word: (t: Token, dot: number) => string): string[] {
  let out = table.get(text);
  if (out) return out;
  const tokens = tokenize(text);
  out = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = word(tokens[k], text.charCodeAt(tokens[k].start) === 46 ? 1 : 0);
  table.set(text, out);
  return out;
}

/** The lower-case words of a text (see above). */
export function lowerWordsOf(text: string): string[] {
  return dotlessWords(lowerMemo, text, (t, dot) => (dot ? t.lower.slice(1) : t.lower));
}

/** The words of a text as written (see above). */
export function writtenWordsOf(text: string): string[] {
  return dotlessWords(writtenMemo, text, (t, dot) => text.slice(t.start + dot, t.end));
}

/** True when the letters of `s` are all upper case and there are at least two of them ("US", "AWS"). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters >= 2;
}

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Gives `replacement` the casing of `written`'s first letter (Leveraged → Used, leveraged → used). */
export function matchCase(written: string, replacement: string): string {
  if (!replacement) return replacement;
  if (isAllCaps(written) && written.length > 1) return replacement.toUpperCase();
  const first = written[0];
  return first !== first.toLowerCase() ? capitalise(replacement) : replacement[0].toLowerCase() + replacement.slice(1);
}
