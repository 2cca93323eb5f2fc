import { emptyDoc, type Bullet, type Entry, type ResumeDoc, type Section, type SectionKind } from '../model';
import { TextBuilder, toSourceEnd, toSourceStart } from '../textmap';
import { classifyHeading, looksLikeSectionTitle } from './sections';
import { DATE_RANGE, hasDate, looksLikeStack, makeEntry } from './entry';

/**
 * Markdown and plain-text resumes, read line by line.
 *
 * Why not micromark/mdast: a resume uses a small, flat subset of Markdown (headings, lists, bold
 * lead-ins, links), and what the rules need is not the CommonMark tree but a resume model with
 * exact offsets for text that has its markup removed. A line scanner gives both in one pass; the
 * measurements behind this choice are in the README's architecture section (`npm run bench`).
 */

interface Line {
  start: number;
  /** end of the line's content, before the line break */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  if (!text.includes('\r')) {
    // the common case, "\n" only: jump from break to break instead of testing every character
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      lines.push({ start, end: nl, text: text.slice(start, nl) });
      start = nl + 1;
    }
    lines.push({ start, end: text.length, text: text.slice(start) });
    return lines;
  }
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^ {0,3}(#{1,6})[ \t]*$/;
const MARKER = /^([ \t]*)([-*+•·▪◦‣]|\d{1,3}[.)]|:(?=[ \t]))([ \t]+)(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^ {0,3}>[ \t]?/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BOLD_LINE = /^[ \t]*(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$/;
const HTML_TAG = /^<\/?(?:br|b|i|em|strong|span|sup|sub|u|small|div|p|a|img|hr|font|center|kbd|mark)\b[^>\n]{0,200}>/i;
/** CommonMark: any ASCII punctuation can be escaped with a backslash. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** 1 for the characters that can start inline markup handled below (backslash < ` * _ ! [): a table look-up per character. */
const INLINE_MARK = new Uint8Array(128);
for (const c of '\\<`*_![') INLINE_MARK[c.charCodeAt(0)] = 1;

/** Appends the inline content of source[start, end) to the builder with Markdown markup removed. */
function appendInline(b: TextBuilder, src: string, start: number, end: number, comments: ResumeDoc['comments']): void {
  let i = start;
  let run = start;
  const flush = (to: number) => {
    b.copy(src, run, to);
  };
  while (i < end) {
    // most characters are plain text: only these start markup handled below (\ < ` * _ ! [)
    const code = src.charCodeAt(i);
    if (code >= 128 || INLINE_MARK[code] === 0) {
      i++;
      continue;
    }
    const c = src[i];
    if (c === '\\' && i + 1 < end && ESCAPABLE.test(src[i + 1])) {
      flush(i);
      b.replace(src[i + 1], i, i + 2);
      i += 2;
      run = i;
      continue;
    }
    if (c === '<') {
      if (src.startsWith('<!--', i)) {
        const close = src.indexOf('-->', i + 4);
        const stop = close < 0 || close + 3 > end ? end : close + 3;
        flush(i);
        comments.push({ text: src.slice(i + 4, close < 0 ? end : Math.min(close, end)), start: i, end: stop });
        i = stop;
        run = i;
        continue;
      }
      const tag = HTML_TAG.exec(src.slice(i, Math.min(end, i + 220)));
      if (tag) {
        flush(i);
        i += tag[0].length;
        run = i;
        continue;
      }
      const auto = /^<(https?:\/\/|mailto:)[^>\s]{1,300}>/.exec(src.slice(i, Math.min(end, i + 320)));
      if (auto) {
        flush(i);
        b.copy(src, i + 1, i + auto[0].length - 1);
        i += auto[0].length;
        run = i;
        continue;
      }
    }
    if (c === '`') {
      // drop the backticks of a code span, keep its content
      let n = 1;
      while (src[i + n] === '`') n++;
      flush(i);
      i += n;
      run = i;
      continue;
    }
    if (c === '*' || (c === '_' && !/[\p{L}\p{N}]/u.test(src[i - 1] ?? '') ) || (c === '_' && !/[\p{L}\p{N}]/u.test(src[i + 1] ?? ''))) {
      // emphasis delimiters: a run of * (or _ at a word edge) next to a non-space on one side
      let n = 1;
      while (src[i + n] === c && n < 3) n++;
      const before = src[i - 1] ?? ' ';
      const after = src[i + n] ?? ' ';
      const isDelimiter = !(/\s/.test(before) && /\s/.test(after)) && (i === start || i + n === end || !/\s/.test(after) || !/\s/.test(before));
      if (isDelimiter) {
        flush(i);
        i += n;
        run = i;
        continue;
      }
    }
    if (c === '!' && src[i + 1] === '[') {
      flush(i);
      i += 1;
      run = i;
      continue;
    }
    if (c === '[') {
      // [text](url) → text ; a bracket not followed by "(" stays (it may be a placeholder)
      const close = src.indexOf(']', i + 1);
      if (close > 0 && close < end && src[close + 1] === '(') {
        const paren = src.indexOf(')', close + 2);
        if (paren > 0 && paren < end && paren - close < 400) {
          flush(i);
          appendInline(b, src, i + 1, close, comments);
          i = paren + 1;
          run = i;
          continue;
        }
      }
    }
    i++;
  }
  flush(end);
}

/** Trailing hard breaks (two spaces or a backslash) and spaces are not content. */
function contentEnd(src: string, start: number, end: number): number {
  let e = end;
  while (e > start && (src[e - 1] === ' ' || src[e - 1] === '\t')) e--;
  if (e > start && src[e - 1] === '\\' && src[e - 2] !== '\\') e--;
  while (e > start && (src[e - 1] === ' ' || src[e - 1] === '\t')) e--;
  return e;
}

function isAllCapsTitle(s: string): boolean {
  const t = s.trim().replace(/:$/, '');
  if (t.length < 3 || t.length > 40) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\d/.test(t) && t.split(/\s+/).length <= 5;
}

export function parseMarkdown(text: string, format: 'markdown' | 'text'): ResumeDoc {
  const doc = emptyDoc(format, text);
  const lines = splitLines(text);
  const { sections, entries, bullets, skills, comments } = doc;

  let section = -1;
  let entry = -1;
  /** the entry whose title lines are still being read (no bullet yet) */
  let entryOpen = false;
  /** heading level of the current entry's title (0 when not a heading) */
  let curEntryLevel = 0;
  let pending: { b: TextBuilder; start: number; end: number; indent: number; contentIndent: number; depth: number; kind: Bullet['kind']; lead?: string } | null = null;
  const indentStack: number[] = [];

  const sectionKind = (): SectionKind | undefined => (section >= 0 ? sections[section].kind : undefined);

  const closeSection = (at: number) => {
    if (section >= 0) sections[section].end = Math.max(sections[section].titleEnd, at);
  };

  const openSection = (kind: SectionKind, title: string, titleStart: number, titleEnd: number, level: number) => {
    flush();
    closeSection(titleStart);
    section = sections.length;
    const s: Section = { index: section, kind, title: title.trim(), titleStart, titleEnd, start: titleStart, end: titleEnd, level, entries: [], bullets: [] };
    sections.push(s);
    entry = -1;
    entryOpen = false;
    indentStack.length = 0;
  };

  const openEntry = (lineText: string, lineStart: number, lineEnd: number, level = 0) => {
    flush();
    curEntryLevel = level;
    if (section < 0) openSection('experience', '', lineStart, lineStart, 0);
    const e: Entry = makeEntry(entries.length, section, lineText, lineStart, lineEnd);
    e.title = stripMarks(e.title);
    if (e.organisation) e.organisation = stripMarks(e.organisation);
    entry = e.index;
    entries.push(e);
    sections[section].entries.push(e.index);
    entryOpen = true;
    indentStack.length = 0;
  };

  /** A line right under an entry title ("Acme Corp — Jan 2020 – Present") adds to the title. */
  const extendEntry = (lineText: string, lineStart: number, lineEnd: number) => {
    const e = entries[entry];
    const stack = e.stack || hasDate(lineText) ? undefined : stripMarks(lineText).split(/\s*\|\s*/).map((p) => looksLikeStack(p.replace(/^(stack|tech|technologies|tools)\s*:\s*/i, ''))).find(Boolean);
    if (stack) {
      e.stack = stack;
      e.stackSpan = { start: lineStart, end: lineEnd };
      e.titleEnd = lineEnd;
      e.end = Math.max(e.end, lineEnd);
      return;
    }
    const more = makeEntry(0, e.section, lineText, lineStart, lineEnd);
    if (!e.dates && more.dates) e.dates = more.dates;
    if (!e.organisation) e.organisation = stripMarks(more.dates && more.title === lineText.trim() ? lineText.replace(more.dates.text, '').replace(/[|,–—-]\s*$/, '').trim() : more.title);
    if (!e.stack && more.stack) {
      e.stack = more.stack;
      e.stackSpan = more.stackSpan;
    }
    e.titleEnd = lineEnd;
    e.end = Math.max(e.end, lineEnd);
  };

  function flush() {
    if (!pending) return;
    const { text: clean, map } = pending.b.finish();
    if (clean) {
      const bullet: Bullet = { index: bullets.length, kind: pending.kind, text: clean, start: pending.start, end: pending.end, map, section, entry, depth: pending.depth };
      if (pending.lead) bullet.lead = pending.lead;
      bullets.push(bullet);
      if (section >= 0) {
        sections[section].bullets.push(bullet.index);
        sections[section].end = Math.max(sections[section].end, bullet.end);
      }
      if (entry >= 0) {
        entries[entry].bullets.push(bullet.index);
        entries[entry].end = Math.max(entries[entry].end, bullet.end);
      }
      if (sectionKind() === 'skills') addSkills(clean, map);
    }
    pending = null;
  }

  /** Skill keywords of a Skills line: "Languages: Go, Python" → Go, Python (with source offsets). */
  function addSkills(clean: string, map: Bullet['map']) {
    const colon = clean.indexOf(':');
    const from = colon > 0 && colon < 40 ? colon + 1 : 0;
    const re = /[^,;|•·]+/g;
    re.lastIndex = from;
    for (let m = re.exec(clean); m; m = re.exec(clean)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const name = raw.trim().replace(/\.$/, '');
      if (!name || name.length > 40) continue;
      const a = m.index + lead;
      const segStart = toSourceStart(map, a);
      const segEnd = toSourceEnd(map, a + name.length);
      skills.push({ name, start: segStart, end: segEnd, section });
    }
  }

  const startBullet = (line: Line, m: RegExpExecArray, kind: Bullet['kind']) => {
    flush();
    const indent = m[1].replace(/\t/g, '    ').length;
    while (indentStack.length && indentStack[indentStack.length - 1] >= indent) indentStack.pop();
    const depth = indentStack.length;
    indentStack.push(indent);
    const cs = line.start + m[0].length;
    const ce = contentEnd(text, cs, line.end);
    const b = new TextBuilder();
    appendInline(b, text, cs, ce, comments);
    pending = { b, start: cs, end: ce, indent, contentIndent: m[0].length, depth, kind };
    const lead = /^(\*\*|__)([^*_\n]{1,80}?):?\1\s*[:–—-]/.exec(text.slice(cs, ce));
    if (lead) pending.lead = lead[2].trim();
    entryOpen = false;
  };

  const continueBlock = (line: Line) => {
    const p = pending!;
    const lead = line.text.length - line.text.trimStart().length;
    const cs = line.start + lead;
    const ce = contentEnd(text, cs, line.end);
    if (ce <= cs) return;
    p.b.synth(' ');
    appendInline(p.b, text, cs, ce, comments);
    p.end = ce;
  };

  let fence: string | null = null;
  let i = 0;
  // YAML front matter (Markdown only)
  const fm = lines.length > 1 && format === 'markdown' ? /^(---|\+\+\+)\s*$/.exec(lines[0].text) : null;
  if (fm) {
    for (let j = 1; j < lines.length; j++) {
      if ((fm[1] === '---' ? /^(---|\.\.\.)\s*$/ : /^\+\+\+\s*$/).test(lines[j].text)) {
        i = j + 1;
        break;
      }
    }
  }

  for (; i < lines.length; i++) {
    let line = lines[i];
    const q = format === 'markdown' ? QUOTE.exec(line.text) : null;
    if (q) line = { start: line.start + q[0].length, end: line.end, text: line.text.slice(q[0].length) };
    const t = line.text;

    if (fence) {
      if (t.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const f = format === 'markdown' ? FENCE.exec(t) : null;
    if (f) {
      flush();
      fence = f[1];
      continue;
    }
    // a block comment (possibly several lines)
    const trimmed = t.trimStart();
    if (trimmed.startsWith('<!--')) {
      const from = line.start + (t.length - trimmed.length);
      const close = text.indexOf('-->', from + 4);
      const stop = close < 0 ? text.length : close + 3;
      const afterClose = text.slice(stop, text.indexOf('\n', stop) < 0 ? text.length : text.indexOf('\n', stop)).trim();
      if (afterClose === '') {
        flush();
        comments.push({ text: text.slice(from + 4, close < 0 ? text.length : close), start: from, end: stop });
        while (i + 1 < lines.length && lines[i + 1].start < stop) i++;
        continue;
      }
    }
    if (format === 'text' && /^\s*#/.test(t)) {
      const body = t.replace(/^\s*#+\s*/, '');
      if (!classifyHeading(body)) {
        flush();
        comments.push({ text: t.slice(t.indexOf('#') + 1), start: line.start + t.indexOf('#'), end: line.end });
        continue;
      }
    }
    if (trimmed === '') {
      flush();
      continue;
    }

    const atx = ATX.exec(t);
    if (atx) {
      const level = (atx[1] ?? atx[3]).length;
      const raw = atx[2] ?? '';
      const rawStart = line.start + (raw ? t.indexOf(raw, t.indexOf('#') + level) : t.length);
      const title = stripMarks(raw);
      const kind = classifyHeading(title);
      const cur = section >= 0 ? sections[section] : undefined;
      const end = rawStart + raw.length;
      const curEntry = entry >= 0 ? entries[entry] : undefined;
      const primary = kind !== undefined && kind !== 'other';
      if (!cur) {
        if (kind) openSection(kind, title, rawStart, end, level);
        else if (level === 1 || !hasDate(title)) openSection('header', title, rawStart, end, level);
        else openEntry(raw, rawStart, end, level);
      } else if (cur.kind === 'header') {
        // sub-titles under the name belong to the header; a dated heading starts the experience
        if (kind) openSection(kind, title, rawStart, end, level);
        else if (hasDate(title)) openEntry(raw, rawStart, end, level);
      } else if (level > cur.level && !(primary && kind !== cur.kind && level <= cur.level + 1 && !curEntry)) {
        // a heading nested in a section: an entry, or a sub-heading of the current entry
        if (curEntry && curEntryLevel > 0 && level > curEntryLevel) {
          if (!curEntry.dates && hasDate(title) && stripDates(title) === '') extendEntry(raw, rawStart, end);
        } else if (primary && kind !== cur.kind && cur.kind !== 'skills') openSection(kind, title, rawStart, end, level);
        else openEntry(raw, rawStart, end, level);
      } else if (kind) openSection(kind, title, rawStart, end, level);
      else if (looksLikeSectionTitle(title) && !hasDate(title)) openSection('other', title, rawStart, end, level);
      else openEntry(raw, rawStart, end, level);
      continue;
    }
    if (THEMATIC.test(t) && !(pending && SETEXT.test(t))) {
      flush();
      continue;
    }
    // setext heading: this line underlined by === or ---
    const next = lines[i + 1];
    if (format === 'markdown' && next && SETEXT.test(next.text) && !MARKER.test(t) && !pending) {
      const lead = t.length - trimmed.length;
      const raw = t.trim();
      const title = stripMarks(raw);
      const inEntries = sectionKind() === 'experience' || sectionKind() === 'projects' || sectionKind() === 'education';
      const kind = classifyHeading(title) ?? (section < 0 && next.text.includes('=') ? 'header' : inEntries && !looksLikeSectionTitle(title) ? undefined : 'other');
      if (kind) openSection(kind, title, line.start + lead, line.start + lead + raw.length, next.text.includes('=') ? 1 : 2);
      else openEntry(raw, line.start + lead, line.start + lead + raw.length);
      i++;
      continue;
    }

    const marker = MARKER.exec(t);
    if (marker && !(marker[2] === '*' && /^\s*\*\*/.test(t) && !/^\s*\*\s/.test(t))) {
      const kind = sectionKind();
      if (kind === 'summary') startBullet(line, marker, 'prose');
      else startBullet(line, marker, 'bullet');
      continue;
    }
    if (t.trimStart().startsWith('|')) {
      flush();
      continue;
    }

    // a line of its own: continuation, heading-like line, entry title, or prose
    const boldLine = BOLD_LINE.exec(t);
    const plain = stripMarks(t.trim()).replace(/:$/, '');
    const asSection = classifyHeading(plain);
    const lineIndent = t.length - trimmed.length;
    if (pending && pending.kind === 'prose' && sectionKind() === 'skills') flush();
    if (pending && (pending.kind === 'prose' || lineIndent >= 1 || !(asSection || boldLine || (format === 'text' && isAllCapsTitle(t))))) {
      if (pending.kind === 'bullet' && !boldLine && !asSection && hasDate(t) && /[|–—]/.test(t) && lineIndent < pending.contentIndent) {
        // an unindented dated title line right after a bullet starts a new entry
      } else {
        continueBlock(line);
        continue;
      }
    }
    const lead = lineIndent;
    const cs = line.start + lead;
    const ce = contentEnd(text, cs, line.end);
    const skillLabel = sectionKind() === 'skills' && (asSection === 'other' || asSection === 'skills');
    if (asSection && !skillLabel && (boldLine || plain.split(/\s+/).length <= 4) && (boldLine || format === 'text' || isAllCapsTitle(t) || plain === t.trim() || /:$/.test(t.trim()))) {
      openSection(asSection, plain, cs, ce, 0);
      continue;
    }
    if (format === 'text' && isAllCapsTitle(t)) {
      openSection(asSection ?? 'other', plain, cs, ce, 0);
      continue;
    }
    const kind = sectionKind();
    const entrySection = kind === 'experience' || kind === 'projects' || kind === 'education' || (kind === undefined && section < 0);
    if (entryOpen && entry >= 0 && !boldLine && (hasDate(t) || (ce - cs < 60 && !/[.:!?]$/.test(t.trim())))) {
      extendEntry(text.slice(cs, ce), cs, ce);
      continue;
    }
    const nextNonBlank = lines.slice(i + 1, i + 4).find((l) => l.text.trim() !== '');
    const after = lines.slice(i + 1, i + 6).filter((l) => l.text.trim() !== '');
    // the title's second line may carry the dates ("Acme Corp" / "June 2020 - Present" / bullets)
    const followedByBullet = !!nextNonBlank && (MARKER.test(nextNonBlank.text) || (hasDate(nextNonBlank.text) && nextNonBlank.text.length < 90 && !!after[1] && MARKER.test(after[1].text)));
    if (kind !== 'summary' && kind !== 'skills' && kind !== 'header' && (boldLine || hasDate(t) || (entrySection && followedByBullet && plain.length < 120)) && section >= 0) {
      if (entrySection || boldLine || hasDate(t)) {
        openEntry(text.slice(cs, ce), cs, ce);
        continue;
      }
    }
    // prose: a summary paragraph, a skills line, or text under an entry
    flush();
    const b = new TextBuilder();
    appendInline(b, text, cs, ce, comments);
    pending = { b, start: cs, end: ce, indent: lead, contentIndent: lead, depth: 0, kind: 'prose' };
  }
  flush();
  closeSection(text.length);
  for (const s of sections) if (s.index === sections.length - 1) s.end = text.length;
  for (let k = 0; k < sections.length - 1; k++) sections[k].end = sections[k + 1].start;
  return doc;
}

function stripDates(s: string): string {
  return s.replace(DATE_RANGE, '').replace(/[\s,|()–—-]+/g, '');
}

/** Characters every pattern of {@link stripMarks} needs: without any of them only the trim applies. */
const MARKUP_CHAR = /[<{[*_`\\]/;

function stripMarks(s: string): string {
  if (!MARKUP_CHAR.test(s)) return s.trim();
  return s
    .replace(/<\/?[A-Za-z][^>]{0,200}>/g, '')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}
