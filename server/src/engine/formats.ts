import type { Bullet, Format } from './model';

/** What the engine needs to know about a format beyond parsing it. */
export interface FormatTraits {
  /** wraps a directive in a whole-line comment of the format, or null where it has none (JSON) */
  lineComment(body: string): string | null;
  /** escapes text inserted into a bullet so the file still compiles or parses */
  escape(text: string, bullet?: Bullet): string;
}

const LATEX_SPECIALS: Record<string, string> = {
  '%': '\\%', '$': '\\$', '&': '\\&', '#': '\\#', '_': '\\_',
  // these would print something else (a space, an accent) or start a command
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '\\': '\\textbackslash{}',
};

/** Escapes text for LaTeX body text: `30%` becomes `30\%` so the rest of the line is not a comment. */
export function escapeLatex(text: string): string {
  return text.replace(/[%$&#_~^\\]/g, (c) => LATEX_SPECIALS[c]);
}

/**
 * Escapes text inserted into a YAML scalar so the scalar keeps its quoting style and stays valid.
 * Double-quoted: backslash and quote escaped, control characters written as escapes. Single-quoted:
 * quotes doubled. Plain and block scalars have no escapes: a line break becomes a space (a new line
 * would need the scalar's indentation), and in a plain scalar the two sequences that would end the
 * text or change the structure are avoided: ": " (it would make the item a key) is written " – ",
 * and " #" (it would start a comment) is written " No. ". What an insertion alone cannot settle is
 * left to the caller: text that begins the scalar with an indicator (`-`, `[`, `&`, `*`, `!`, `|`,
 * `>`, `'`, `"`, `%`, `@`, a backquote) or ends it with ":" — the rules' fixes never insert those.
 */
export function escapeYaml(text: string, quote: Bullet['quote']): string {
  switch (quote) {
    case 'double':
      return JSON.stringify(text).slice(1, -1);
    case 'single':
      return text.replace(/\r?\n|\r/g, ' ').replace(/'/g, "''");
    case 'block':
      return text.replace(/\r?\n|\r/g, ' ');
    default:
      return text
        .replace(/\r?\n|\r/g, ' ')
        .replace(/:(?= )/g, ' –')
        .replace(/ #/g, ' No. ')
        .replace(/\t/g, ' ');
  }
}

export const FORMAT_TRAITS: Record<Format, FormatTraits> = {
  markdown: { lineComment: (b) => `<!-- ${b} -->`, escape: (t) => t },
  text: { lineComment: (b) => `# ${b}`, escape: (t) => t },
  latex: { lineComment: (b) => `% ${b}`, escape: (t) => escapeLatex(t) },
  // JSON.stringify escapes quotes, backslashes and control characters; drop its own quotes
  json: { lineComment: () => null, escape: (t) => JSON.stringify(t).slice(1, -1) },
  yaml: { lineComment: (b) => `# ${b}`, escape: (t, bullet) => escapeYaml(t, bullet?.quote ?? 'plain') },
};

/** Picks a format from the file name, then from the content. */
export function detectFormat(fileName: string | undefined, text: string): Format {
  const name = (fileName ?? '').toLowerCase();
  if (/\.(md|markdown|mdown|mkd)$/.test(name) || name.endsWith('.resume.md')) return 'markdown';
  if (/\.(tex|ltx|latex)$/.test(name)) return 'latex';
  if (/\.(json|jsonc)$/.test(name)) return 'json';
  if (/\.(ya?ml)$/.test(name)) return 'yaml';
  if (/\.(txt|text|resume)$/.test(name)) return 'text';
  const head = text.slice(0, 4000);
  if (/^\s*\{/.test(head)) return 'json';
  if (/\\(documentclass|begin\{(document|itemize)\}|section\*?\{|cvsection|resumeItem|resumeSubheading|cventry|item\b)/.test(head)) return 'latex';
  if (/^(cv|basics|work|sections):\s*$/m.test(head) || /^\s+highlights:\s*$/m.test(head)) return 'yaml';
  if (/^#{1,6} \S/m.test(head) || /^\s*[-*+] \S/m.test(head)) return 'markdown';
  return 'text';
}
