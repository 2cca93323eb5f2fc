import { emptyDoc, type ResumeDoc } from '../model';

export function parseMarkdown(text: string, format: 'markdown' | 'text'): ResumeDoc {
  return emptyDoc(format, text);
}
