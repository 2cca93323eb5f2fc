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
      const card = ctx.proof(bullet);
      if (card.change) continue;
      const at = leadWord(bullet.text);
      const lead = quote(bullet.text.slice(at.start, at.end));
      ctx.report({
        bullet,
        start: at.start,
        end: at.end,
        message: card.result
          ? `${lead} gives the outcome but not what you did to get it: name the change (a redesign, a migration, a cache, a new check), here or in a bullet above.`
          : `${lead} says you were there, not what you did: name the change you made, such as a redesign, a migration, a cache or a new check.`,
      });
    }
  },
};
