import type { Bullet } from '../model';
import type { Rule, RuleContext } from '../types';
import { memoTable } from '../memo';
import { AREA_WORDS, TARGETS, phraseMatcher, wordsOf, type WorkArea } from '../data/role-signals';

const AREAS = Object.keys(AREA_WORDS) as WorkArea[];
let match: ((w: readonly string[]) => string[]) | undefined;
let areaOf: Map<string, WorkArea> | undefined;

const cache = memoTable<Record<WorkArea, string[]>>();

/** The signal words of each area found in a bullet: one pass over its words for all areas (cached by text). */
function signals(text: string): Record<WorkArea, string[]> {
  const hit = cache.get(text);
  if (hit) return hit;
  if (!match || !areaOf) {
    areaOf = new Map();
    for (const a of AREAS) for (const p of AREA_WORDS[a]) if (!areaOf.has(wordsOf(p).join(' '))) areaOf.set(wordsOf(p).join(' '), a);
    match = phraseMatcher([...areaOf.keys()]);
  }
  const out: Record<WorkArea, string[]> = { frontend: [], backend: [], data: [], platform: [] };
  for (const phrase of match(wordsOf(text))) out[areaOf.get(phrase)!].push(phrase);
  cache.set(text, out);
  return out;
}

type Side = 'on' | 'off' | 'frontend' | 'rest';

interface Read {
  bullet: Bullet;
  /** which side the bullet's work leans to, if it leans clearly */
  side?: Side;
  words: string[];
}

const list = (words: string[]) => [...new Set(words)].slice(0, 3).map((w) => `“${w}”`).join(', ');

export const offTarget: Rule = {
  meta: {
    id: 'off-target',
    description: 'An entry, or the whole resume, mostly about work outside the target role (front-end work on a backend resume, and so on).',
    defaultSeverity: 'info',
    category: 'structure',
    fixable: false,
    examples: {
      weak: '- Rebuilt the settings page components in React with a new CSS grid layout.\n- Added animations to the onboarding modal.',
      strong: '- Split the settings API into a cached read path, cutting p95 from 420ms to 90ms.\n- Added idempotency keys to the onboarding webhooks.',
    },
  },
  check(ctx) {
    const role = ctx.config.targetRole;
    if (role === 'general') return;
    // a literal filled by push, not map(): one elements kind every lint, so V8 keeps its optimised code
    const reads: Read[] = [];
    for (const bullet of ctx.bullets) reads.push(readOf(bullet));
    function readOf(bullet: Bullet): Read {
      const s = signals(bullet.text);
      if (role === 'fullstack') {
        const front = s.frontend.length;
        const rest = s.backend.length + s.data.length + s.platform.length;
        return { bullet, side: front > rest ? 'frontend' : rest > front ? 'rest' : undefined, words: [] };
      }
      const t = TARGETS[role];
      // plain loops: flatMap here was the rule's hottest line in the bench profile (V8's generic path)
      let on = 0;
      for (const a of t.on) on += s[a].length;
      const off: string[] = [];
      for (const a of t.off) for (const w of s[a]) off.push(w);
      return { bullet, side: off.length > on ? 'off' : on > off.length ? 'on' : undefined, words: off };
    }

    if (role === 'fullstack') {
      const front = reads.filter((r) => r.side === 'frontend').length;
      const rest = reads.filter((r) => r.side === 'rest').length;
      if (front + rest < 4 || (front > 0 && rest > 0)) return;
      const at = anchor(ctx);
      if (!at) return;
      ctx.report({
        ...at,
        message: `Every bullet here reads as ${front ? 'front-end' : 'server-side'} work: for full-stack roles, show at least one bullet from the ${front ? 'server, data or infrastructure' : 'interface'} side too.`,
      });
      return;
    }

    const t = TARGETS[role];
    let offTotal = 0;
    let onTotal = 0;
    const byEntry = new Map<number, Read[]>();
    for (const r of reads) {
      if (r.bullet.entry < 0) continue;
      const list = byEntry.get(r.bullet.entry);
      if (list) list.push(r);
      else byEntry.set(r.bullet.entry, [r]);
    }
    for (const [index, mine] of byEntry) {
      const entry = ctx.doc.entries[index];
      const off = mine.filter((r) => r.side === 'off');
      const on = mine.filter((r) => r.side === 'on').length;
      offTotal += off.length;
      onTotal += on;
      if (off.length >= 2 && off.length > on && off.length * 2 > mine.length)
        ctx.report({
          start: entry.titleStart,
          end: entry.titleEnd,
          message: `Most bullets of “${entry.title}” are ${t.offLabel}, with words like ${list(off.flatMap((r) => r.words))}: for ${t.label} roles, lead with ${t.wants}.`,
          related: off.map((r) => ({ start: r.bullet.start, end: r.bullet.end, message: `reads as ${t.offLabel.replace(/ \(.*\)$/, '')}` })),
          data: { entry: entry.index },
        });
    }
    // bullets outside any entry count for the resume as a whole
    for (const r of reads) {
      if (r.bullet.entry >= 0) continue;
      if (r.side === 'off') offTotal++;
      else if (r.side === 'on') onTotal++;
    }
    if (offTotal >= 3 && offTotal > onTotal) {
      const at = anchor(ctx);
      if (at)
        ctx.report({
          ...at,
          message: `Most of this resume is ${t.offLabel} (${offTotal} bullets against ${onTotal}): for ${t.label} roles, move ${t.wants} to the top, or set "targetRole" to the role you want.`,
        });
    }
  },
};

/** Where a whole-resume finding goes: the Experience heading, else the first section with bullets. */
function anchor(ctx: RuleContext): { start: number; end: number } | undefined {
  const s = ctx.doc.sections.find((x) => x.kind === 'experience') ?? ctx.doc.sections.find((x) => x.kind === 'projects');
  if (s) return { start: s.titleStart, end: s.titleEnd };
  const b = ctx.bullets[0];
  return b ? { start: b.start, end: b.end } : undefined;
}
