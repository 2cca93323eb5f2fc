// Arbitraries for the reliability tests: resumes in every supported format, built from the markup
// each parser reads (headings, entries, bullets, nesting, quoting, escapes) and filled with words a
// rule reacts to (weak verbs, tech names in the wrong case, numbers, %, emoji, combining marks,
// tabs, NBSP, markup characters), plus raw garbage. All names and numbers are invented.
import fc from 'fast-check';
import type { Format } from '../../server/src/engine';

const WORDS = [
  'Worked on', 'helped', 'responsible for', 'successfully', 'very', 'leveraged', 'synergy', 'I', 'my', 'we',
  'built', 'cut', 'migrated', 'rebuilt', 'latency', 'p95', 'from', 'to', 'by', 'after', 'because', 'the',
  'checkout', 'ledger', 'service', 'queue', 'postgres', 'javascript', 'Kafka', 'k8s', 'redis', 'golang',
  '40%', '3x', '1,200', '$4k', '900 ms', '2.5', '[metric]', 'XX%', 'TODO', '{{impact}}', '<system>',
  '😀', '👩‍💻', 'e\u0301', 'n\u0303o', '\u00a0', '\t', 'café', 'naïve', '—', '–', '…', '&', '%', '#', '*',
  '_', '`', '\\', '{', '}', '$', '"', "'", ':', '|', '~', '>', '-', '[', ']', '(', ')', '\u200b', '\ufeff',
];

const word = fc.constantFrom(...WORDS);
/** A bullet's prose: words joined by spaces (now and then by nothing, a tab or NBSP). */
export const prose = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '', '\t', '\u00a0', ', ', '. ')), { minLength: 0, maxLength: 18 })
  .map((ws) => ws.map(([w, s]) => w + s).join('').trim());

