// Builds resume models by hand for the proof-rule tests, and runs one rule over them the way the
// engine does (severity from the rule's default, offsets relative to the bullet text).
import { emptyDoc, type Bullet, type ResumeDoc } from '../../server/src/engine/model';
import { identityMap } from '../../server/src/engine/textmap';
import { analyseBullet, type ProofCard } from '../../server/src/engine/proof';
import { resolveConfig } from '../../server/src/engine/config';
import { RULES } from '../../server/src/engine/registry';
import type { Report, Rule, RuleContext, Severity } from '../../server/src/engine/types';

/** One experience section; each inner list is an entry (a role) with its bullets. */
export function docOf(entries: string[][], sectionKind: 'experience' | 'projects' = 'experience'): ResumeDoc {
  let text = '## Experience\n\n';
  const doc = emptyDoc('markdown', '');
  doc.sections.push({ index: 0, kind: sectionKind, title: 'Experience', titleStart: 3, titleEnd: 13, start: 0, end: 0, level: 2, entries: [], bullets: [] });
  entries.forEach((bullets, e) => {
    const title = `### Engineer | Company ${e + 1} | 2020 – 2022`;
    const titleStart = text.length + 4;
    text += `${title}\n\n`;
    doc.entries.push({ index: e, section: 0, title: 'Engineer', titleStart, titleEnd: titleStart + title.length - 4, start: titleStart, end: 0, bullets: [] });
    doc.sections[0].entries.push(e);
    for (const b of bullets) {
      const start = text.length + 2;
      text += `- ${b}\n`;
      const bullet: Bullet = { index: doc.bullets.length, kind: 'bullet', text: b, start, end: start + b.length, map: identityMap(start, b.length), section: 0, entry: e, depth: 0 };
      doc.bullets.push(bullet);
      doc.entries[e].bullets.push(bullet.index);
      doc.sections[0].bullets.push(bullet.index);
    }
    doc.entries[e].end = text.length;
    text += '\n';
  });
  doc.text = text;
  doc.sections[0].end = text.length;
  return doc;
}

export interface Got {
  bullet: number;
  severity: Severity;
  message: string;
  /** the reported words */
  words: string;
  report: Report;
}

/** Runs one rule over a hand-built doc. */
export function runRule(rule: Rule, doc: ResumeDoc, options: Record<string, unknown> = {}): Got[] {
  const { config } = resolveConfig(undefined, RULES.map((r) => r.meta));
  const cards: ProofCard[] = [];
  const got: Got[] = [];
  const ctx: RuleContext = {
    doc,
    format: doc.format,
    config,
    options: { ...config.options[rule.meta.id], ...options },
    bullets: doc.bullets,
    proof: (b) => (cards[b.index] ??= analyseBullet(b, doc)),
    entryOf: (b) => (b.entry >= 0 ? doc.entries[b.entry] : undefined),
    report(r) {
      const b = r.bullet!;
      const rank = { hint: 0, info: 1, warning: 2, error: 3 } as const;
      const sev = r.severity && rank[r.severity] < rank[rule.meta.defaultSeverity] ? r.severity : rule.meta.defaultSeverity;
      got.push({ bullet: b.index, severity: sev, message: r.message, words: b.text.slice(r.start, r.end), report: r });
    },
  };
  rule.check(ctx);
  return got;
}

/** Whether the rule reports a warning (or stronger) on a bullet standing alone in its role. */
export function firesAlone(rule: Rule, bullet: string): boolean {
  return runRule(rule, docOf([[bullet]])).some((g) => g.severity === 'warning' || g.severity === 'error');
}
