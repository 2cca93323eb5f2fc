import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const techName: Rule = {
  meta: {
    id: 'tech-name',
    description: 'TODO',
    defaultSeverity: 'warning',
    category: 'style',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
