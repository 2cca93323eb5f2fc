import type { Bullet } from '../model';
import type { Rule } from '../types';
import { analysisOf, spanText } from '../analysis';
import { quote, siblingsOf } from '../analysis/entry';
import { objectInsertion } from '../analysis/object';

export const missingSystem: Rule = {
  meta: {
    id: 'missing-system',
    description: 'A bullet that names no concrete system or product area, only generic nouns or technology names.',
    defaultSeverity: 'warning',
    category: 'proof',
    fixable: false,
    hasSuggestions: true,
    examples: {
      weak: 'Built new features for the backend using Go and gRPC.',
      strong: 'Built the refund approval service in Go, letting support agents settle disputed charges without engineering help.',
    },
    options: {
      entryAware: {
        type: 'boolean',
        default: true,
        description: 'Report a hint, not a warning, for a bullet that shows a change or a result when an earlier bullet of the same role or project names the system.',
      },
    },
  },
  check(ctx) {
    const entryAware = ctx.options.entryAware !== false;
    const firstNaming = new Map<Bullet[], Bullet | null>();
    for (const bullet of ctx.bullets) {
      const card = ctx.proof(bullet);
      const a = analysisOf(bullet);
      // "[system] backend APIs": the placeholder rule asks for the name until it is typed
      if (card.system || a.placeholder) continue;
      let shared = false;
      if (entryAware && (card.change || card.result)) {
        // siblings are in source order: an earlier one names a system when the group's first such
        // bullet starts before this one (found once per group, not once per bullet)
        const group = siblingsOf(ctx.doc, bullet);
        let first = firstNaming.get(group);
        if (first === undefined) firstNaming.set(group, (first = group.find((b) => ctx.proof(b).system !== null) ?? null));
        shared = first !== null && first.start < bullet.start;
        // a project's own title names the system it is about
        const entry = ctx.entryOf(bullet);
        if (!shared && entry && ctx.doc.sections[entry.section]?.kind === 'projects' && entry.title.trim()) shared = true;
      }
      const generic = a.genericObject ? spanText(a, a.genericObject) : null;
      const at = objectInsertion(a);
      ctx.report({
        bullet,
        start: generic ? generic.start : 0,
        end: generic ? generic.end : bullet.text.length,
        severity: shared ? 'hint' : undefined,
        message: shared
          ? 'This bullet leans on the system named above it; name it again if the bullet may be read on its own.'
          : generic
            ? `${quote(generic.text)} could describe any team's work: name the system or product area you owned, such as “the refunds API” or “the search indexer”.`
            : 'Which system was this? Name the service, pipeline or product area the work was for, such as “the invoicing workers”.',
        suggestions: [
          {
            title: 'Name the system',
            kind: 'quickfix',
            edits: [{ start: at, end: at, newText: '${1:system you owned} ', snippet: true, plainText: '[system] ' }],
          },
        ],
      });
    }
  },
};
