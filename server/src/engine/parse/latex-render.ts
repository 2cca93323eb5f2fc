import { TextBuilder } from '../textmap';

/**
 * The LaTeX source scanner shared by the LaTeX reader: comment and brace positions found in one pass,
 * and the renderer that turns a source range into the clean text rules read (markup dropped, escapes
 * and ligatures turned into the characters they print), every character mapped to the source.
 */
export interface LatexSource {
  text: string;
  /** for each `{`, the offset of its matching `}`, or -1 when unbalanced */
  match: Int32Array;
}

/** One pass over the text: brace matches (escaped braces and comments skipped) and `%` comments. */
export function scanLatex(text: string, comments?: Array<{ text: string; start: number; end: number }>): LatexSource {
  const n = text.length;
  const match = new Int32Array(n + 1).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 37 /* % */) {
      const eol = lineEnd(text, i);
      comments?.push({ text: text.slice(i + 1, eol), start: i, end: eol });
      i = eol - 1;
      continue;
    }
    if (c === 123 /* { */) stack.push(i);
    else if (c === 125 /* } */ && stack.length) match[stack.pop()!] = i;
  }
  return { text, match };
}

/** End of the line containing `i` (the offset of its \r or \n, or the text's end). */
export function lineEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
  return j;
}

/** A control word or symbol starting at the backslash at `i`: its name and the offset after it. */
export function readCommand(text: string, i: number): { name: string; end: number } {
  let j = i + 1;
  if (j >= text.length) return { name: '', end: j };
  if (!/[A-Za-z@]/.test(text[j])) return { name: text[j], end: j + 1 };
  while (j < text.length && /[A-Za-z@]/.test(text[j])) j++;
  let name = text.slice(i + 1, j);
  if (text[j] === '*') {
    name += '*';
    j++;
  }
  return { name, end: j };
}

/** Skips spaces, tabs, at most one line break per gap, and comments; returns the next offset. */
export function skipSpace(text: string, i: number, end: number, newlines = true): number {
  let breaks = 0;
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t') i++;
    else if ((c === '\n' || c === '\r') && newlines) {
      if (c === '\n' || text[i + 1] !== '\n') breaks++;
      if (breaks > 1) return i;
      i++;
    } else if (c === '%') {
      i = lineEnd(text, i);
      breaks = 0;
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
    } else break;
  }
  return i;
}

/** An optional `[...]` argument at `i` (short, one line): the offset after it, or `i`. */
export function skipOptional(text: string, i: number, end: number): number {
  if (text[i] !== '[') return i;
  const close = text.indexOf(']', i);
  if (close < 0 || close > end || close - i > 300 || /[\n\r]/.test(text.slice(i, close))) return i;
  return close + 1;
}

export interface Group {
  /** offset of the `{` */
  open: number;
  /** inner range */
  start: number;
  end: number;
}

/** Up to `max` brace groups from `i` (an optional `[...]` first), separated by white space. */
export function readGroups(src: LatexSource, i: number, max: number, end: number): { groups: Group[]; end: number } {
  const { text, match } = src;
  const groups: Group[] = [];
  let p = skipOptional(text, skipSpace(text, i, end), end);
  let last = i;
  while (groups.length < max) {
    p = skipSpace(text, p, end);
    if (text[p] !== '{') break;
    const close = match[p];
    if (close < 0 || close >= end) break;
    groups.push({ open: p, start: p + 1, end: close });
    p = close + 1;
    last = p;
  }
  return { groups, end: groups.length ? last : i };
}

