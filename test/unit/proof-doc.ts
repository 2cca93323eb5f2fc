// Helpers for the proof-rule tests: a resume in Markdown with roles of bullets, linted by the engine.
import { lintDocument, type Finding, type LintResult, type UserConfig } from '../../server/src/engine/index';

/** A resume with one Experience section; each inner list is a role with its bullets. */
export function resumeOf(roles: string[][], section = 'Experience'): string {
  let text = `# Sam Rivera\n\n## ${section}\n\n`;
  roles.forEach((bullets, k) => {
    text += `### Software Engineer | Northwind ${k + 1} | 20${10 + 2 * k} – 20${12 + 2 * k}\n\n`;
    text += bullets.map((b) => `- ${b}\n`).join('') + '\n';
  });
  return text;
}

export function lintRoles(roles: string[][], config?: UserConfig, section?: string): LintResult {
  return lintDocument(resumeOf(roles, section), { format: 'markdown', config });
}

/** The findings of one rule, with the words each one covers. */
export function findingsOf(ruleId: string, roles: string[][], config?: UserConfig): Array<Finding & { words: string }> {
  const r = lintRoles(roles, config);
  return r.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ ...f, words: r.doc.text.slice(f.start, f.end) }));
}

const loud = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

/** Whether the rule warns about a bullet standing alone in its role. */
export function warnsAlone(ruleId: string, bullet: string): boolean {
  return findingsOf(ruleId, [[bullet]]).some(loud);
}

/** Severities the rule gives each bullet of a role, in order ('none' when it stays quiet). */
export function severitiesIn(ruleId: string, bullets: string[]): string[] {
  const r = lintRoles([bullets]);
  return r.doc.bullets.map((b) => {
    const fs = r.findings.filter((f) => f.ruleId === ruleId && f.bullet === b.index);
    if (fs.some(loud)) return 'warning';
    return fs.length ? fs[0].severity : 'none';
  });
}

/**
 * Checks a table the RuleTester way: every `invalid` bullet gets a warning from the rule when it
 * stands alone in a role, no `valid` one does. Returns the bullets that disagree, for one assertion
 * that names them all.
 */
export function disagreements(ruleId: string, table: { valid: string[]; invalid: string[] }): string[] {
  const out: string[] = [];
  for (const b of table.invalid) if (!warnsAlone(ruleId, b)) out.push(`should warn: ${b}`);
  for (const b of table.valid) if (warnsAlone(ruleId, b)) out.push(`should stay quiet: ${b}`);
  return out;
}
