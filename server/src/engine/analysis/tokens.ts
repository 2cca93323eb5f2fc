/**
 * A small tokenizer for bullet text: words (with inner hyphens, dots, slashes, apostrophes, so
 * "queue-backed", "Node.js", "I/O" stay one token), numbers with an attached unit ("480ms", "2.4x",
 * "$12k", "96.8%"), arrows and punctuation. Offsets are into the text it was given.
 */
import { memoTable } from '../memo';
import { denseById, NO_ID, UNSEEN, wordIdOf } from '../word-ids';

export type TokenKind = 'word' | 'num' | 'sym' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** lower case, typographic apostrophes made plain */
  lower: string;
  start: number;
  end: number;
  /** for numbers: the numeric value (NaN when it cannot be read) */
  value?: number;
  /** for numbers: letters or % written straight after the digits ("ms" of "480ms"), lower case */
  unit?: string;
  /** for numbers: a currency sign before the digits */
  currency?: boolean;
  /** the word id of `lower` (see word-ids.ts; read it with wordIdOf) */
  wid: number;
  widAt: number;
}

/**
 * What a token is, as a pattern. {@link tokenize} implements exactly this with a character scanner
 * (test/unit/analysis-tokens.test.ts checks the two agree on random text): this Unicode-aware regex,
 * run with a match array per token, was a fifth of the engine's time in the bench profile.
 * Each alternative is a run of one class separated by single joiners, so matching stays linear. A
 * possessive "'s" is left out of the word ("storefront's" reads as "storefront").
 */
export const TOKEN_PATTERN =
  /([$€£]\s?)?\d+(?:[.,]\d+)*(%|[a-zA-Zµ]+)?|[\p{L}][\p{L}\p{N}]*(?:(?:['’](?![sS]\b)|[.\-/&])[\p{L}\p{N}]+)*[+#]*|→|->|&|[<>≤≥~×%]|[,;:.!?()\[\]{}"“”]/gu;

const SYMBOLS = new Set(['→', '->', '<', '>', '≤', '≥', '~', '×', '%']);
const PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”']);
/**
 * What an ASCII character between words is (SYMBOLS and PUNCT as a table by char code): 0 neither
 * (a space, most often), 1 symbol, 2 punctuation. Two set look-ups of a one-character string for
 * every space of every bullet were 2,300 hash look-ups a lint.
 */
const ASCII_CLASS = new Uint8Array(128);
for (const s of SYMBOLS) if (s.length === 1 && s.charCodeAt(0) < 128) ASCII_CLASS[s.charCodeAt(0)] = 1;
for (const p of PUNCT) if (p.charCodeAt(0) < 128) ASCII_CLASS[p.charCodeAt(0)] = 2;

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /^\s$/u;
/** Non-ASCII code points seen so far: 1 letter, 2 other number, 0 neither (a bounded memo). */
const wide = new Map<number, number>();

function classOf(cp: number): number {
  let k = wide.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
    if (wide.size > 10000) wide.clear();
    wide.set(cp, k);
  }
  return k;
}

/**
 * The UTF-16 code at `i`, or -1 past the end. The scanners peek one or two characters ahead; reading
 * past the end with charCodeAt gives NaN, and V8 throws away optimised code the first time a read goes
 * out of bounds (then recompiles it), which a bounds check avoids.
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Length (1 or 2) of the letter at i, or 0. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return classOf(cp) === 1 ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Length (1 or 2) of the letter or number at i, or 0. */
export function alnumAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || isDigit(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return classOf(cp) !== 0 ? (cp > 0xffff ? 2 : 1) : 0;
}

/** End of the run of letters and numbers starting at i. */
export function alnumRunEnd(text: string, i: number): number {
  for (let n = alnumAt(text, i); n > 0; n = alnumAt(text, i)) i += n;
  return i;
}

function digitRunEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** \w of a regex without the i flag: ASCII letters, digits and underscore. */
function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) || isDigit(c) || c === 95;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(String.fromCharCode(c)));
}

/**
 * Whether text[from, to) is already its own lower case: ASCII with no capital. Most words of a bullet
 * are, and then the token's lower-case form is the word itself rather than a second string.
 */
