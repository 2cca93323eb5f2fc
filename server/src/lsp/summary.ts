import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult, ProofCard } from '../engine';
import type { EntrySummary, Summary } from './protocol';

const PARTS = ['system', 'challenge', 'change', 'result'] as const;

/**
 * Proven bullets per entry (a role or project); bullets directly under a section count as one
 * entry named after the section. Only list bullets count: summary prose is not a claim to prove.
 */
export function summarise(doc: TextDocument, result: LintResult): Summary {
  const { sections, entries, bullets } = result.doc;
  const groups = new Map<string, EntrySummary & { lacking: Record<string, number> }>();
  for (const b of bullets) {
    if (b.kind !== 'bullet') continue;
    const card: ProofCard | undefined = result.cards[b.index];
    if (!card) continue;
    const entry = b.entry >= 0 ? entries[b.entry] : undefined;
    const section = b.section >= 0 ? sections[b.section] : undefined;
    const key = entry ? `e${entry.index}` : `s${b.section}`;
    let g = groups.get(key);
    if (!g) {
      const at = entry ? entry.titleStart : section ? section.titleStart : b.start;
      g = { title: entry?.title ?? section?.title ?? '(no section)', section: section?.title ?? '', line: doc.positionAt(at).line, proven: 0, total: 0, missing: [], lacking: {} };
      groups.set(key, g);
    }
    g.total++;
    if (card.proven) g.proven++;
    else for (const p of PARTS) if (!card[p]) g.lacking[p] = (g.lacking[p] ?? 0) + 1;
  }
  const list = [...groups.values()].map(({ lacking, ...g }) => ({
    ...g,
    missing: Object.entries(lacking).sort((a, b) => b[1] - a[1]).map(([p]) => p),
  }));
  return {
    uri: doc.uri,
    version: doc.version,
    proven: list.reduce((n, g) => n + g.proven, 0),
    total: list.reduce((n, g) => n + g.total, 0),
    entries: list,
  };
}
