import type { MapSegment, TextMap } from './model';

/**
 * Builds a clean text and its {@link TextMap} piece by piece. Parsers call `copy` for source
 * characters kept as they are and `synth` for characters they make up (joining spaces, unescaped
 * characters); `replace` maps a clean run onto a source run of another length (`\%` → `%`).
 */
export class TextBuilder {
  text = '';
  readonly segments: MapSegment[] = [];

  /** Appends `source.slice(start, end)` unchanged. */
  copy(source: string, start: number, end: number): void {
    if (end <= start) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.sourceLength === undefined && last.text + last.length === this.text.length && last.source + last.length === start) {
      last.length += end - start;
    } else {
      this.segments.push({ text: this.text.length, source: start, length: end - start });
    }
    this.text += source.slice(start, end);
  }

  /** Appends text that stands for the source range [start, end) (an escape, a macro). */
  replace(text: string, start: number, end: number): void {
    if (!text) return;
    this.segments.push({ text: this.text.length, source: start, length: text.length, sourceLength: end - start });
    this.text += text;
  }

  /** Appends text with no source of its own (a joining space). */
  synth(text: string): void {
    this.text += text;
  }

  /** The text with leading/trailing white space trimmed, and its map. */
  finish(): { text: string; map: TextMap } {
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    if (lead === 0 && text.length === this.text.length) return { text, map: { segments: this.segments } };
    const segments: MapSegment[] = [];
    for (const s of this.segments) {
      const a = Math.max(s.text, lead);
      const b = Math.min(s.text + s.length, lead + text.length);
      if (b <= a) continue;
      if (s.sourceLength !== undefined) {
        if (a === s.text && b === s.text + s.length) segments.push({ ...s, text: s.text - lead });
        continue;
      }
      segments.push({ text: a - lead, source: s.source + (a - s.text), length: b - a });
    }
    return { text, map: { segments } };
  }
}

/** A map for text copied in one piece from `source` offset `start`. */
export function identityMap(start: number, length: number): TextMap {
  return { segments: [{ text: 0, source: start, length }] };
}

function srcLen(s: MapSegment): number {
  return s.sourceLength ?? s.length;
}

/** Index of the last segment whose text start is <= i, or -1. */
function segmentAt(map: TextMap, i: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // worked out on every step: most bullets are one segment, so the search only ever went right, and the
    // first bullet with markup met `mid - 1` with no type feedback, throwing away the optimised code of
    // every function this is inlined into (turning reports into findings among them) in a warm process
    const left = mid - 1;
    if (segs[mid].text <= i) {
      found = mid;
      lo = mid + 1;
    } else hi = left;
  }
  return found;
}

/** Source offset of the clean-text character at `i` (a range start). */
export function toSourceStart(map: TextMap, i: number): number {
  const segs = map.segments;
  if (segs.length === 0) return 0;
  const k = segmentAt(map, i);
  if (k < 0) return segs[0].source;
  const s = segs[k];
  if (i < s.text + s.length) return s.sourceLength === undefined ? s.source + (i - s.text) : s.source;
  // i is in a synthesised gap (or at the end): the next real character
  const next = segs[k + 1];
  return next ? next.source : s.source + srcLen(s);
}

/** Source offset just after the clean-text character at `i - 1` (a range end). */
export function toSourceEnd(map: TextMap, i: number): number {
  const segs = map.segments;
  if (segs.length === 0) return 0;
  if (i <= 0) return toSourceStart(map, 0);
  const k = segmentAt(map, i - 1);
  if (k < 0) return segs[0].source;
  const s = segs[k];
  if (i - 1 < s.text + s.length) return s.sourceLength === undefined ? s.source + (i - s.text) : s.source + srcLen(s);
  return s.source + srcLen(s);
}
