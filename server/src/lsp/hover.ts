import { MarkupKind, type Hover } from 'vscode-languageserver';
import { ruleById, type Evidence, type LintResult, type ProofCard } from '../engine';
import { bulletAt } from './codeActions';
import { docsUri } from './diagnostics';

const PARTS: Array<{ key: keyof Omit<ProofCard, 'proven'>; label: string; missing: string }> = [
  { key: 'system', label: 'System', missing: 'name what you built or changed (a service, pipeline, API)' },
  { key: 'challenge', label: 'Challenge', missing: 'say what made it hard (scale, load, a deadline, a failure)' },
  { key: 'change', label: 'Change', missing: 'say what you did to it, with a strong verb' },
  { key: 'result', label: 'Result', missing: 'add a measured outcome (from X to Y, %, time, cost)' },
];

/** Markdown table cells must not break the table. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The proof card of a bullet as Markdown: each part found (with the words that show it) or missing. */
export function proofCardMarkdown(card: ProofCard): string {
  const found = PARTS.filter((p) => card[p.key]).length;
  const lines = [
    `**Proof card** — ${card.proven ? 'proven' : 'not proven yet'} (${found}/4 parts)`,
    '',
    '| | Part | Evidence |',
    '|---|---|---|',
    ...PARTS.map((p) => {
      const e: Evidence | null = card[p.key];
      return e ? `| ✓ | ${p.label} | “${cell(e.text)}” |` : `| ✗ | ${p.label} | missing: ${p.missing} |`;
    }),
  ];
  return lines.join('\n');
}

/** Hover: the findings under the cursor (why, weak and strong example, docs) and the bullet's proof card. */
export function hover(result: LintResult, offset: number, packageRoot: string): Hover | null {
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const f of result.findings) {
    if (offset < f.start || offset > f.end || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const meta = ruleById(f.ruleId)?.meta;
    // the editor shows the finding's own message beside this; the hover adds the why and the examples
    const out = [meta ? `**${f.ruleId}** · *Why it matters:* ${meta.description}` : `**${f.ruleId}**: ${f.message}`];
    if (meta) out.push('', `- Weak: ${meta.examples.weak}`, `- Strong: ${meta.examples.strong}`);
    out.push('', `[Rule documentation](${docsUri(packageRoot, f.ruleId)})`);
    sections.push(out.join('\n'));
  }
  const bullet = bulletAt(result, offset);
  const card = bullet && result.cards[bullet.index];
  if (card) sections.push(proofCardMarkdown(card));
  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
}
