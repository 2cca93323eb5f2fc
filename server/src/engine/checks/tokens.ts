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
}

const TOKEN = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

const cache = new Map<string, Token[]>();

export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let start = m.index;
    let word = m[0];
    // a leading dot only belongs to the token when it is not the end of a sentence ("done.Next" is rare; ".NET" is not)
    if (word[0] === '.' && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) {
      start++;
      word = word.slice(1);
    }
    out.push({ start, end: start + word.length, lower: word.toLowerCase() });
  }
  if (cache.size > 4000) cache.clear();
  cache.set(text, out);
  return out;
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