function plainLower(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

/** The lower case of a word, with a typographic apostrophe read as a plain one. */
function lowerWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Every token is built with the same fields in the same order, so V8 sees one object shape. */
function token(kind: TokenKind, text: string, lower: string, start: number, end: number, value?: number, unit?: string, currency?: boolean): Token {
  return { kind, text, lower, start, end, value, unit, currency, wid: NO_ID, widAt: UNSEEN };
}

/** End of a number token starting at i (after any currency sign), with where its digits end. */
function numberAt(text: string, i: number): { digitsEnd: number; end: number } {
  let j = digitRunEnd(text, i);
  while (j + 1 < text.length && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) j = digitRunEnd(text, j + 1);
  const digitsEnd = j;
  if (codeAt(text, j) === 37) j++;
  else while (j < text.length && (isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 0xb5)) j++;
  return { digitsEnd, end: j };
}

/** End of a word token starting at a letter at i. */
function wordAt(text: string, i: number): number {
  let j = alnumRunEnd(text, i);
  for (;;) {
    const c = codeAt(text, j);
    if (c === 39 || c === 0x2019) {
      const n = codeAt(text, j + 1);
      if ((n === 115 || n === 83) && !isWordChar(text, j + 2)) break;
    } else if (c !== 46 && c !== 45 && c !== 47 && c !== 38) break;
    if (alnumAt(text, j + 1) === 0) break;
    j = alnumRunEnd(text, j + 1);
  }
  while (codeAt(text, j) === 43 || codeAt(text, j) === 35) j++;
  return j;
}

const memo = memoTable<Token[]>();

/** {@link tokenize}, once per text in a lint (the analysis and the word-list tokens both read it). */
export function tokensOf(text: string): Token[] {
  let out = memo.get(text);
  if (!out) memo.set(text, (out = tokenize(text)));
  return out;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // a number, with an optional currency sign and one space before it
    let digitsAt = -1;
    if (isDigit(c)) digitsAt = i;
    else if (c === 36 || c === 0x20ac || c === 0xa3) {
      if (isDigit(codeAt(text, i + 1))) digitsAt = i + 1;
      else if (i + 2 < text.length && isSpace(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) digitsAt = i + 2;
    }
    if (digitsAt >= 0) {
      const { digitsEnd, end } = numberAt(text, digitsAt);
      const raw = text.slice(i, end);
      let digits = text.slice(digitsAt, digitsEnd);
      if (digits.includes(',')) digits = digits.replace(/,(?=\d{3}\b)/g, '');
      const unit = end > digitsEnd ? text.slice(digitsEnd, end).toLowerCase() : undefined;
      out.push(token('num', raw, raw.toLowerCase(), i, end, Number(digits), unit, digitsAt > i ? true : undefined));
      i = end;
      continue;
    }
    const letter = letterAt(text, i);
    if (letter > 0) {
      const end = wordAt(text, i);
      // the "s" of a possessive ("user's") carries nothing
      if (end === i + 1 && (c === 115 || c === 83) && i > 0 && (text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 0x2019)) {
        i = end;
        continue;
      }
      const raw = text.slice(i, end);
      out.push(token('word', raw, plainLower(text, i, end) ? raw : lowerWord(raw), i, end));
      i = end;
      continue;
    }
    if (c < 128 && ASCII_CLASS[c] === 0 && c !== 38 && !(c === 45 && codeAt(text, i + 1) === 62)) {
      i++;
      continue;
    }
    const sym = c === 45 && codeAt(text, i + 1) === 62 ? '->' : text[i];
    if (sym === '&') {
      // the pattern's "&" alternative is neither a symbol nor punctuation: it reads as a word
      out.push(token('word', sym, sym, i, i + 1));
      i++;
      continue;
    }
    if (SYMBOLS.has(sym)) {
      out.push(token('sym', sym, sym, i, i + sym.length));
      i += sym.length;
      continue;
    }
    if (PUNCT.has(sym)) {
      out.push(token('punct', sym, sym, i, i + 1));
      i++;
      continue;
    }
    // step over a whole surrogate pair, as the pattern (u flag) does
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return out;
}

/** Whether a token ends a clause (comma, semicolon, full stop...). */
export function isBoundary(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && t.text !== '"' && t.text !== '“' && t.text !== '”');
}

/**
 * Finds phrases (lists of lower-case words) in a token list. Phrases are indexed by the word id of
 * their first word (word-ids.ts), so the cost is one array read per token plus the few phrases that
 * start with that word.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** byFirst by word id (see denseById) */
  private readonly byId: (string[][] | undefined)[];
  private readonly singles = new Set<string>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = p.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      if (words.length === 1) this.singles.add(words[0]);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    // longest first, so "a wide range of" wins over "a range of"
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.byId = denseById(this.byFirst);
  }

  /** The number of tokens the longest phrase starting at token i covers, or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return 0;
    const list = this.byId[wordIdOf(t)];
    if (!list) return 0;
    outer: for (const words of list) {
      if (i + words.length > tokens.length) continue;
      for (let k = 1; k < words.length; k++) if (tokens[i + k].lower !== words[k]) continue outer;
      return words.length;
    }
    return 0;
  }

  has(word: string): boolean {
    return this.singles.has(word);
  }

  /** Every non-overlapping match: [first token, token count]. */
  findAll(tokens: readonly Token[]): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const n = this.matchAt(tokens, i);
      if (n) {
        found.push([i, n]);
        i += n - 1;
      }
    }
    return found;
  }
}
