import type { Bullet, Entry, ResumeDoc, Section, SectionKind, TextMap } from '../model';
import { toSourceEnd, toSourceStart } from '../textmap';
import { parseTitleLine } from './entry';
import { classifyHeading, normaliseHeading } from './sections';

/**
 * Shared bookkeeping for the structured-format parsers (LaTeX, JSON Resume, YAML): they find
 * sections, entries and bullets in source order and hand them here, which fills the index lists
 * and closes ranges, so each parser only has to say what it saw.
 */
export class DocAssembler {
  private section = -1;
  private entry = -1;

  constructor(readonly doc: ResumeDoc) {}

  get currentSection(): Section | undefined {
    return this.section >= 0 ? this.doc.sections[this.section] : undefined;
  }

  get currentEntry(): Entry | undefined {
    return this.entry >= 0 ? this.doc.entries[this.entry] : undefined;
  }

  /** Opens a section at `start`; the previous section and entry end there. */
  openSection(kind: SectionKind, title: string, titleStart: number, titleEnd: number, start: number, level = 0): Section {
    this.closeEntry(start);
    this.closeSection(start);
    const s: Section = { index: this.doc.sections.length, kind, title, titleStart, titleEnd, start, end: Math.max(start, titleEnd), level, entries: [], bullets: [] };
    this.doc.sections.push(s);
    this.section = s.index;
    return s;
  }

  closeSection(end: number): void {
    const s = this.currentSection;
    if (s) s.end = Math.max(s.titleEnd, end);
    this.section = -1;
  }

  /** Adds an entry to the current section; the previous entry ends at its start. */
  openEntry(e: Omit<Entry, 'index' | 'section' | 'bullets'>): Entry {
    this.closeEntry(e.start);
    const entry: Entry = { ...e, index: this.doc.entries.length, section: this.section, bullets: [] };
    this.doc.entries.push(entry);
    this.currentSection?.entries.push(entry.index);
    this.entry = entry.index;
    return entry;
  }

  closeEntry(end: number): void {
    const e = this.currentEntry;
    if (e) e.end = Math.max(e.titleEnd, e.end, end);
    this.entry = -1;
  }

  /** Adds a bullet with a finished text and map; empty text is dropped. */
  addBullet(b: { kind: Bullet['kind']; text: string; map: TextMap; depth?: number; lead?: string; pointer?: string; quote?: Bullet['quote'] }): Bullet | undefined {
    if (!b.text || b.map.segments.length === 0) return undefined;
    const start = toSourceStart(b.map, 0);
    const end = Math.max(start, toSourceEnd(b.map, b.text.length));
    const bullet: Bullet = { index: this.doc.bullets.length, kind: b.kind, text: b.text, start, end, map: b.map, section: this.section, entry: this.entry, depth: b.depth ?? 0 };
    if (b.lead) bullet.lead = b.lead;
    if (b.pointer !== undefined) bullet.pointer = b.pointer;
    if (b.quote) bullet.quote = b.quote;
    this.doc.bullets.push(bullet);
    this.currentSection?.bullets.push(bullet.index);
    const e = this.currentEntry;
    if (e) {
      e.bullets.push(bullet.index);
      e.end = Math.max(e.end, end);
    }
    const s = this.currentSection;
    if (s) s.end = Math.max(s.end, end);
    return bullet;
  }

  /** Skills from a clean text (a "Label: a, b, c" line or a plain comma list), mapped to the source. */
  addSkills(text: string, map: TextMap): void {
    const section = this.section;
    for (const line of splitKeep(text, /\n/g)) {
      let from = line.start;
      let body = line.text;
      const colon = /^[^,:]{1,40}:\s/.exec(body);
      if (colon) {
        from += colon[0].length;
        body = body.slice(colon[0].length);
      }
      for (const item of splitKeep(body, /[,;]|\s[|·•]\s/g)) {
        const lead = item.text.length - item.text.trimStart().length;
        const name = item.text.trim();
        if (!name || name.length > 60) continue;
        const a = from + item.start + lead;
        const b = a + name.length;
        this.doc.skills.push({ name, start: toSourceStart(map, a), end: toSourceEnd(map, b), section });
      }
    }
  }

  /** Closes the open section and entry at the end of the text. */
  finish(end: number): ResumeDoc {
    this.closeEntry(end);
    this.closeSection(end);
    return this.doc;
  }
}

/** Pieces of `text` between matches of `sep`, with their offsets. */
export function splitKeep(text: string, sep: RegExp): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let last = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    if (m[0].length === 0) {
      sep.lastIndex++;
      continue;
    }
    out.push({ text: text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), start: last });
  return out;
}

/**
 * An entry from a clean title line ("Gitlytics | Python, Flask") whose characters map to the source
 * through `map`: the title line reader splits it, and the parts are mapped back.
 */
