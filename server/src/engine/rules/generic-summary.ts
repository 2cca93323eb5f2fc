import type { Rule } from '../types';
import { DOMAIN_WORDS, ROLE_WORDS, SYSTEM_WORDS, phraseMatcher, wordsOf } from '../data/role-signals';
import { lookupTech } from '../data/tech-names';

let matchers: Array<(w: readonly string[]) => string[]> | undefined;

/** Whether a summary's words name a role, a domain, a system or a technology. */
function namesSomething(text: string): boolean {
  matchers ??= [ROLE_WORDS, DOMAIN_WORDS, SYSTEM_WORDS].map((l) => phraseMatcher(l));
  const words = wordsOf(text);
  if (matchers.some((m) => m(words).length > 0)) return true;
  // a technology written as its name ("Kafka", "PostgreSQL"); everyday words like "go" do not count
  return words.some((w) => {
    const f = lookupTech(w);
    return !!f && !f.ambiguous && !f.misspelling;
  });
}

export const genericSummary: Rule = {
  meta: {
    id: 'generic-summary',
    description: 'A summary made only of adjectives and stock phrases: it names no role, domain or system.',
    defaultSeverity: 'info',
    category: 'wording',
    fixable: false,
    scope: 'summary',
    examples: {
      weak: 'Motivated, hard-working professional with a passion for excellence and a strong work ethic.',
      strong: 'Backend engineer with six years on logistics APIs and the Kafka pipelines behind same-day delivery.',
    },
  },
  check(ctx) {
    if (ctx.bullets.length === 0) return;
    if (ctx.bullets.some((b) => namesSomething(b.text))) return;
    const first = ctx.bullets[0];
    const words = first.text.split(/\s+/).slice(0, 6).join(' ');
    const quote = words.length < first.text.length ? `${words.replace(/[,;:.]$/, '')}…` : words;
    ctx.report({
      bullet: first,
      start: 0,
      end: first.text.length,
      message: `“${quote}” could open anyone’s resume: say which role you do, in which domain, on what systems (for example “backend engineer on payment APIs”).`,
    });
  },
};
