import { emptyDoc, type ResumeDoc } from '../model';
import type { ParseOptions } from './index';

// Stub: the latex reader lands with the formats work; until then the file has no bullets.
export function parseLatex(text: string, options: ParseOptions = {}): ResumeDoc {
  void options;
  return emptyDoc('latex', text);
}
