import type { Format, ResumeDoc } from '../model';
import { parseMarkdown } from './markdown';
import { parseLatex } from './latex';
import { parseJson } from './json';
import { parseYaml } from './yaml';

export interface ParseOptions {
  /** extra LaTeX commands whose argument is a bullet (names without the backslash) */
  latexBulletCommands?: readonly string[];
}

/** Parses a resume in any supported format into the format-neutral model. Never throws. */
export function parse(text: string, format: Format, options: ParseOptions = {}): ResumeDoc {
  switch (format) {
    case 'markdown':
      return parseMarkdown(text, 'markdown');
    case 'text':
      return parseMarkdown(text, 'text');
    case 'latex':
      return parseLatex(text, options);
    case 'json':
      return parseJson(text);
    case 'yaml':
      return parseYaml(text);
  }
}
