import type { Entry, Span } from '../model';

/**
 * Reads an entry's title line ("Backend Engineer | Acme Corp | Jan 2021 – Present",
 * "**Acme** — Senior Engineer (2019–2022)", "Payments Platform | Go, PostgreSQL, Redis") into its
 * parts. Offsets are relative to `line`; the caller adds the line's source offset.
 */
export interface TitleParts {
  title: string;
  organisation?: string;
  dates?: { text: string; start: number; end: number };
  stack?: string[];
  stackSpan?: Span;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const POINT = `(?:(?:${MONTH}|${SEASON})\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{4}|\\d{4})`;
const END = `(?:${POINT}|present|current|now|today|ongoing)`;
/** A date or date range as written on a resume. Bounded repetition: linear time. */
export const DATE_RANGE = new RegExp(`\\b${POINT}(?:\\s{0,3}(?:-{1,2}|–|—|to|until|→)\\s{0,3}${END})?(?![\\w])|\\b(?:present|current)\\b`, 'i');

const STACK_SEPARATOR = /\s*[,;·•/]\s*/;

/** Technology-ish tokens: a stack list is a comma list of short items, mostly capitalised or known. */
export function looksLikeStack(part: string): string[] | undefined {
  // a loop into a literal, not split().map().filter(): one elements kind for V8 every time
  const items: string[] = [];
  for (const piece of part.split(STACK_SEPARATOR)) {
    const item = piece.trim();
    if (item) items.push(item);
  }
  if (items.length < 2) return undefined;
  if (!items.every((s) => s.length <= 28 && s.split(/\s+/).length <= 3)) return undefined;
  // most items start with a capital, digit or are a known lower-case tech spelling
  const techy = items.filter((s) => /^[A-Z0-9.#+]/.test(s) || /[A-Z]/.test(s.slice(1)) || /\.(js|ts|io|net)$/i.test(s));
  return techy.length >= Math.ceil(items.length * 0.6) ? items : undefined;
}

const SEPARATOR = /\s+[|–—·•@]\s+|\s+-\s+|\s*\|\s*|,\s+(?=[^,]*\d{4})/g;

/**
 * A piece of a title line without the commas and brackets around it: "(Remote)" gives "Remote", while
 * brackets inside stay ("Engineer (Contract)", "Company (GIM)").
 */
function cleanPiece(raw: string): string {
  let t = raw.trim();
  for (;;) {
    const before = t;
    t = t.replace(/^[,\s]+|[,\s]+$/g, '');
    // an opening bracket at the end or a closing one at the start holds nothing
    t = t.replace(/[(\[]$/, '').replace(/^[)\]]/, '');
    const opens = (t.match(/[(\[]/g) ?? []).length;
    const closes = (t.match(/[)\]]/g) ?? []).length;
    if (/^[(\[]/.test(t) && (opens > closes || /^[(\[][^()\[\]]*[)\]]$/.test(t))) t = t.slice(1);
    if (/[)\]]$/.test(t) && (closes > opens || /^[^()\[\]]*[)\]]$/.test(t))) t = t.slice(0, -1);
    if (t === before) return t;
  }
}

export function parseTitleLine(line: string): TitleParts {
  // The date range first, on the whole line ("June 2020 - Present" holds a separator itself);
  // then the rest, with the dates blanked out, split on separators.
  const d = DATE_RANGE.exec(line);
  let masked = line;
  if (d) {
    // the dates go, and the brackets they stand in ("Engineer, Acme (2021 – Present)")
    let from = d.index;
    let to = d.index + d[0].length;
    const a = /[(\[]\s*$/.exec(line.slice(0, from));
    const z = /^\s*[)\]]/.exec(line.slice(to));
    if (a && z) {
      from = a.index;
      to += z[0].length;
    }
    masked = line.slice(0, from) + ' '.repeat(to - from) + line.slice(to);
  }
  const pieces: Array<{ text: string; start: number; end: number }> = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(masked); m; m = SEPARATOR.exec(masked)) {
    if (m[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    pieces.push({ text: line.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  pieces.push({ text: masked.slice(last), start: last, end: line.length });
  const out: TitleParts = { title: '' };
  if (d) out.dates = { text: d[0], start: d.index, end: d.index + d[0].length };
  const rest: Array<{ text: string; start: number; end: number }> = [];
  for (const p of pieces) {
    const lead = p.text.length - p.text.trimStart().length;
    const text = cleanPiece(p.text);
    if (!text) continue;
    const piece = { text, start: p.start + lead, end: p.start + lead + p.text.trim().length };
    const stack = !out.stack && rest.length > 0 ? looksLikeStack(text) : undefined;
    if (stack) {
      out.stack = stack;
      out.stackSpan = { start: piece.start, end: piece.end };
    } else rest.push(piece);
  }
  out.title = rest[0]?.text ?? line.trim();
  if (rest[1]) out.organisation = rest[1].text;
  return out;
}

/** Builds an Entry (bullets filled in later by the parser). */
export function makeEntry(index: number, section: number, line: string, lineStart: number, lineEnd: number): Entry {
  const parts = parseTitleLine(line);
  const e: Entry = { index, section, title: parts.title, titleStart: lineStart, titleEnd: lineEnd, start: lineStart, end: lineEnd, bullets: [] };
  if (parts.organisation) e.organisation = parts.organisation;
  if (parts.dates) e.dates = { text: parts.dates.text, start: lineStart + parts.dates.start, end: lineStart + parts.dates.end };
  if (parts.stack) {
    e.stack = parts.stack;
    e.stackSpan = { start: lineStart + parts.stackSpan!.start, end: lineStart + parts.stackSpan!.end };
  }
  return e;
}

/** Whether a line (not a bullet) carries a date and so is probably an entry's title or sub-title. */
export function hasDate(line: string): boolean {
  return DATE_RANGE.test(line);
}
