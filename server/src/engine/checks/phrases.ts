import { tokenize, type Token } from './tokens';
import { denseById, wordIdOf } from '../word-ids';

/**
 * The one matcher behind every word-list rule. Lists are data (engine/data/words*.ts, tech-names.ts,
 * the user's `words` config); a list entry is one or more literal forms with a payload. Forms are
 * tokenised like the text and compared token by token in lower case, so:
 * - matching is by whole words and case-insensitive ("Helped" and "helped" alike, never "helpedesk");
 * - a form of several words matches across one run of spaces or a single hyphen ("results driven",
 *   "results-driven"), never across punctuation or a line of another bullet;
 * - inflections are listed forms, not patterns ("leverage", "leveraged", "leveraging");
 * - user words are never compiled as a regular expression: "C++" or "a.*b" is a literal.
 * The longest form wins at a position, and matches do not overlap.
 */
export interface PhraseEntry<T> {
  forms: readonly string[];
  data: T;
}

export interface PhraseMatch<T> {
  /** offsets in the matched text */
  start: number;
  end: number;
  /** the words as written */
  text: string;
  /** the listed form that matched (as listed) */
  form: string;
  data: T;
  /** index of the first and one past the last token */
  first: number;
  last: number;
}

interface Compiled<T> {
  form: string;
  words: string[];
  /** what the form has between its words ("/" in "CI/CD"): matched literally as well as spaces or a hyphen */
  gaps: string[];
  /** per gap: whether it is spaces or a hyphen (then text may join the words either way); computed once, not per match */
  spaced: boolean[];
  data: T;
}

export interface PhraseSet<T> {
  /** candidates by their first word, longest first */
  byFirst: Map<string, Compiled<T>[]>;
  /** byFirst by the first word's id (word-ids.ts): what the scan reads, an array read per token */
  byId: (Compiled<T>[] | undefined)[];
}

/** Lower-case words of a form, split the way {@link tokenize} splits text. */
export function formWords(form: string): string[] {
  return tokenize(form).map((t) => t.lower);
}

export function compilePhrases<T>(entries: readonly PhraseEntry<T>[]): PhraseSet<T> {
  const byFirst = new Map<string, Compiled<T>[]>();
  for (const e of entries) {
    for (const form of e.forms) {
      const toks = tokenize(form);
      const words = toks.map((t) => t.lower);
      if (words.length === 0) continue;
      const gaps = toks.slice(1).map((t, k) => form.slice(toks[k].end, t.start));
      let list = byFirst.get(words[0]);
      if (!list) byFirst.set(words[0], (list = []));
      if (!list.some((c) => c.words.join(' ') === words.join(' ') && c.gaps.join('') === gaps.join('')))
        list.push({ form, words, gaps, spaced: gaps.map((g) => joinable(g, 0, g.length)), data: e.data });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byId: denseById(byFirst) };
}

const setCache = new WeakMap<object, PhraseSet<unknown>>();

/**
 * Compiles a list once per identity of `key` (a data array, or the user's resolved word list): the
 * resolved config is cached by the engine, so user words are compiled once per config, not per bullet.
 */
export function cachedPhrases<T>(key: object, build: () => readonly PhraseEntry<T>[]): PhraseSet<T> {
  let set = setCache.get(key) as PhraseSet<T> | undefined;
  if (!set) {
    set = compilePhrases(build());
    setCache.set(key, set as PhraseSet<unknown>);
  }
  return set;
}

export interface FindOptions {
  /**
   * Whether a match may touch a hyphen-joined word: "Kafka-based" holds the technology "Kafka", but
   * "non-dynamic" does not hold the buzzword "dynamic". Default false.
   */
  allowHyphenated?: boolean;
  /**
   * A word that may stand between two words of a form without breaking it, at most one per gap
   * ("participated actively in" for "participated in"). The match then covers it too.
   */
  insertable?: (t: Token) => boolean;
}

/** White space a gap may hold: any Unicode space (what `\s` matches) or a no-break space. */
function isGapSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A hyphen that joins two words: "-", "‐" or the non-breaking "‑". */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * The gap between two words of one form: spaces (any kind) or one hyphen with spaces around it,
 * nothing else. A character loop, not a slice and two regexes: it runs for every candidate phrase.
 */
function joinable(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isGapSpace(c)) continue;
    if (isHyphen(c) && ++hyphens === 1) continue;
    return false;
  }
  return true;
}

