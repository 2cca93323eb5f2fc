import type { Comment } from './model';
import type { Finding } from './types';

/**
 * Inline control through comments in the file's own syntax:
 *   bulletproof-disable-next-line [ids]   the next line (and the whole bullet that starts on it)
 *   bulletproof-disable-line [ids]        the line the comment is on
 *   bulletproof-disable [ids] … bulletproof-enable [ids]   a region (to the end of file when not enabled again)
 * No ids means every rule. Ids are separated by spaces or commas.
 */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  rules: string[] | null;
  start: number;
  end: number;
}

const DIRECTIVE = /^\s*bulletproof-(disable-next-line|disable-line|disable|enable)\b([^]*)$/;

export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const ids = m[2].split(/--/)[0].split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules: ids.length ? ids : null, start: c.start, end: c.end });
  }
  return out;
}

/** Start offsets of each line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const applies = (d: Directive, ruleId: string) => d.rules === null || d.rules.includes(ruleId);

/**
 * Drops the findings a directive turns off. `bulletStart` gives the start of the bullet a finding
 * belongs to, so a next-line directive covers a wrapped bullet whole.
 */
export function filterByDirectives(text: string, findings: Finding[], directives: readonly Directive[], bulletStart: (f: Finding) => number | undefined): Finding[] {
  if (directives.length === 0) return findings;
  const starts = lineStarts(text);
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);
  const lineRules = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line').map((d) => ({
    d,
    line: lineOf(starts, d.end) + (d.kind === 'disable-next-line' ? 1 : 0),
  }));
  return findings.filter((f) => {
    const fl = lineOf(starts, f.start);
    const bs = bulletStart(f);
    const bl = bs === undefined ? fl : lineOf(starts, bs);
    if (lineRules.some(({ d, line }) => applies(d, f.ruleId) && (line === fl || line === bl))) return false;
    let off = false;
    for (const d of regions) {
      if (d.start > f.start) break;
      if (applies(d, f.ruleId)) off = d.kind === 'disable';
      else if (d.kind === 'enable' && d.rules !== null) continue;
    }
    return !off;
  });
}