/** Commands that print a symbol or word. */
const SYMBOLS: Record<string, string> = {
  LaTeX: 'LaTeX', TeX: 'TeX', XeLaTeX: 'XeLaTeX', LaTeXe: 'LaTeX2e', ldots: '…', dots: '…', textbar: '|', textbullet: '•', textperiodcentered: '·',
  textendash: '–', textemdash: '—', textasciitilde: '~', textasciicircum: '^', textbackslash: '\\', textdollar: '$', textpercent: '%',
  textunderscore: '_', textless: '<', textgreater: '>', copyright: '©', textregistered: '®', texttrademark: '™', S: '§', P: '¶',
  ss: 'ß', ae: 'æ', AE: 'Æ', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', newline: '\n', linebreak: '\n', par: '\n',
  quad: ' ', qquad: ' ', enspace: ' ', thinspace: ' ', space: ' ', cdot: '·', times: '×', sim: '~', approx: '≈', to: '→', rightarrow: '→',
  Rightarrow: '⇒', leftarrow: '←', leq: '≤', le: '≤', geq: '≥', ge: '≥', pm: '±', bullet: '•', vert: '|', mid: '|', lvert: '|', rvert: '|',
  hfill: ' | ', hfil: ' | ', infty: '∞', degree: '°', textdegree: '°', euro: '€', pounds: '£', ast: '*', checkmark: '✓', cdots: '⋯',
};

/** Math operator names printed as words. */
const MATH_WORDS = new Set(['log', 'ln', 'exp', 'sin', 'cos', 'max', 'min', 'lim', 'sqrt']);

/** Commands whose arguments print nothing (references, spacing, styling parameters). */
const SKIP_ARGS: Record<string, number> = {
  cite: 1, label: 1, ref: 1, pageref: 1, eqref: 1, footnote: 1, vspace: 1, 'vspace*': 1, hspace: 1, 'hspace*': 1, includegraphics: 1,
  color: 1, fontsize: 2, setlength: 2, addtolength: 2, phantom: 1, hphantom: 1, vphantom: 1, nocite: 1, index: 1, raisebox: 1,
  rule: 2, fontspec: 1, setmainfont: 1, usepackage: 1, input: 1, include: 1, pagestyle: 1, thispagestyle: 1,
  // commands with a first argument that is not text: skip it, render the rest
  href: 1, textcolor: 1, colorbox: 1, foreach: 0,
  // environment names
  begin: 1, end: 1,
};

/** Commands whose argument is shown as written (no markup inside). */
const VERBATIM_ARG = new Set(['url', 'nolinkurl', 'path', 'texttt*']);

