// Helpers for the whole-resume rule tests: a Markdown resume linted by the engine, the findings of one
// rule with the words each covers, and a suggestion applied.
import { applyEdits, lintDocument, type Finding, type UserConfig } from '../../../server/src/engine/index';

export interface Seen extends Finding {
  /** the source text the finding covers */
  words: string;
}

/** Lints a Markdown resume and keeps the findings of one rule. */
export function findings(ruleId: string, text: string, config?: UserConfig): Seen[] {
  const r = lintDocument(text, { format: 'markdown', config });
  return r.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ ...f, words: text.slice(f.start, f.end) }));
}

/** Applies the first suggestion of a finding to the text. */
export function applySuggestion(text: string, f: Finding, which = 0): string {
  const s = f.suggestions?.[which];
  if (!s) throw new Error(`no suggestion ${which} on: ${f.message}`);
  return applyEdits(text, s.edits).text;
}

/** A resume: a name, an email and the given sections (already written as Markdown). */
export function resume(...sections: string[]): string {
  return ['# Robin Vale', '', 'robin.vale@example.com', '', ...sections].join('\n') + '\n';
}

/** A role: a title line and its bullets. */
export function role(title: string, ...bullets: string[]): string {
  return `### ${title}\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;
}

/** Checks that no message names its rule id (ids go in the finding's code, not the text). */
export function messagesClean(ruleId: string, fs: readonly Finding[]): boolean {
  return fs.every((f) => !f.message.includes(ruleId) && f.message.length > 20);
}
