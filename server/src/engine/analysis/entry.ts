import type { Bullet, ResumeDoc } from '../model';

/**
 * The bullets that share a role or project with `bullet`, in source order: the entry's bullets, or,
 * for bullets outside any entry, the other entry-less bullets of the same section.
 */
export function siblingsOf(doc: ResumeDoc, bullet: Bullet): Bullet[] {
  // built once per group and document: rules ask for every bullet, and a list rebuilt each time made
  // a long role (or thousands of loose bullets) quadratic. Callers only read the list.
  let groups = siblingCache.get(doc);
  if (!groups) siblingCache.set(doc, (groups = new Map()));
  const key = bullet.entry >= 0 ? `e${bullet.entry}` : `s${bullet.section}`;
  let list = groups.get(key);
  if (!list) {
    // loops into a literal rather than map/filter chains (one elements kind for V8, nothing to recompile)
    list = [];
    if (bullet.entry >= 0) {
      for (const i of doc.entries[bullet.entry].bullets) if (doc.bullets[i].kind === 'bullet') list.push(doc.bullets[i]);
    } else if (bullet.section < 0) {
      for (const b of doc.bullets) if (b.section < 0 && b.entry < 0 && b.kind === 'bullet') list.push(b);
    } else {
      for (const i of doc.sections[bullet.section].bullets) if (doc.bullets[i].entry < 0 && doc.bullets[i].kind === 'bullet') list.push(doc.bullets[i]);
    }
    groups.set(key, list);
  }
  return list;
}
const siblingCache = new WeakMap<ResumeDoc, Map<string, Bullet[]>>();

/** Where a note for the whole bullet goes: its first word (the verb, usually). */
export function leadWord(text: string): { start: number; end: number } {
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/u.exec(text);
  if (!m) return { start: 0, end: text.length };
  let end = m.index + m[0].length;
  while (end > m.index + 1 && text[end - 1] === '.') end--;
  return { start: m.index, end };
}

/** The offset just before a bullet's closing punctuation (where appended text goes). */
export function endInsertion(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s.;,!]/.test(text[end - 1])) end--;
  return end;
}

/** “quoted” words for a message, shortened when long. */
export function quote(words: string): string {
  const w = words.replace(/\s+/g, ' ').trim();
  return `“${w.length > 60 ? `${w.slice(0, 57).trimEnd()}…` : w}”`;
}

/** Joins quoted names: “A”, “B” and “C”. */
export function listOf(items: readonly string[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) out += `${i === 0 ? '' : i === items.length - 1 ? ' and ' : ', '}${quote(items[i])}`;
  return out;
}