/** Accent commands: the combining mark each adds. */
const ACCENTS: Record<string, string> = { "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307', u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a' };

const ESCAPED = new Set(['%', '$', '&', '#', '_', '{', '}']);

/**
 * Renders source `[start, end)` into `b`: text copied, markup dropped, escapes and ligatures
 * replaced by what they print, runs of white space (line breaks included) read as one space.
 */
export function renderLatex(src: LatexSource, start: number, end: number, b: TextBuilder, math = false, out?: { last: string }): void {
  const { text, match } = src;
  let i = start;
  let run = start;
  // the last character written, kept here: reading it back from the builder's growing string would
  // flatten that string on every call (quadratic on a long bullet)
  const state = out ?? { last: b.text.length ? b.text[b.text.length - 1] : '' };
  const copy = (a: number, z: number) => {
    if (z <= a) return;
    b.copy(text, a, z);
    state.last = text[z - 1];
  };
  const put = (t: string, a: number, z: number) => {
    if (!t) return;
    b.replace(t, a, z);
    state.last = t[t.length - 1];
  };
  const flush = (at: number) => {
    if (at > run) copy(run, at);
  };
  const lastIsSpace = () => state.last === '' || state.last === ' ' || state.last === '\n' || state.last === '\t' || state.last === '\r';
  while (i < end) {
    const c = text[i];
    if (c === '%') {
      flush(i);
      i = lineEnd(text, i);
      // a comment also swallows its line break and the next line's indentation
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
      run = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      flush(i);
      let j = i;
      while (j < end && /[ \t\r\n]/.test(text[j])) j++;
      if (!lastIsSpace()) {
        if (j - i === 1 && c === ' ') copy(i, j);
        else put(' ', i, j);
      }
      i = j;
      run = i;
      continue;
    }
    if (c === '{' || c === '}') {
      flush(i);
      i++;
      run = i;
      continue;
    }
    if (c === '~' && !math) {
      flush(i);
      put(' ', i, i + 1);
      run = ++i;
      continue;
    }
    if (c === '-' && text[i + 1] === '-' && !math) {
      flush(i);
      const dashes = text[i + 2] === '-' ? 3 : 2;
      put(dashes === 3 ? '—' : '–', i, i + dashes);
      i += dashes;
      run = i;
      continue;
    }
    if ((c === '`' || c === "'") && text[i + 1] === c && !math) {
      flush(i);
      put(c === '`' ? '“' : '”', i, i + 2);
      i += 2;
      run = i;
      continue;
    }
    if (c === '$' && !math) {
      flush(i);
      const display = text[i + 1] === '$';
      const open = display ? 2 : 1;
      let close = i + open;
      while (close < end && !(text[close] === '$' && text[close - 1] !== '\\')) close++;
      if (close >= end) {
        copy(i, i + 1);
        run = ++i;
        continue;
      }
      renderLatex(src, i + open, close, b, true, state);
      i = close + (display && text[close + 1] === '$' ? 2 : 1);
      run = i;
      continue;
    }
    if (c !== '\\') {
      i++;
      continue;
    }
    flush(i);
    const { name, end: after } = readCommand(text, i);
    i = after;
    run = i;
    if (name.length === 1 && !/[A-Za-z]/.test(name)) {
      if (ESCAPED.has(name)) put(name, after - 2, after);
      else if (name === '\\') {
        put('\n', after - 2, after);
        i = skipOptional(text, text[i] === '*' ? i + 1 : i, end);
      } else if (name === ' ' || name === ',' || name === ';' || name === ':' || name === '>') {
        if (!lastIsSpace()) put(' ', after - 2, after);
      } else if (name in ACCENTS) {
        i = accent(text, after - 2, after, end, ACCENTS[name], put);
      }
      // \! \/ \- \@ print nothing
      run = i;
      continue;
    }
    if (name in ACCENTS && name.length === 1 && (text[after] === '{' || text[after] === ' ')) {
      i = accent(text, after - name.length - 1, text[after] === ' ' ? after + 1 : after, end, ACCENTS[name], put);
      run = i;
      continue;
    }
    if (name === 'iffalse') {
      // a block switched off: nothing in it prints
      // (searched within this range only, so many unclosed blocks stay linear)
      const m = /\\fi(?![A-Za-z])/.exec(text.slice(after, end));
      i = run = m ? after + m.index + 3 : end;
      continue;
    }
    if (name in SYMBOLS) {
      const sym = SYMBOLS[name];
      if (!(sym === ' ' && lastIsSpace())) put(sym, after - name.length - 1, after);
      continue;
    }
    if (math && MATH_WORDS.has(name)) {
      put(name, after - name.length - 1, after);
      continue;
    }
    if (VERBATIM_ARG.has(name)) {
      const p = skipSpace(text, i, end, false);
      if (text[p] === '{' && match[p] >= 0 && match[p] < end) {
        copy(p + 1, match[p]);
        i = run = match[p] + 1;
      }
      continue;
    }
    if (name in SKIP_ARGS) {
      let p = skipOptional(text, i, end);
      for (let k = 0; k < SKIP_ARGS[name]; k++) {
        const q = skipSpace(text, p, end, false);
        if (text[q] !== '{' || match[q] < 0 || match[q] >= end) break;
        p = match[q] + 1;
      }
      i = run = p;
      continue;
    }
    // any other command (\textbf, \emph, \small, a user macro): the name prints nothing, its group
    // arguments are rendered as text where they stand
  }
  flush(end);
}

/** `\'e`, `\'{e}`, `\c c`: the letter with its combining mark, mapped onto the whole command. */
function accent(text: string, cmdStart: number, i: number, end: number, mark: string, put: (t: string, a: number, z: number) => void): number {
  let p = i;
  const braced = text[p] === '{';
  if (braced) p++;
  if (text[p] === '\\' && (text[p + 1] === 'i' || text[p + 1] === 'j') && !/[A-Za-z]/.test(text[p + 2] ?? '')) {
    const letter = text[p + 1];
    p += 2;
    if (braced && text[p] === '}') p++;
    put((letter + mark).normalize('NFC'), cmdStart, Math.min(p, end));
    return p;
  }
  const letter = text[p];
  if (!letter || !/[A-Za-z]/.test(letter) || p >= end) return i;
  p++;
  if (braced && text[p] === '}') p++;
  put((letter + mark).normalize('NFC'), cmdStart, Math.min(p, end));
  return p;
}
