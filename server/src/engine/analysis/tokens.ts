/**
 * A small tokenizer for bullet text: words (with inner hyphens, dots, slashes, apostrophes, so
 * "queue-backed", "Node.js", "I/O" stay one token), numbers with an attached unit ("480ms", "2.4x",
 * "$12k", "96.8%"), arrows and punctuation. Offsets are into the text it was given.
 */
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
}

// Each alternative is a run of one class separated by single joiners, so matching stays linear. A
// possessive "'s" is left out of the word ("storefront's" reads as "storefront").
const TOKEN =
  /([$€£]\s?)?\d+(?:[.,]\d+)*(%|[a-zA-Zµ]+)?|[\p{L}][\p{L}\p{N}]*(?:(?:['’](?![sS]\b)|[.\-/&])[\p{L}\p{N}]+)*[+#]*|→|->|&|[<>≤≥~×%]|[,;:.!?()\[\]{}"“”]/gu;

const SYMBOLS = new Set(['→', '->', '<', '>', '≤', '≥', '~', '×', '%']);
const PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const c = raw.charCodeAt(0);
    const isDigitStart = (c >= 48 && c <= 57) || m[1] !== undefined;
    if (isDigitStart) {
      const digits = raw.slice(m[1]?.length ?? 0, raw.length - (m[2]?.length ?? 0));
      const value = Number(digits.replace(/,(?=\d{3}\b)/g, ''));
      const tok: Token = { kind: 'num', text: raw, lower: raw.toLowerCase(), start, end, value };
      if (m[2]) tok.unit = m[2].toLowerCase();
      if (m[1]) tok.currency = true;
      out.push(tok);
    } else if (SYMBOLS.has(raw)) {
      out.push({ kind: 'sym', text: raw, lower: raw, start, end });
    } else if (PUNCT.has(raw)) {
      out.push({ kind: 'punct', text: raw, lower: raw, start, end });
    } else {
      // the "s" of a possessive ("user's") carries nothing
      if ((raw === 's' || raw === 'S') && start > 0 && (text[start - 1] === "'" || text[start - 1] === '’')) continue;
      const lower = raw.toLowerCase();
      out.push({ kind: 'word', text: raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end });
    }
  }
  return out;
}

/** Whether a token ends a clause (comma, semicolon, full stop...). */
export function isBoundary(t: Token | undefined): boolean {
  return !t || (t.kind === 'punct' && t.text !== '"' && t.text !== '“' && t.text !== '”');
}

/**
 * Finds phrases (lists of lower-case words) in a token list. Phrases are indexed by their first
 * word, so the cost is one map look-up per token plus the few phrases that start with that word.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
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
  }

  /** The number of tokens the longest phrase starting at token i covers, or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return 0;
    const list = this.byFirst.get(t.lower);
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
