import type { Bullet } from '../model';
import type { Rule } from '../types';
import { analysisOf, spanText } from '../analysis';
import { endInsertion, quote, siblingsOf } from '../analysis/entry';

export const missingMetric: Rule = {
  meta: {
    id: 'missing-metric',
    description: 'A bullet with no measured result: no number tied to what got better.',
    defaultSeverity: 'warning',
    category: 'proof',
    fixable: false,
    hasSuggestions: true,
    examples: {
      weak: 'Sped up the nightly export job for the finance team.',
      strong: 'Rewrote the nightly ledger export as a streaming job, cutting its run time from 95 minutes to 12.',
    },
    options: {
      entryAware: {
        type: 'boolean',
        default: true,
        description: 'Report a hint, not a warning, when another bullet of the same role or project carries a measured result (unless this bullet claims a gain of its own).',
      },
    },
  },
  check(ctx) {
    const entryAware = ctx.options.entryAware !== false;
    // once per role, not once per bullet: this bullet has no measure (see above), so any measured
    // bullet of the group is another one
    const measured = new Map<Bullet[], boolean>();
    const groupMeasured = (group: Bullet[]) => {
      let m = measured.get(group);
      if (m === undefined) measured.set(group, (m = group.some((b) => analysisOf(b).measures.length > 0)));
      return m;
    };
    for (const bullet of ctx.bullets) {
      const a = analysisOf(bullet);
      // a result still being written ("by [percentage]") is the placeholder rule's to report
      if (a.measures.length || a.placeholder) continue;
      const at = endInsertion(bullet.text);
      const suggestions = [
        {
          title: 'Add a metric',
          kind: 'quickfix' as const,
          edits: [{ start: at, end: at, newText: ', cutting ${1:what} from ${2:before} to ${3:after}', snippet: true, plainText: ', cutting [what] from [before] to [after]' }],
        },
      ];
      const claim = a.claims[0];
      if (claim) {
        const c = spanText(a, claim);
        ctx.report({
          bullet,
          start: c.start,
          end: c.end,
          message: `${quote(c.text)} claims a gain but gives no number: say how much, such as a before and after (“from 40 s to 6 s”) or a percentage.`,
          suggestions,
        });
        continue;
      }
      const shared = entryAware && groupMeasured(siblingsOf(ctx.doc, bullet));
      ctx.report({
        bullet,
        start: 0,
        end: bullet.text.length,
        severity: shared ? 'hint' : undefined,
        message: shared
          ? 'No number in this bullet; another bullet of this role carries the measured result, which is enough if this one sets the scene.'
          : 'Nothing here is measured: add the number that changed (time, errors, cost, throughput), such as “from 40 s to 6 s” or “38% fewer failed jobs”.',
        suggestions,
      });
    }
  },
};
