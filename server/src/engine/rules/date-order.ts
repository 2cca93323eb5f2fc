import type { Entry, ResumeDoc } from '../model';
import type { Rule } from '../types';

/** A point in time read from a resume date: months since year 0, or `present`. */
export interface DatePoint {
  /** year * 12 + month (0-based); for `present`, Infinity */
  value: number;
  present: boolean;
  /** only a year was written ("2020") */
  yearOnly: boolean;
}

/** An entry's dates, read. `problem` quotes the part that could not be read. */
export interface ParsedDates {
  start?: DatePoint;
  end?: DatePoint;
  problem?: string;
  /** the text names an end ("Present") but no start before it */
  missingStart?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
  spring: 3, summer: 6, fall: 9, autumn: 9, winter: 0,
};

// One alternation tried left to right at each position, each branch a bounded run: linear time.
const POINT =
  /(\d{4})-(\d{1,2})-\d{1,2}(?!\d)|(\d{4})[-/.](\d{1,2})(?!\d)|(\d{1,2})[-/.](\d{4})(?!\d)|\b(jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec|spring|summer|fall|autumn|winter)[a-z]{0,6}\.?,?\s{1,3}(\d{4})(?!\d)|\b(\d{4})(?!\d)|\b(present|current|now|today|ongoing)\b/gi;

/** The formats the date reader understands, for messages. */
export const DATE_FORMATS = '“Jan 2020”, “2020-01”, “01/2020”, “2020” or “Present”';

/**
 * Reads "Jan 2020 – Present", "2019-03 – 2021-12", "01/2020 - 06/2021", "2018 – 2020" or one date
 * ("2021"). The first point is the start, the second the end; a year alone starts in January and ends
 * in December. A month outside 1–12, or a start that is missing or unreadable, is a problem.
 */
