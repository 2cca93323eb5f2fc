import type { Bullet } from '../model';
import type { Rule } from '../types';
import { conjugate, leadingVerb, likeCase, type LeadingVerb, type VerbTense } from '../data/verb-forms';
import { hasEnded, isCurrent } from './date-order';

type Side = 'past' | 'present';
const sideOf = (t: VerbTense): Side => (t === 'past' ? 'past' : 'present');

export const tense: Rule = {
  meta: {
    id: 'tense',
    description: 'A finished role written in the present, a current role slipping into the past, or tenses mixed inside one role.',
    defaultSeverity: 'warning',
    category: 'consistency',
    fixable: false,
    hasSuggestions: true,
    examples: {
      weak: '### Platform Engineer | Brightwell | 2018 – 2021\n- Run the nightly settlement batch for 40 merchant banks.',
      strong: '### Platform Engineer | Brightwell | 2018 – 2021\n- Ran the nightly settlement batch for 40 merchant banks.',
    },
  },
  check(ctx) {
    const byEntry = new Map<number, Array<{ bullet: Bullet; verb: LeadingVerb }>>();
    for (const bullet of ctx.bullets) {
      if (bullet.entry < 0) continue;
      const verb = leadingVerb(bullet.text, bullet.lead);
      // "Cut", "Set", "Read" are past and present at once: they fit either way. An -ing opener is as
      // often a noun or a participle ("Monitoring and alerting for...", "Using Kafka, cut...") as a verb.
      if (!verb || verb.form.ambiguous || verb.form.tense === 'ing') continue;
      const list = byEntry.get(bullet.entry) ?? [];
      list.push({ bullet, verb });
      byEntry.set(bullet.entry, list);
    }
    // the present form this resume uses elsewhere ("Build" or "Builds"), so a fix matches it
    let third = 0;
    let base = 0;
    for (const list of byEntry.values())
      for (const { verb } of list) {
        if (verb.form.tense === 'third') third++;
        else if (verb.form.tense === 'base') base++;
      }
    const presentForm: VerbTense = third > base ? 'third' : 'base';

    for (const [entryIndex, list] of byEntry) {
      const entry = ctx.doc.entries[entryIndex];
      const past = list.filter((x) => sideOf(x.verb.form.tense) === 'past').length;
      const present = list.length - past;
      let want: Side | undefined;
      let why = '';
      if (hasEnded(entry)) {
        want = 'past';
        why = `this role ended (${entry.dates!.text})`;
      } else if (isCurrent(entry)) {
        // a current role may be told in the past throughout; only a slip against a present majority is flagged
        if (present > 0 && past > 0) {
          want = present >= past ? 'present' : 'past';
          why = want === 'present' ? 'this is your current role and its other bullets are in the present' : 'the other bullets of this role are in the past';
        }
      } else if (present > 0 && past > 0) {
        want = past >= present ? 'past' : 'present';
        why = `the other bullets of “${entry.title}” are in the ${want}`;
      }
      if (!want) continue;
      const others = list.filter((x) => sideOf(x.verb.form.tense) === want);
      for (const { bullet, verb } of list) {
        if (sideOf(verb.form.tense) === want) continue;
        const to = likeCase(verb.word, conjugate(verb.form.base, want === 'past' ? 'past' : presentForm));
        const example = others[0];
        ctx.report({
          bullet,
          start: verb.start,
          end: verb.end,
          message: `“${verb.word}” is in the ${want === 'past' ? 'present' : 'past'}, but ${why}: write “${to}”.`,
          suggestions: [{ title: `Change “${verb.word}” to “${to}”`, edits: [{ start: verb.start, end: verb.end, newText: to }], preferred: true, kind: 'quickfix' }],
          related: example ? [{ start: example.bullet.start, end: example.bullet.end, message: `“${example.verb.word}”, in the ${want}` }] : undefined,
          data: { verb: verb.word, replacement: to, tense: want },
        });
      }
    }
  },
};
