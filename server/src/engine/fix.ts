import type { Edit, Finding } from './types';

/**
 * Applies non-overlapping edits to a text. Edits are sorted by position; an edit that overlaps one
 * already taken is skipped and returned in `skipped` (a later pass can apply it to the new text).
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: Edit[]; skipped: Edit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      skipped.push(e);
      continue;
    }
    out += text.slice(pos, e.start) + (e.snippet ? e.plainText ?? e.newText : e.newText);
    pos = e.end;
    applied.push(e);
  }
  return { text: out + text.slice(pos), applied, skipped };
}

/**
 * The safe fixes of a set of findings, one finding's edits kept together. `edits` are the edits
 * taken (source offsets of the input text), so an editor can apply them one by one.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: number; edits: Edit[] } {
  const taken: Edit[] = [];
  let fixed = 0;
  for (const f of [...findings].filter((f) => f.fix?.length).sort((a, b) => a.start - b.start)) {
    const edits = f.fix!;
    const clash = edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)));
    if (clash) continue;
    taken.push(...edits);
    fixed++;
  }
  return { text: applyEdits(text, taken).text, fixed, edits: taken };
}
