import type { Bullet } from '../model';
import type { Rule, RuleContext, Suggestion } from '../types';
import { alternativesFor, conjugate, leadingVerb, likeCase, type LeadingVerb } from '../data/verb-forms';
import { memoTable } from '../memo';

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
  const words = wordingOf(where, verb, fresh);
  const suggestions: Suggestion[] = [];
  for (let k = 0; k < words.replacements.length; k++)
    suggestions.push({ title: words.titles[k], edits: [{ start: verb.start, end: verb.end, newText: words.replacements[k] }], kind: 'refactor.rewrite' });
  const first = uses[0] === u ? uses[1] : uses[0];
  ctx.report({
    bullet,
    start: verb.start,
    end: verb.end,
    message: words.message,
    suggestions: suggestions.length ? suggestions : undefined,
    related: first ? [{ start: first.bullet.start, end: first.bullet.end, message: `also opens with “${first.verb.word}”` }] : undefined,
    data: { verb: verb.word, alternatives: words.replacements },
  });
}

interface Wording {
  message: string;
  /** the alternatives in the verb's tense and casing, and a suggestion title for each */
  replacements: string[];
  titles: string[];
}

/**
 * The words of a finding, memoized by what they are made of: a resume repeats a few verbs over many
 * bullets, and a re-lint meets the same ones again. Making them anew (conjugating, casing, the
 * quoted list, the message) was most of what this rule allocated.
 */
const wordings = memoTable<Wording>();

function wordingOf(where: string, verb: LeadingVerb, fresh: readonly string[]): Wording {
  const key = `${where}\u0000${verb.word}\u0000${verb.form.tense}\u0000${fresh.join('\u0000')}`;
  const hit = wordings.get(key);
  if (hit) return hit;
  const replacements: string[] = [];
  const titles: string[] = [];
  let quoted = '';
  for (const a of fresh) {
    const r = likeCase(verb.word, conjugate(a, verb.form.tense));
    replacements.push(r);
    titles.push(`Replace “${verb.word}” with “${r}”`);
    quoted += `${quoted ? ', ' : ''}“${r}”`;
  }
  const message = `${where} open with “${verb.word}”, so they blur together${quoted ? `: a verb that says what you did here, such as ${quoted}, tells them apart` : ': open this one with the verb that best says what you did here'}.`;
  // shared by every finding made from it (and by later lints): frozen, so none can change it for the others
  const w: Wording = { message, replacements: Object.freeze(replacements) as string[], titles };
  wordings.set(key, w);
  return w;
}
