import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'TODO',
    defaultSeverity: 'error',
    category: 'structure',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
