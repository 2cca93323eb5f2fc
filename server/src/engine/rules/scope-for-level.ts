import type { Rule } from '../types';
import { SCOPE_WORDS, phraseMatcher, wordsOf } from '../data/role-signals';

let match: ((w: readonly string[]) => string[]) | undefined;

export const scopeForLevel: Rule = {
  meta: {
    id: 'scope-for-level',
    description: 'With level "senior", no bullet shows scope beyond your own code (architecture, migrations, standards, mentoring, on-call).',
    defaultSeverity: 'hint',
    category: 'proof',
    fixable: false,
    examples: {
      weak: '- Wrote the export endpoints for the reporting service.\n- Fixed 30 bugs in the billing worker.',
      strong: '- Led the move of 12 billing jobs from cron to a shared queue, and wrote the retry standard four teams adopted.',
    },
  },
  check(ctx) {
    // only senior resumes are held to this; early-career and mid-level ones prove their own work first
    if (ctx.config.level !== 'senior' || ctx.bullets.length === 0) return;
    match ??= phraseMatcher(SCOPE_WORDS);
    if (ctx.bullets.some((b) => match!(wordsOf(b.text)).length > 0)) return;
    const section = ctx.doc.sections.find((s) => s.kind === 'experience');
    const at = section ? { start: section.titleStart, end: section.titleEnd } : { start: ctx.bullets[0].start, end: ctx.bullets[0].end };
    ctx.report({
      ...at,
      message:
        'For a senior role, no bullet here shows reach beyond your own code: add one about an architecture decision, a migration you led, a standard other teams adopted, people you mentored or an on-call rotation you owned.',
    });
  },
};
