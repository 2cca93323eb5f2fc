import type { Rule } from '../types';
import { leadWord, quote } from '../analysis/entry';

export const missingChange: Rule = {
  meta: {
    id: 'missing-change',
    description: 'A bullet that does not show what you changed (redesigned, split, cached, migrated...).',
    defaultSeverity: 'hint',
    category: 'proof',
    fixable: false,
    examples: {
      weak: 'Owned the appointment reminder service for three clinics.',
      strong: 'Owned the appointment reminder service and moved its sends onto a retrying queue, so no reminder was lost during carrier outages.',
    },
  },
  check(ctx) {
    for (const bullet of ctx.bullets) {
      if (ctx.proof(bullet).change) continue;
      const at = leadWord(bullet.text);
      ctx.report({
        bullet,
        start: at.start,
        end: at.end,
        message: `${quote(bullet.text.slice(at.start, at.end))} says you were there, not what you did: name the change you made, such as a redesign, a migration, a cache or a new check.`,
      });
    }
  },
};
