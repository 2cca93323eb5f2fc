import type { Rule, Suggestion } from '../types';
import { BUZZWORDS, type Buzzword } from '../data/words';
import { checkWordList, quote } from '../checks/word-list';
import { atSentenceStart, removalEdits, replaceEdits } from '../checks/edits';
import { matchCase } from '../checks/tokens';

// Module constants, not literals in the function: the bundle (target node18) turns a `\p{..}` literal into
// `new RegExp(...)` where it stands, which made a new regex object per call in hot loops.
const STARTS_UPPER = /^\p{Lu}/u;

export const buzzword: Rule = {
  meta: {
    id: 'buzzword',
    description: 'Self-praise and stock phrases ("results-driven", "team player", "leveraged") that a reader skips.',
    defaultSeverity: 'warning',
    category: 'wording',
    fixable: false,
    hasSuggestions: true,
    scope: 'experience+summary',
    examples: {
      weak: 'Passionate, detail-oriented engineer who leveraged cutting-edge tools to deliver synergy.',
      strong: 'Backend engineer who moved a clinic booking service to event-driven reminders, cutting no-shows by 18%.',
    },
  },
  check(ctx) {
    checkWordList<Buzzword>(ctx, {
      list: BUZZWORDS,
      userWords: ctx.config.words.buzzwords,
      userData: (w) => ({ label: w, advice: 'show it with something you did' }),
      accept(m, bullet, tokens) {
        if (m.data.alsoProduct && STARTS_UPPER.test(m.text) && !atSentenceStart(bullet.text, m.start)) return false;
        const only = m.data.onlyBefore;
        if (!only) return true;
        const next = tokens[m.last];
        // "dynamic pricing" and "dynamic routing" are engineering; "a dynamic engineer" is not
        if (!next) return false;
        const gap = bullet.text.slice(m.end, next.start);
        return gap.includes(',') || only.includes(next.lower);
      },
      report(m, bullet) {
        const suggestions: Suggestion[] = [];
        const plain = m.data.replace?.[m.text.toLowerCase()];
        if (plain) {
          const edits = replaceEdits(bullet, m.start, m.end, matchCase(m.text, plain));
          if (edits) suggestions.push({ title: `Replace with “${matchCase(m.text, plain)}”`, edits, preferred: true });
        } else if (m.data.removable) {
          const edits = removalEdits(bullet, m.start, m.end);
          if (edits) suggestions.push({ title: `Remove “${m.text}”`, edits, preferred: true });
        }
        return {
          start: m.start,
          end: m.end,
          message: `${quote(m.text)} is a claim every resume makes, so readers skip it: ${m.data.advice}.`,
          suggestions: suggestions.length ? suggestions : undefined,
          data: { phrase: m.text, replacement: plain ?? (m.data.removable ? '' : null) },
        };
      },
    });
  },
};
