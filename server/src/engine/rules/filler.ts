import type { Rule } from '../types';
import { FILLERS, type Filler } from '../data/words';
import { checkWordList, quote } from '../checks/word-list';
import { removalEdits } from '../checks/edits';

export const filler: Rule = {
  meta: {
    id: 'filler',
    description: 'Words that add length but no meaning ("successfully", "very", "in order to").',
    defaultSeverity: 'info',
    category: 'wording',
    fixable: true,
    examples: {
      weak: 'Successfully moved the nightly export job to a queue in order to avoid very long timeouts.',
      strong: 'Moved the nightly export job to a queue to stop 20-minute timeouts.',
    },
  },
  check(ctx) {
    checkWordList<Filler>(ctx, {
      list: FILLERS,
      userWords: ctx.config.words.filler,
      userData: (w) => ({ label: w }),
      report(m, bullet, tokens) {
        // "in order to" keeps its last word: delete "in order" and one space
        const end = m.data.keep ? tokens[m.last - 2].end : m.end;
        const words = bullet.text.slice(m.start, end);
        const fix = removalEdits(bullet, m.start, end);
        const message = m.data.keep
          ? `${quote(m.text)} says no more than ${quote(m.data.keep)}: drop ${quote(words)}.`
          : `${quote(m.text)} adds length, not meaning: drop it and let the facts carry the bullet.`;
        return {
          start: m.start,
          end,
          message,
          tags: ['unnecessary'],
          fix,
          data: { words, keep: m.data.keep ?? '' },
        };
      },
    });
  },
};