const title = fc.array(fc.constantFrom('Backend', 'Engineer', 'Senior', 'Kestrel', 'Health', 'Data', 'Ops', 'Café', '😀', '&', 'Co.'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const dates = fc.constantFrom('2021 – Present', 'Jan 2019 - Dec 2020', '2018–2016', '03/2020 – 2022', 'Summer', '', '2099 - 2001');
const sectionName = fc.constantFrom('Experience', 'Work Experience', 'Projects', 'Skills', 'Summary', 'Education', 'Hobbies', 'EXPERIENCE', 'Technical Skills');

interface Entry {
  title: string;
  org: string;
  dates: string;
  bullets: Array<{ text: string; depth: number }>;
}
interface Sec {
  name: string;
  entries: Entry[];
  loose: string[];
}
const bullet = fc.record({ text: prose, depth: fc.nat({ max: 2 }) });
const entry: fc.Arbitrary<Entry> = fc.record({ title, org: title, dates, bullets: fc.array(bullet, { maxLength: 5 }) });
const section: fc.Arbitrary<Sec> = fc.record({ name: sectionName, entries: fc.array(entry, { maxLength: 3 }), loose: fc.array(prose, { maxLength: 2 }) });
export const skeleton = fc.record({ name: title, summary: prose, sections: fc.array(section, { minLength: 0, maxLength: 4 }) });
export type Skeleton = typeof skeleton extends fc.Arbitrary<infer T> ? T : never;

function markdown(s: Skeleton, v: number): string {
  const marks = ['- ', '* ', '+ ', '1. '];
  const out = [`# ${s.name}`, '', s.summary, ''];
  for (const sec of s.sections) {
    out.push(v % 2 ? `## ${sec.name}` : `${sec.name}\n${'-'.repeat(Math.max(3, sec.name.length))}`, '');
    for (const l of sec.loose) out.push(l, '');
    for (const e of sec.entries) {
      out.push(`### ${e.title} | ${e.org} | ${e.dates}`, '');
      e.bullets.forEach((b, i) => out.push(`${'  '.repeat(b.depth)}${marks[(i + v) % marks.length]}${i % 3 === 2 ? `**${e.org}**: ` : ''}${b.text}`));
      out.push('');
    }
  }
  return out.join('\n');
}

function text(s: Skeleton, v: number): string {
  const marks = ['• ', '- ', '* ', '· ', '▪ '];
  const out = [s.name.toUpperCase(), 'someone@example.com', '', s.summary, ''];
  for (const sec of s.sections) {
    out.push(sec.name.toUpperCase(), '');
    for (const l of sec.loose) out.push(l);
    for (const e of sec.entries) {
      out.push(`${e.title}, ${e.org}`, e.dates);
      e.bullets.forEach((b, i) => out.push(`${'  '.repeat(b.depth)}${marks[(i + v) % marks.length]}${b.text}`));
      out.push('');
    }
  }
  return out.join('\n');
}

const latexEscape = (t: string, _v: number) => (t.replace(/[\\{}$&%#_~^]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)));
function latex(s: Skeleton, v: number): string {
  const out = ['\\documentclass{article}', '\\newcommand{\\resumeItem}[1]{\\item\\small{#1}}', '\\begin{document}', `\\textbf{${latexEscape(s.name, v)}}`, ''];
  for (const sec of s.sections) {
    out.push(`\\section{${sec.name}}`);
    for (const l of sec.loose) out.push(latexEscape(l, v));
    for (const e of sec.entries) {
      out.push(`\\resumeSubheading{${latexEscape(e.title, v)}}{${e.dates.replace(/–/g, '--')}}{${latexEscape(e.org, v)}}{Remote}`, v % 2 ? '\\resumeItemListStart' : '\\begin{itemize}');
      let depth = 0;
      for (const [i, b] of e.bullets.entries()) {
        while (depth < Math.min(b.depth, 2)) (out.push('\\begin{itemize}'), depth++);
        while (depth > b.depth) (out.push('\\end{itemize}'), depth--);
        const t = latexEscape(b.text, v);
        out.push(i % 2 ? `  \\resumeItem{${t}}` : i % 3 === 2 ? `  \\item \\textbf{${latexEscape(e.org, v)}}: ${t}` : `  \\item ${t}`);
        if (i === 1 && v % 4 === 1) out.push(`  % \\item ${t}`);
      }
      while (depth > 0) (out.push('\\end{itemize}'), depth--);
      out.push(v % 2 ? '\\resumeItemListEnd' : '\\end{itemize}');
    }
  }
  out.push('\\end{document}', '');
  return out.join('\n');
}

function json(s: Skeleton, v: number): string {
  const kind = (name: string) => (/skill/i.test(name) ? 'skills' : /project/i.test(name) ? 'projects' : /educ/i.test(name) ? 'education' : 'work');
  const doc: Record<string, unknown> = { basics: { name: s.name, summary: s.summary } };
  for (const sec of s.sections) {
    const k = kind(sec.name);
    const list = (doc[k] ??= []) as unknown[];
    for (const e of sec.entries) {
      if (k === 'skills') list.push({ name: e.title, keywords: e.bullets.map((b) => b.text) });
      else if (k === 'education') list.push({ institution: e.org, area: e.title, startDate: '2014' });
      else list.push({ name: e.org, position: e.title, startDate: v % 2 ? '2020-01' : 'soon', endDate: e.dates, summary: sec.loose[0], highlights: e.bullets.map((b) => b.text) });
    }
  }
  return JSON.stringify(doc, null, v % 3 === 0 ? 0 : 2) ?? '{}';
}

function yamlScalar(t: string, style: number, indent: string): string {
  if (t === '') return "''";
  switch (style % 4) {
    case 0:
      return JSON.stringify(t);
    case 1:
      return `'${t.replace(/'/g, "''")}'`;
    case 2:
      return `>-\n${indent}  ${JSON.stringify(t).slice(1, -1)}`;
    default:
      // plain only when the text is obviously safe as a plain scalar
      return /^[A-Za-z][A-Za-z0-9 ,.%()-]*$/.test(t) && !/: |\s#/.test(t) ? t : JSON.stringify(t);
  }
}
function yaml(s: Skeleton, v: number): string {
  const out = ['cv:', `  name: ${yamlScalar(s.name, v, '  ')}`, '  sections:', '    summary:', `      - ${yamlScalar(s.summary, v + 1, '      ')}`];
  const seen = new Set<string>(['summary']);
  for (const sec of s.sections) {
    const key = sec.name.toLowerCase().replace(/\s+/g, '_');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(`    ${key}:`);
    if (!sec.entries.length) out.push(`      - ${yamlScalar(sec.loose[0] ?? 'Nothing yet', v, '      ')}`);
    for (const [i, e] of sec.entries.entries()) {
      out.push(`      - company: ${yamlScalar(e.org, i, '        ')}`, `        position: ${yamlScalar(e.title, i + 1, '        ')}`, `        date: ${yamlScalar(e.dates, 1, '        ')}`, '        highlights:');
      if (!e.bullets.length) out.push('          - Kept the lights on');
      for (const [j, b] of e.bullets.entries()) out.push(`          - ${yamlScalar(b.text, j + v, '          ')}`);
    }
  }
  return out.join('\n') + '\n';
}

const RENDER: Record<Format, (s: Skeleton, v: number) => string> = { markdown, text, latex, json, yaml };

/** A well-formed resume in one format (variant `v` picks among the markups the format allows). */
export function render(format: Format, s: Skeleton, v: number, crlf: boolean): string {
  const t = RENDER[format](s, v);
  return crlf ? t.replace(/\r?\n/g, '\r\n') : t;
}

export const FORMAT_LIST: Format[] = ['markdown', 'text', 'latex', 'json', 'yaml'];

/** A resume of any format, with the format it is written in. */
export const resume = fc
  .record({ format: fc.constantFrom(...FORMAT_LIST), s: skeleton, v: fc.nat({ max: 11 }), crlf: fc.boolean() })
  .map(({ format, s, v, crlf }) => ({ format, text: render(format, s, v, crlf) }));

/** Damage to a resume: a cut, a splice of garbage, a stray control character. */
export const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('\\', '{', '}', '[', ']', '"', "'", ':', '-', '*', '#', '\n', '\r', ' ', '\t', '%', '$', '`', '|', '>', '&', 'a', '1', '.', '\u0000', '\ud83d'), maxLength: 300 }),
);

/** A resume, now and then damaged (truncated, spliced with garbage) and read as any format. */
export const anyInput = fc.oneof(
  { weight: 3, arbitrary: resume },
  {
    weight: 2,
    arbitrary: fc.tuple(resume, garbage, fc.nat(), fc.constantFrom(...FORMAT_LIST), fc.boolean()).map(([r, g, at, f, keep]) => {
      const cut = at % (r.text.length + 1);
      return { format: keep ? r.format : f, text: r.text.slice(0, cut) + g + (at % 2 ? r.text.slice(cut) : '') };
    }),
  },
  { weight: 1, arbitrary: fc.tuple(garbage, fc.constantFrom(...FORMAT_LIST)).map(([g, f]) => ({ format: f, text: g })) },
);
