import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const bulletLength: Rule = {
  meta: {
    id: 'bullet-length',
    description: 'TODO',
    defaultSeverity: 'info',
    category: 'style',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