function hyphenBefore(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return i > 0 && t.start > 0 && isHyphen(text.charCodeAt(t.start - 1)) && tokens[i - 1].end === t.start - 1;
}

function hyphenAfter(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return i + 1 < tokens.length && isHyphen(text.charCodeAt(t.end)) && tokens[i + 1].start === t.end + 1;
}

/** Whether token x is the form's word k, joined to the token before it as the form's gap allows. */
function fits<T>(text: string, tokens: Token[], c: Compiled<T>, k: number, x: number): boolean {
  if (x >= tokens.length || tokens[x].lower !== c.words[k]) return false;
  const from = tokens[x - 1].end;
  const to = tokens[x].start;
  if (c.spaced[k - 1]) return joinable(text, from, to);
  const gap = c.gaps[k - 1];
  return to - from === gap.length && text.startsWith(gap, from);
}

/**
 * Every non-overlapping match of a set in `text`, left to right, longest form first. The array may be
 * shared (an empty result is one frozen array): do not modify it.
 *
 * Not cached. A cache of matches per token list (a WeakMap) was here for re-lints; measured against no
 * cache in paired runs it cost 4-11% of a first lint, and re-lints were no faster with it (within the
 * runs' noise): each rule scans a bullet with its own list once per lint, so the cache was never hit
 * within a lint, and a WeakMap entry per bullet's token list is an ephemeron every young-generation
 * collection has to process.
 */
export function findPhrases<T>(text: string, set: PhraseSet<T>, options: FindOptions = {}): readonly PhraseMatch<T>[] {
  return scanPhrases(text, tokenize(text), set, options);
}

/** What most scans find: one shared empty array instead of a new one per bullet and list. */
const NO_MATCHES: readonly PhraseMatch<never>[] = Object.freeze([]);

function scanPhrases<T>(text: string, tokens: Token[], set: PhraseSet<T>, options: FindOptions): readonly PhraseMatch<T>[] {
  let out: PhraseMatch<T>[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const cands = set.byId[wordIdOf(tokens[i])];
    if (!cands) continue;
    for (const c of cands) {
      const n = c.words.length;
      if (i + n > tokens.length) continue;
      // j walks the text's tokens, k the form's words; an insertable word may sit in a gap
      let ok = true;
      let j = i;
      for (let k = 1; k < n && ok; k++) {
        let next = j + 1;
        const spaced = c.spaced[k - 1];
        if (!fits(text, tokens, c, k, next) && spaced && options.insertable && next < tokens.length && options.insertable(tokens[next]) && joinable(text, tokens[j].end, tokens[next].start)) next++;
        // a form written with spaces or a hyphen matches either; any other separator ("CI/CD") only itself
        ok = fits(text, tokens, c, k, next);
        j = next;
      }
      if (!ok) continue;
      if (!options.allowHyphenated && (hyphenBefore(text, tokens, i) || hyphenAfter(text, tokens, j))) continue;
      const start = tokens[i].start;
      const end = tokens[j].end;
      (out ??= []).push({ start, end, text: text.slice(start, end), form: c.form, data: c.data, first: i, last: j + 1 });
      i = j;
      break;
    }
  }
  return out ?? NO_MATCHES;
}

/** Normalised key of a phrase for allow-lists: lower-case words joined by one space. */
export function phraseKey(s: string): string {
  return formWords(s).join(' ');
}

const allowCache = new WeakMap<readonly string[], Set<string>>();

/** The user's `words.allow` as a set of {@link phraseKey}s. */
export function allowSet(allow: readonly string[]): Set<string> {
  let s = allowCache.get(allow);
  if (!s) allowCache.set(allow, (s = new Set(allow.map(phraseKey))));
  return s;
}
