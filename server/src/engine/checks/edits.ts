import type { Bullet } from '../model';
import type { Edit } from '../types';
import { isCorrectTechSpelling } from '../data/tech-names';

// Module constants, not literals in the function: the bundle (target node18) turns a `\p{..}` literal into
// `new RegExp(...)` where it stands, which made a new regex object per call in hot loops.
const HAS_UPPER = /\p{Lu}/u;

/**
 * True when [start, end) of the clean text is one unbroken run of source: every character comes from
 * the source and the pieces sit side by side there. Escapes inside are fine (LaTeX `c\#` is the clean
 * `c#`); markup or a line break skipped inside (`**Successfully** shipped`) is not, because an edit
 * over the range would delete it too.
 */
export function isContiguous(bullet: Bullet, start: number, end: number): boolean {
  if (end <= start) return true;
  let covered = start;
  let sourceEnd = -1;
  for (const seg of bullet.map.segments) {
    const a = Math.max(seg.text, start);
    const z = Math.min(seg.text + seg.length, end);
    if (z <= a) continue;
    if (a !== covered) return false; // a synthesised character (a joining space) inside
    const from = seg.sourceLength === undefined ? seg.source + (a - seg.text) : seg.source;
    if (sourceEnd >= 0 && from !== sourceEnd) return false; // source skipped between two pieces
    sourceEnd = seg.sourceLength === undefined ? seg.source + (z - seg.text) : seg.source + seg.sourceLength;
    covered = z;
  }
  return covered === end;
}

const SPACE = /[ \t\u00a0]/;

/** Whether `i` begins a sentence: the bullet start (symbols such as an emoji aside), or after `.`, `!`, `?`, `:` or `;` and spaces. */
export function atSentenceStart(text: string, i: number): boolean {
  // looks back from i, never scans the whole bullet: a bullet full of matches stays linear
  let j = i;
  while (j > 0 && /\s/.test(text[j - 1])) j--;
  if (j === 0 || '.!?:;'.includes(text[j - 1])) return true;
  // only symbols before it ("✅ Helped...", "→ Cut..."): still the start
  for (let k = j - 1; k >= 0; k--) if (text[k] === ',' || LETTER_OR_DIGIT.test(text[k])) return false;
  return true;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The word at a position (sticky: reads from lastIndex without copying the rest of the text). */
const WORD_AT = /[\p{L}][\p{L}\p{N}.+#]*/uy;

/**
 * Edits that delete the words at [start, end) of a bullet's clean text with exactly one adjacent space
 * (the following one, else the preceding one), and capitalise the next word when the deleted words
 * began a sentence with a capital ("Successfully migrated" → "Migrated"). Undefined when the range
 * crosses markup, where a plain deletion could break the file; then the finding has no fix.
 */
export function removalEdits(bullet: Bullet, start: number, end: number): Edit[] | undefined {
  const text = bullet.text;
  let a = start;
  let b = end;
  const sentenceStart = atSentenceStart(text, start);
  // "Passionate, detail-oriented engineer": at a sentence start the list comma goes with the word
  if (sentenceStart && text[b] === ',' && SPACE.test(text[b + 1] ?? '')) b += 2;
  else if (SPACE.test(text[b] ?? '')) b++;
  else if (a > 0 && SPACE.test(text[a - 1])) a--;
  if (!isContiguous(bullet, a, b)) return undefined;
  const edits: Edit[] = [{ start: a, end: b, newText: '' }];
  const first = text[start];
  if (a === start && first !== first.toLowerCase() && sentenceStart) {
    WORD_AT.lastIndex = b;
    const next = WORD_AT.exec(text);
    // leave "iOS" and "npm" as they are: their lower-case first letter is the correct spelling
    if (next && !HAS_UPPER.test(next[0]) && !isCorrectTechSpelling(next[0]) && isContiguous(bullet, b, b + 1)) {
      edits.push({ start: b, end: b + 1, newText: next[0][0].toUpperCase() });
    }
  }
  return edits;
}

/** Edits that replace [start, end) with `newText`, or undefined when the range crosses markup. */
export function replaceEdits(bullet: Bullet, start: number, end: number, newText: string): Edit[] | undefined {
  return isContiguous(bullet, start, end) ? [{ start, end, newText }] : undefined;
}
