import type { Rule } from '../types';
import { leadWord } from '../analysis/entry';

export const missingChallenge: Rule = {
  meta: {
    id: 'missing-challenge',
    description: 'A bullet that does not say what problem the work answered (slow, failing, risky, manual).',
    defaultSeverity: 'hint',
    category: 'proof',
    fixable: false,
    examples: {
      weak: 'Added connection pooling to the quotes service.',
      strong: 'Added connection pooling to the quotes service after lunchtime traffic exhausted database connections and caused timeouts.',
    },
  },
  check(ctx) {
    for (const bullet of ctx.bullets) {
      if (ctx.proof(bullet).challenge) continue;
      const at = leadWord(bullet.text);
      ctx.report({
        bullet,
        start: at.start,
        end: at.end,
        message: 'What made this hard or necessary? A clause such as “after retries flooded the queue” shows the engineering problem behind the work.',
      });
    }
  },
};
