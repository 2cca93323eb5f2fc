import type { Bullet } from '../model';
import type { Rule, RuleContext, Suggestion } from '../types';
import { alternativesFor, conjugate, leadingVerb, likeCase, type LeadingVerb } from '../data/verb-forms';

interface Use {
  bullet: Bullet;
  verb: LeadingVerb;
}

const altCache = new Map<string, string[]>();
const alternatives = (base: string) => {
  let hit = altCache.get(base);
  if (!hit) altCache.set(base, (hit = alternativesFor(base)));
  return hit;
};

export const repeatedVerb: Rule = {
  meta: {
    id: 'repeated-verb',
    description: 'The same opening verb on more than two bullets of the resume, or twice in one role.',
    defaultSeverity: 'info',
    category: 'style',
    fixable: false,
    hasSuggestions: true,
    options: {
      maxPerResume: { type: 'number', default: 2, description: 'how many bullets of the whole resume may open with the same verb' },
      maxPerEntry: { type: 'number', default: 1, description: 'how many bullets of one role may open with the same verb' },
    },
    examples: {
      weak: '- Built the invoice export worker.\n- Built a retry queue for failed webhooks.\n- Built the audit log API.',
      strong: '- Built the invoice export worker.\n- Added a retry queue for failed webhooks.\n- Designed the audit log API.',
    },
  },
  check(ctx) {
    const maxPerResume = Number(ctx.options.maxPerResume ?? 2);
    const maxPerEntry = Number(ctx.options.maxPerEntry ?? 1);
    const byVerb = new Map<string, Use[]>();
    for (const bullet of ctx.bullets) {
      const verb = leadingVerb(bullet.text, bullet.lead);
      if (!verb) continue;
      const list = byVerb.get(verb.form.base) ?? [];
      list.push({ bullet, verb });
      byVerb.set(verb.form.base, list);
    }
    const used = new Set(byVerb.keys());
    for (const [base, uses] of byVerb) {
      if (uses.length <= maxPerEntry && uses.length <= maxPerResume) continue;
      const flagged = new Set<Use>();
      // over the resume: every use after the first, once there are too many
      if (uses.length > maxPerResume) for (const u of uses.slice(1)) flagged.add(u);
      // inside one role: every use past the allowed count
      const perEntry = new Map<number, number>();
      for (const u of uses) {
        if (u.bullet.entry < 0) continue;
        const n = (perEntry.get(u.bullet.entry) ?? 0) + 1;
        perEntry.set(u.bullet.entry, n);
        if (n > maxPerEntry) flagged.add(u);
      }
      if (flagged.size === 0) continue;
      // alternatives not already opening another bullet come first
      const alts = alternatives(base);
      const fresh = [...alts.filter((a) => !used.has(a)), ...alts.filter((a) => used.has(a))].slice(0, 3);
      for (const u of flagged) reportUse(ctx, u, uses, perEntry, maxPerEntry, fresh);
    }
  },
};

/**
 * The finding for one repeated opening verb. Apart from check() and with loops rather than map():
 * check() runs once per lint, so V8 optimises it late, and the inlined closures made it one of the
 * costliest functions to compile (and to recompile after each deopt) while a process warmed up.
 */
function reportUse(ctx: RuleContext, u: Use, uses: readonly Use[], perEntry: ReadonlyMap<number, number>, maxPerEntry: number, fresh: readonly string[]): void {
  const { bullet, verb } = u;
  // perEntry holds the full count of each role (a look-up, not a scan per use)
  const inEntry = bullet.entry >= 0 ? perEntry.get(bullet.entry) ?? 0 : 0;
  const where = inEntry > maxPerEntry ? `${inEntry} bullets of this role` : `${uses.length} bullets`;
  const replacements: string[] = [];
  const suggestions: Suggestion[] = [];
  let quoted = '';
  for (const a of fresh) {
    const r = likeCase(verb.word, conjugate(a, verb.form.tense));
    replacements.push(r);
    suggestions.push({ title: `Replace “${verb.word}” with “${r}”`, edits: [{ start: verb.start, end: verb.end, newText: r }], kind: 'refactor.rewrite' });
    quoted += `${quoted ? ', ' : ''}“${r}”`;
  }
  const first = uses[0] === u ? uses[1] : uses[0];
  ctx.report({
    bullet,
    start: verb.start,
    end: verb.end,
    message: `${where} open with “${verb.word}”, so they blur together${quoted ? `: a verb that says what you did here, such as ${quoted}, tells them apart` : ': open this one with the verb that best says what you did here'}.`,
    suggestions: suggestions.length ? suggestions : undefined,
    related: first ? [{ start: first.bullet.start, end: first.bullet.end, message: `also opens with “${first.verb.word}”` }] : undefined,
    data: { verb: verb.word, alternatives: replacements },
  });
}