export function titleParts(line: string, map: TextMap): { title: string; organisation?: string; dates?: Entry['dates']; stack?: string[]; stackSpan?: Entry['stackSpan'] } {
  const parts = parseTitleLine(line);
  const out: ReturnType<typeof titleParts> = { title: parts.title };
  if (parts.organisation) out.organisation = parts.organisation;
  if (parts.dates) out.dates = { text: parts.dates.text, start: toSourceStart(map, parts.dates.start), end: toSourceEnd(map, parts.dates.end) };
  if (parts.stack && parts.stackSpan) {
    out.stack = parts.stack;
    out.stackSpan = { start: toSourceStart(map, parts.stackSpan.start), end: toSourceEnd(map, parts.stackSpan.end) };
  }
  return out;
}

/** A one-line problem message from a parser's error text (drops code frames after the first line). */
export function firstLine(message: string): string {
  return message.split(/\r?\n/)[0].trim();
}

/**
 * The section kind of a heading, falling back on a key word for names the synonym table does not
 * list ("Computer skills", "selected_projects"): templates and YAML keys name sections freely.
 */
export function sectionKind(title: string): SectionKind | undefined {
  const known = classifyHeading(title);
  if (known) return known;
  const n = normaliseHeading(title);
  if (/\bskills?\b|\btechnolog/.test(n)) return 'skills';
  if (/\bprojects?\b/.test(n)) return 'projects';
  if (/\b(experience|employment)\b/.test(n)) return 'experience';
  if (/\beducation\b/.test(n)) return 'education';
  if (/\b(summary|profile)\b/.test(n)) return 'summary';
  return undefined;
}

/**
 * Removes clean-text ranges (sorted, not overlapping) from a text and its map: the kept characters
 * keep their source positions. An atomic segment (an escape) touched by a removal goes with it.
 */
export function dropRanges(text: string, map: TextMap, remove: ReadonlyArray<readonly [number, number]>): { text: string; map: TextMap } {
  if (remove.length === 0) return { text, map };
  const kept: Array<[number, number]> = [];
  let at = 0;
  for (const [a, b] of remove) {
    if (a > at) kept.push([at, a]);
    at = Math.max(at, b);
  }
  if (at < text.length) kept.push([at, text.length]);
  const segments: TextMap['segments'] = [];
  let out = '';
  let k = 0;
  for (const [a, b] of kept) {
    const base = out.length - a;
    out += text.slice(a, b);
    while (k < map.segments.length && map.segments[k].text + map.segments[k].length <= a) k++;
    for (let j = k; j < map.segments.length && map.segments[j].text < b; j++) {
      const s = map.segments[j];
      const x = Math.max(a, s.text);
      const y = Math.min(b, s.text + s.length);
      if (y <= x) continue;
      if (s.sourceLength !== undefined) {
        if (x === s.text && y === s.text + s.length) segments.push({ ...s, text: s.text + base });
        continue;
      }
      segments.push({ text: x + base, source: s.source + (x - s.text), length: y - x });
    }
  }
  return { text: out, map: { segments } };
}

const MD_LINK = /\[([^\]\n]{1,200})\]\(([^)\s]{1,500})\)/g;
const MD_STRONG = /\*\*(?=\S)[^*\n]{1,300}?\*\*/g;
const MD_EM = /(?<![*\w])\*(?=[^\s*])[^*\n]{1,300}?\*(?![*\w])/g;
const MD_CODE = /`[^`\n]{1,200}`/g;

/**
 * Inline Markdown that RenderCV renders (`**bold**`, `*italic*`, `` `code` ``, `[text](url)`) reads
 * as its text: markers and link targets are dropped, the words keep their source positions.
 */
export function stripInlineMarkdown(text: string, map: TextMap): { text: string; map: TextMap } {
  if (!/[*`[]/.test(text)) return { text, map };
  const remove: Array<[number, number]> = [];
  for (const m of text.matchAll(MD_LINK)) {
    const i = m.index!;
    remove.push([i, i + 1], [i + 1 + m[1].length, i + m[0].length]);
  }
  for (const re of [MD_STRONG, MD_EM, MD_CODE]) {
    for (const m of text.matchAll(re)) {
      const i = m.index!;
      const w = re === MD_STRONG ? 2 : 1;
      remove.push([i, i + w], [i + m[0].length - w, i + m[0].length]);
    }
  }
  remove.sort((a, b) => a[0] - b[0]);
  // overlapping matches (a star inside a link target) keep the first
  const clean: Array<[number, number]> = [];
  for (const r of remove) if (!clean.length || r[0] >= clean[clean.length - 1][1]) clean.push(r);
  const out = dropRanges(text, map, clean);
  const lead = out.text.length - out.text.trimStart().length;
  const trimmed = out.text.trim();
  if (lead === 0 && trimmed.length === out.text.length) return out;
  // re-trim (a bullet that began with "**"): shift the map by the dropped lead
  return dropRanges(out.text, out.map, [
    ...(lead ? [[0, lead] as const] : []),
    ...(lead + trimmed.length < out.text.length ? [[lead + trimmed.length, out.text.length] as const] : []),
  ]);
}