export function parseDates(text: string): ParsedDates {
  const points: DatePoint[] = [];
  const out: ParsedDates = {};
  let rest = '';
  let last = 0;
  POINT.lastIndex = 0;
  for (let m = POINT.exec(text); m; m = POINT.exec(text)) {
    rest += text.slice(last, m.index);
    last = m.index + m[0].length;
    const end = points.length > 0;
    let p: DatePoint | undefined;
    if (m[10]) p = { value: Infinity, present: true, yearOnly: false };
    else if (m[9]) p = { value: +m[9] * 12 + (end ? 11 : 0), present: false, yearOnly: true };
    else {
      const year = +(m[1] ?? m[3] ?? m[6] ?? m[8]);
      const month = m[7] ? MONTHS[m[7].toLowerCase()] : +(m[2] ?? m[4] ?? m[5]) - 1;
      if (month < 0 || month > 11) {
        out.problem ??= m[0];
        continue;
      }
      p = { value: year * 12 + month, present: false, yearOnly: false };
    }
    if (!end && p.present) {
      out.problem ??= text.trim();
      out.missingStart = true;
      continue;
    }
    points.push(p);
  }
  rest += text.slice(last);
  // what is left must be separators and words, not an unread number ("Q3", "'21")
  const digit = rest.search(/\d/);
  if (digit >= 0 && !out.problem) {
    let a = digit;
    let b = digit;
    while (a > 0 && /[\w'’]/.test(rest[a - 1])) a--;
    while (b < rest.length && /[\w'’]/.test(rest[b])) b++;
    out.problem = rest.slice(a, b);
  }
  if (points.length === 0 && !out.problem) out.problem = text.trim();
  if (points[0]) out.start = points[0];
  if (points[1]) out.end = points[1];
  return out;
}

/** Whether an entry is a current role: its dates end in "Present" (or "current", "now"). */
export function isCurrent(entry: Entry): boolean {
  return !!entry.dates && !!parseDates(entry.dates.text).end?.present;
}

/**
 * Whether an entry has ended: a readable range whose end is not "Present". A single date ("2023") is
 * not enough: it may be a project's year or the start of an open-ended role ("2023 –").
 */
export function hasEnded(entry: Entry): boolean {
  if (!entry.dates) return false;
  const d = parseDates(entry.dates.text);
  return !!d.start && !!d.end && !d.problem && !d.end.present;
}

/**
 * The span to quote for an entry's dates. When they name only an end ("Present"), the start the title
 * reader could not read ("Jan '20 – Present") sits just before it on the line: join it.
 */
function dateSpan(doc: ResumeDoc, e: NonNullable<Entry['dates']>): { start: number; end: number } {
  if (!parseDates(e.text).missingStart) return e;
  const lineStart = doc.text.lastIndexOf('\n', e.start - 1) + 1;
  const before = doc.text.slice(Math.max(lineStart, e.start - 24), e.start);
  // back over the range dash, then over the unread start up to a separator (bounded input: 24 chars)
  const dash = /(?:-{1,2}|–|—|\bto)\s*$/i.exec(before);
  if (!dash) return e;
  let a = dash.index;
  while (a > 0 && !'|,()–—'.includes(before[a - 1])) a--;
  const lead = before.slice(a, dash.index);
  if (!/\w/.test(lead)) return e;
  return { start: e.start - before.length + a + (lead.length - lead.trimStart().length), end: e.end };
}

const fmt = (p: DatePoint) => (p.present ? 'Present' : String(Math.floor(p.value / 12)));

export const dateOrder: Rule = {
  meta: {
    id: 'date-order',
    description: 'Entries out of reverse-chronological order, an end before its start, or a date that cannot be read.',
    defaultSeverity: 'warning',
    category: 'consistency',
    fixable: false,
    scope: 'document',
    examples: {
      weak: '### Data Engineer | Quillmark | 2017 – 2019\n### Data Engineer | Orbisoft | 2020 – Present',
      strong: '### Data Engineer | Orbisoft | 2020 – Present\n### Data Engineer | Quillmark | 2017 – 2019',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const section of doc.sections) {
      let prev: { entry: Entry; dates: ParsedDates } | undefined;
      for (const i of section.entries) {
        const entry = doc.entries[i];
        if (!entry.dates) continue;
        const span = dateSpan(doc, entry.dates);
        // the dates as the parser read them (JSON and YAML join two fields); with a start found just
        // before them on the line, that line's text
        const written = span === entry.dates ? entry.dates.text : doc.text.slice(span.start, span.end);
        const dates = parseDates(written);
        // a lone "Current" or "Present" with no range around it is a word of the title ("Current Company")
        if (dates.missingStart && span === entry.dates) continue;
        if (dates.problem) {
          ctx.report({
            start: span.start,
            end: span.end,
            message: `I can’t read the date “${written}”${dates.problem === written.trim() ? '' : ` (the part “${dates.problem}”)`}: write it as ${DATE_FORMATS}, so readers and tools can place the role in time.`,
            data: { dates: written },
          });
          continue;
        }
        if (dates.start && dates.end && dates.end.value < dates.start.value) {
          ctx.report({
            start: span.start,
            end: span.end,
            message: `“${written}” ends before it starts: put the start date first.`,
            data: { dates: written },
          });
          continue;
        }
        const end = dates.end ?? dates.start;
        const prevEnd = prev && (prev.dates.end ?? prev.dates.start);
        if (prev && end && prevEnd && end.value > prevEnd.value) {
          const p = prev.entry;
          ctx.report({
            start: span.start,
            end: span.end,
            message: `“${entry.title}” (to ${fmt(end)}) is listed below the older “${p.title}” (to ${fmt(prevEnd)}): put the most recent entry first, as readers expect.`,
            related: [{ start: p.titleStart, end: p.titleEnd, message: `the older entry “${p.title}”, listed above` }],
          });
        }
        prev = { entry, dates };
      }
    }
  },
};
