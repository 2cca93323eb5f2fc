import type { Bullet, Format } from './model';

/** What the engine needs to know about a format beyond parsing it. */
export interface FormatTraits {
  /** wraps a directive in a whole-line comment of the format, or null where it has none (JSON) */
  lineComment(body: string): string | null;
  /** escapes text inserted into a bullet so the file still compiles or parses */
  escape(text: string, bullet?: Bullet): string;
}

const LATEX_SPECIALS: Record<string, string> = { '%': '\\%', '$': '\\$', '&': '\\&', '#': '\\#', '_': '\\_' };

export const FORMAT_TRAITS: Record<Format, FormatTraits> = {
  markdown: { lineComment: (b) => `<!-- ${b} -->`, escape: (t) => t },
  text: { lineComment: (b) => `# ${b}`, escape: (t) => t },
  latex: { lineComment: (b) => `% ${b}`, escape: (t) => t.replace(/[%$&#_]/g, (c) => LATEX_SPECIALS[c]) },
  // JSON.stringify escapes quotes, backslashes and control characters; drop its own quotes
  json: { lineComment: () => null, escape: (t) => JSON.stringify(t).slice(1, -1) },
  yaml: { lineComment: (b) => `# ${b}`, escape: (t) => t },
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
  if (/\\(documentclass|begin\{document\}|section\*?\{|resumeItem|cventry|item\b)/.test(head)) return 'latex';
  if (/^(cv|basics|work|sections):\s*$/m.test(head)) return 'yaml';
  if (/^#{1,6} \S/m.test(head) || /^\s*[-*+] \S/m.test(head)) return 'markdown';
  return 'text';
}
