import type { Rule, Suggestion } from '../types';
import { FIRST_PERSON, ROMAN_CONTEXT, ROMAN_TITLES, type Pronoun } from '../data/words';
import { checkWordList, quote } from '../checks/word-list';
import { atSentenceStart, removalEdits, replaceEdits } from '../checks/edits';
import { isAllCaps, matchCase } from '../checks/tokens';

// Module constants, not literals in the function: the bundle (target node18) turns a `\p{..}` literal into
// `new RegExp(...)` where it stands, which made a new regex object per call in hot loops.
const STARTS_UPPER = /^\p{Lu}/u;

/** Helpers that go with a leading "I"/"we": "I was responsible" → "Responsible", "We have cut" → "Cut". */
const AUXILIARIES = new Set(['am', 'was', 'were', 'have', 'm', 've']);

/** "'m", "’ve" right after the pronoun (sticky: no copy of the rest of the bullet per match). */
const CONTRACTION = /['’][a-z]{1,2}\b/iy;
const SPACE_WORD = /[ \t]+\p{L}/uy;

export const firstPerson: Rule = {
  meta: {
    id: 'first-person',
    description: 'First-person pronouns (I, me, my, we, our, us): a resume is in the first person by definition.',
    defaultSeverity: 'warning',
    category: 'style',
    fixable: false,
    hasSuggestions: true,
    scope: 'experience+summary',
    examples: {
      weak: 'I rebuilt our invoice export so my team could stop fixing CSV files by hand.',
      strong: 'Rebuilt the invoice export as a streaming job, ending 5 hours a week of manual CSV repair.',
    },
  },
  check(ctx) {
    checkWordList<Pronoun>(ctx, {
      list: FIRST_PERSON,
      accept(m, bullet, tokens) {
        const t = bullet.text;
        const w = m.text;
        // "US" (the country), "ME", "MY": all capitals are an abbreviation, not a pronoun
        if (isAllCaps(w)) return false;
        // capitalised inside a sentence it is part of a name: the "Contact Us" page, Apple's "Find My"
        if (m.form !== 'i' && STARTS_UPPER.test(w) && !atSentenceStart(t, m.start)) return false;
        if (m.form === 'i') {
          // I/O, R&I, "(i)" list markers
          if (/[/&]/.test(t[m.start - 1] ?? '') || /[/&]/.test(t[m.end] ?? '')) return false;
          // a lower-case "i" is a pronoun only when a word follows ("i built"); otherwise a numeral ("item i;", "(i)")
          SPACE_WORD.lastIndex = m.end;
          if (w === 'i' && (t[m.start - 1] === '(' || !SPACE_WORD.test(t))) return false;
          const prev = tokens[m.first - 1];
          const next = tokens[m.last];
          // Roman numerals: "Level I", "Software Engineer I", "Phase I and II"
          if (w === 'I' && prev && (ROMAN_CONTEXT.has(prev.lower) || (ROMAN_TITLES.has(prev.lower) && STARTS_UPPER.test(t.slice(prev.start))))) return false;
          if (next && /^(ii|iii|iv)$/.test(next.lower) && /^\s*(?:,|&|and)?\s*$/i.test(t.slice(m.end, next.start))) return false;
        }
        return true;
      },
      report(m, bullet, tokens) {
        const t = bullet.text;
        // "I'm", "we've": the contraction goes with the pronoun
        CONTRACTION.lastIndex = m.end;
        const contraction = CONTRACTION.exec(t);
        const end = m.end + (contraction ? contraction[0].length : 0);
        const written = t.slice(m.start, end);
        const suggestions: Suggestion[] = [];
        const kind = m.data.kind;
        if (kind === 'subject' && atSentenceStart(t, m.start)) {
          // also drop a following helper verb so what is left starts with the real verb
          let cut = end;
          const next = tokens[m.last];
          if (!contraction && next && AUXILIARIES.has(next.lower) && /^\s+$/.test(t.slice(m.end, next.start))) cut = next.end;
          if (contraction && next && AUXILIARIES.has(next.lower)) cut = next.end;
          const edits = removalEdits(bullet, m.start, cut);
          if (edits) suggestions.push({ title: `Remove “${t.slice(m.start, cut)}” and start with the verb`, edits, preferred: true });
        } else if (kind === 'possessive' && tokens[m.last]?.lower !== 'own') {
          const the = matchCase(written, 'the');
          const edits = replaceEdits(bullet, m.start, end, the);
          if (edits) suggestions.push({ title: `Replace “${written}” with “${the}”`, edits, preferred: true });
        } else if (kind === 'object' || kind === 'reflexive') {
          const edits = removalEdits(bullet, m.start, end);
          if (edits) suggestions.push({ title: `Remove “${written}”`, edits });
        }
        const message =
          kind === 'subject'
            ? `${quote(written)} goes without saying on a resume: start with what you did (“Built…”, not “I built…”).`
            : kind === 'possessive'
              ? `${quote(written)} is implied on your own resume: write “the” or name the team or product.`
              : kind === 'object'
                ? `${quote(written)} turns the sentence toward you instead of the work: rephrase around what changed.`
                : `${quote(written)} is implied on your own resume: drop it.`;
        return { start: m.start, end, message, suggestions: suggestions.length ? suggestions : undefined, data: { pronoun: written, kind } };
      },
    });
  },
};
