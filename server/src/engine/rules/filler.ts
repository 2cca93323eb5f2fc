import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const filler: Rule = {
  meta: {
    id: 'filler',
    description: 'TODO',
    defaultSeverity: 'info',
    category: 'wording',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
