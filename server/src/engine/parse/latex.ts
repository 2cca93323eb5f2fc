import { emptyDoc, type Bullet, type Entry, type ResumeDoc } from '../model';
import { TextBuilder, toSourceEnd, toSourceStart } from '../textmap';
import { DATE_RANGE } from './entry';
import type { ParseOptions } from './index';
import { lineEnd, readCommand, readGroups, renderLatex, scanLatex, skipOptional, skipSpace, type LatexSource } from './latex-render';
import { DocAssembler, sectionKind, titleParts } from './structure';

/**
 * LaTeX resumes (Jake's Resume / sb2nov, Awesome-CV, moderncv, McDowell, plain `itemize`). One linear
 * walk over the document body: commands the templates use for sections, entries and bullets are
 * read from tables; everything else is text. Brace matches are found in one pass beforehand, so
 * unbalanced braces end an argument early instead of making the walk rescan the file.
 */

/** Section headings: the title is the command's first group. */
const SECTION_COMMANDS = new Set(['section', 'section*', 'cvsection', 'chapter', 'chapter*', 'part', 'resumeSection', 'sectionTitle']);

/** Bullet commands: how many groups they take, which is the bullet, which names it. */
interface BulletCommand {
  max: number;
  /** group indexes that are bullets (negative: from the end) */
  bullets: number[];
  /** group index of the lead (the title that names the system), used when there are 2+ groups */
  lead?: number;
}
const BULLET_COMMANDS: Record<string, BulletCommand> = {
  resumeItem: { max: 2, bullets: [-1], lead: 0 },
  resumeSubItem: { max: 2, bullets: [-1], lead: 0 },
  resumeSimpleItem: { max: 1, bullets: [0] },
  resumeItemSimple: { max: 1, bullets: [0] },
  cvlistitem: { max: 1, bullets: [0] },
  cvitem: { max: 2, bullets: [-1], lead: 0 },
  cvitemwithcomment: { max: 3, bullets: [1], lead: 0 },
  cvlistdoubleitem: { max: 2, bullets: [0, 1] },
  cvskill: { max: 2, bullets: [-1], lead: 0 },
};
/** cvdoubleitem{label}{text}{label}{text}: two bullets, each with its label. */
const DOUBLE_ITEM = 'cvdoubleitem';

/** Entry commands: group count and which group holds the title, organisation, dates, description. */
interface EntryCommand {
  max: number;
  title: number;
  org?: number;
  /** groups that may hold the dates (the first matching a date wins) */
  dates: number[];
  description?: number;
  /** the title group is a title line to split ("Name | Go, Redis") */
  titleLine?: boolean;
}
const ENTRY_COMMANDS: Record<string, EntryCommand> = {
  resumeSubheading: { max: 4, title: 0, org: 2, dates: [1, 3] },
  resumeSubHeading: { max: 4, title: 0, org: 2, dates: [1, 3] },
  resumeSubSubheading: { max: 2, title: 0, dates: [1] },
  resumeProjectHeading: { max: 2, title: 0, dates: [1], titleLine: true },
  resumeProject: { max: 4, title: 0, dates: [1, 2, 3], titleLine: true },
  datedsubsection: { max: 2, title: 0, dates: [1], titleLine: true },
  cvevent: { max: 4, title: 0, org: 1, dates: [2] },
  subsection: { max: 1, title: 0, dates: [0], titleLine: true },
  // \cventry: moderncv has six groups (dates first), Awesome-CV five (dates fourth); told apart by count
  cventry: { max: 6, title: 1, org: 2, dates: [0], description: 5 },
};
const AWESOME_CVENTRY: EntryCommand = { max: 5, title: 0, org: 1, dates: [3], description: 4 };
/** McDowell's `\begin{cvsubsection}{title}{organisation}{dates}`. */
const ENTRY_ENVIRONMENTS: Record<string, EntryCommand> = { cvsubsection: { max: 3, title: 0, org: 1, dates: [2] } };

/** Definitions and settings whose arguments are not resume text. */
const DEFINITIONS = new Set(['newcommand', 'renewcommand', 'providecommand', 'newcommand*', 'renewcommand*', 'providecommand*', 'DeclareRobustCommand', 'newenvironment', 'renewenvironment', 'def', 'gdef', 'edef', 'xdef', 'let']);
const SKIP_GROUPS: Record<string, number> = {
  usepackage: 1, documentclass: 1, setlength: 2, addtolength: 2, vspace: 1, 'vspace*': 1, hspace: 1, 'hspace*': 1, label: 1, cite: 1,
  includegraphics: 1, definecolor: 3, colorlet: 2, titleformat: 5, titlespacing: 1, 'titlespacing*': 1, pagestyle: 1, input: 1, include: 1,
  geometry: 1, hypersetup: 1, setlist: 1, pdfgentounicode: 0, fancyhf: 1, moderncvstyle: 1, moderncvcolor: 1, moderntheme: 1,
};
const VERBATIM_ENVS = new Set(['verbatim', 'lstlisting', 'minted', 'comment', 'Verbatim']);
const LIST_ENV = /item|list|enum|description|highlights/i;

interface OpenBullet {
  start: number;
  brace: number;
  depth: number;
  kind: Bullet['kind'];
  /** closed by a blank line (free text, not an `\item`) */
  paragraph: boolean;
}

export function parseLatex(text: string, options: ParseOptions = {}): ResumeDoc {
  const doc = emptyDoc('latex', text);
  try {
    const src = scanLatex(text, doc.comments);
    new Walker(src, new DocAssembler(doc), options).run();
  } catch (err) {
    doc.problems.push({ message: `This LaTeX file could not be read completely: ${err instanceof Error ? err.message : String(err)}.`, start: 0, end: 0 });
  }
  return doc;
}

class Walker {
  private readonly text: string;
  private bullet: OpenBullet | null = null;
  private brace = 0;
  private listDepth = 0;
  /** groups whose free text is a bullet (an entry's description argument): brace depth inside, list depth */
  private auto: Array<{ brace: number; list: number }> = [];
  private readonly extra: Set<string>;
  /** no token has been read yet on the current line */
  private lineFresh = true;

  constructor(
    private readonly src: LatexSource,
    private readonly asm: DocAssembler,
    options: ParseOptions,
  ) {
    this.text = src.text;
    this.extra = new Set((options.latexBulletCommands ?? []).map((c) => c.replace(/^\\/, '')));
  }

  run(): void {
    const text = this.text;
    const begin = /\\begin\s*\{document\}/.exec(text);
    let i = begin ? begin.index + begin[0].length : 0;
    const endDoc = /\\end\s*\{document\}/.exec(text.slice(i));
    const end = endDoc ? i + endDoc.index : text.length;
    while (i < end) i = this.step(i, end);
    this.closeBullet(end);
    this.asm.finish(end);
  }

  /** Reads one token at `i`; returns the offset after it. */
  private step(i: number, end: number): number {
    const text = this.text;
    const c = text[i];
    if (c === '%') return lineEnd(text, i);
    if (c === '\n' || c === '\r') {
      if (this.bullet?.paragraph && this.blankLineAt(i, end)) this.closeBullet(i);
      this.lineFresh = true;
      return i + 1;
    }
    if (c === ' ' || c === '\t') return i + 1;
    if (this.lineFresh) {
      this.lineFresh = false;
      const next = c === '}' ? -1 : this.titleLine(i, end);
      if (next > 0) return next;
    }
    if (c === '{') {
      this.maybeAutoBullet(i);
      this.brace++;
      return i + 1;
    }
    if (c === '}') {
      this.brace = Math.max(0, this.brace - 1);
      if (this.bullet && this.bullet.brace > this.brace) this.closeBullet(i);
      while (this.auto.length && this.auto[this.auto.length - 1].brace > this.brace) this.auto.pop();
      return i + 1;
    }
    if (c !== '\\') {
      this.maybeAutoBullet(i);
      return i + 1;
    }
    const { name, end: after } = readCommand(text, i);
    if (name.length === 1 && !/[A-Za-z]/.test(name)) {
      if (name !== '\\') this.maybeAutoBullet(i);
      return after;
    }
    return this.command(name, i, after, end);
  }

  private command(name: string, i: number, after: number, end: number): number {
    const text = this.text;
    // \iffalse ... \fi hides a block, the way people switch off a section
    if (name === 'iffalse') {
      const fi = /\\fi(?![A-Za-z])/g;
      fi.lastIndex = after;
      const m = fi.exec(text);
      return m && m.index < end ? m.index + 3 : end;
    }
    if (name === 'item') {
      this.closeBullet(i);
      const start = skipOptional(text, after, end);
      this.bullet = { start, brace: this.brace, depth: Math.max(0, this.listDepth - 1), kind: 'bullet', paragraph: false };
      return start;
    }
    if (name === 'begin' || name === 'end') {
      const { groups, end: next } = readGroups(this.src, after, 1, end);
      const env = groups[0] ? text.slice(groups[0].start, groups[0].end).trim() : '';
      if (!env) return next;
      // a paragraph of free text ends with its environment (\end{cvparagraph}) or at the next one
      if (this.bullet?.paragraph) this.closeBullet(i);
      if (name === 'begin' && VERBATIM_ENVS.has(env)) {
        const close = text.indexOf(`\\end{${env}}`, next);
        return close < 0 ? end : close;
      }
      if (LIST_ENV.test(env) && !(env in ENTRY_ENVIRONMENTS)) {
        this.closeBullet(i);
        this.listDepth = name === 'begin' ? this.listDepth + 1 : Math.max(0, this.listDepth - 1);
        return next;
      }
      if (name === 'begin' && env === 'cvsection') return this.section(i, next, end);
      if (name === 'begin' && env in ENTRY_ENVIRONMENTS) return this.entry(ENTRY_ENVIRONMENTS[env], i, next, end);
      return next;
    }
    // template macros that open or close a list (\resumeItemListStart, \resumeSubHeadingListEnd)
    if (/List(Start|End)$/.test(name)) {
      this.closeBullet(i);
      // a list of entry headings is not a bullet level
      if (/Heading/i.test(name)) return after;
      this.listDepth = name.endsWith('Start') ? this.listDepth + 1 : Math.max(0, this.listDepth - 1);
      return after;
    }
    if (SECTION_COMMANDS.has(name)) return this.section(i, after, end);
    if (name === 'subsection' || name === 'subsection*') {
      const { groups } = readGroups(this.src, after, 1, end);
      const title = groups[0] ? this.render(groups[0]).text : '';
      if (sectionKind(title)) return this.section(i, after, end);
      // a sub-heading with a date or separators is a role ("Engineer | Acme | 2021"); a bare one
      // ("Vocational") only groups the entries below it
      if (!DATE_RANGE.test(title) && !/[|–—@]/.test(title)) {
        this.closeBullet(i);
        return readGroups(this.src, after, 1, end).end;
      }
    }
    if (name in ENTRY_COMMANDS) {
      let spec = ENTRY_COMMANDS[name];
      if (name === 'cventry') {
        const count = readGroups(this.src, after, 6, end).groups.length;
        if (count === 5) spec = AWESOME_CVENTRY;
      }
      return this.entry(spec, i, after, end);
    }
    if (name in BULLET_COMMANDS || this.extra.has(name) || name === DOUBLE_ITEM) return this.bulletCommand(name, i, after, end);
    if (DEFINITIONS.has(name)) return this.skipDefinition(name, after, end);
    if (name in SKIP_GROUPS) return readGroups(this.src, after, SKIP_GROUPS[name], end).end;
    this.maybeAutoBullet(i);
    return after;
  }

  /**
   * A line of free text with a date, outside any list, under Experience, Projects or Education:
   * a hand-written entry title ("\textbf{Staff Engineer} \hfill Acme \hfill 2020 -- Present").
   */
  private titleLine(i: number, end: number): number {
    if (this.bullet || this.listDepth > 0 || this.auto.length) return -1;
    const kind = this.asm.currentSection?.kind;
    if (kind !== 'experience' && kind !== 'projects' && kind !== 'education') return -1;
    const eol = Math.min(end, lineEnd(this.text, i));
    const raw = this.text.slice(i, eol);
    if (/\\(item|begin|end|section|cv|resume|datedsubsection|subsection)/.test(raw)) return -1;
    const { text: line, map } = this.render({ start: i, end: eol });
    if (!DATE_RANGE.test(line) || line.length > 200) return -1;
    const parts = titleParts(line.replace(/\n/g, ' '), map);
    const e: Omit<Entry, 'index' | 'section' | 'bullets'> = { title: parts.title, titleStart: toSourceStart(map, 0), titleEnd: toSourceEnd(map, line.length), start: i, end: eol };
    if (parts.organisation) e.organisation = parts.organisation;
    if (parts.dates) e.dates = parts.dates;
    if (parts.stack) {
      e.stack = parts.stack;
      e.stackSpan = parts.stackSpan;
    }
    this.asm.openEntry(e);
    // braces opened on the title line and closed on it leave the depth as it was
    let depth = this.brace;
    for (let k = i; k < eol; k++) {
      const ch = this.text[k];
      if (ch === '\\') k++;
      else if (ch === '%') break;
      else if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
    }
    this.brace = depth;
    return eol;
  }

  /** Whether the line break at `i` is followed by a blank line. */
  private blankLineAt(i: number, end: number): boolean {
    let j = i + (this.text[i] === '\r' && this.text[i + 1] === '\n' ? 2 : 1);
    while (j < end && (this.text[j] === ' ' || this.text[j] === '\t')) j++;
    return j >= end || this.text[j] === '\n' || this.text[j] === '\r';
  }

  /** Free text in an entry's description (outside its lists), or in a summary section, starts a bullet. */
  private maybeAutoBullet(i: number): void {
    if (this.bullet) return;
    const top = this.auto[this.auto.length - 1];
    if (top && top.brace <= this.brace && top.list === this.listDepth) {
      this.bullet = { start: i, brace: top.brace, depth: 0, kind: 'bullet', paragraph: true };
      return;
    }
    if (this.listDepth === 0 && this.asm.currentSection?.kind === 'summary' && !this.asm.currentEntry) {
      this.bullet = { start: i, brace: this.brace, depth: 0, kind: 'prose', paragraph: true };
    }
  }

  private render(g: { start: number; end: number }): { text: string; map: ReturnType<TextBuilder['finish']>['map'] } {
    const b = new TextBuilder();
    renderLatex(this.src, g.start, g.end, b);
    return b.finish();
  }

  private closeBullet(end: number): void {
    const open = this.bullet;
    this.bullet = null;
    if (!open || end <= open.start) return;
    this.emit({ start: open.start, end }, open.kind, open.depth);
  }

  private emit(g: { start: number; end: number }, kind: Bullet['kind'], depth: number, lead?: string): void {
    const { text, map } = this.render(g);
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    lead ??= this.boldLead(g, text);
    // a `\\` line break reads as a space in a bullet (same length, so the map still holds)
    this.asm.addBullet({ kind, text: text.replace(/\n/g, ' '), map, depth, lead });
    if (this.asm.currentSection?.kind === 'skills') this.asm.addSkills(text, map);
  }

  /** A bold lead-in, `\textbf{Payments API}: ...`, names the system (as Markdown's `**...**:` does). */
  private boldLead(g: { start: number; end: number }, text: string): string | undefined {
    const p = skipSpace(this.text, g.start, g.end);
    const m = /^\\(?:textbf|bfseries|textsc)\s*\{/.exec(this.text.slice(p, p + 12));
    if (!m) return undefined;
    const open = p + m[0].length - 1;
    const close = this.src.match[open];
    if (close < 0 || close >= g.end) return undefined;
    const lead = this.render({ start: open + 1, end: close }).text;
    if (!lead || lead.length > 80 || !text.startsWith(lead)) return undefined;
    if (!/:$/.test(lead) && !/^\s*[:–—-]/.test(text.slice(lead.length))) return undefined;
    return lead.replace(/:$/, '').trim() || undefined;
  }

  private section(i: number, after: number, end: number): number {
    this.closeBullet(i);
    this.auto.length = 0;
    const { groups, end: next } = readGroups(this.src, after, 1, end);
    const g = groups[0];
    if (!g) return next;
    const { text: title, map } = this.render(g);
    const kind = sectionKind(title) ?? 'other';
    const ts = map.segments.length ? toSourceStart(map, 0) : g.start;
    const te = map.segments.length ? toSourceEnd(map, title.length) : g.end;
    this.asm.openSection(kind, title, ts, te, i, 1);
    return next;
  }

  private entry(spec: EntryCommand, i: number, after: number, end: number): number {
    this.closeBullet(i);
    this.auto.length = 0;
    const { groups, end: next } = readGroups(this.src, after, spec.max, end);
    const body = spec.description !== undefined ? groups[spec.description] : undefined;
    const g = groups[spec.title];
    if (g) {
      const { text: line, map } = this.render(g);
      if (/[\p{L}\p{N}]/u.test(line)) {
        const parts = spec.titleLine ? titleParts(line, map) : { title: line.replace(/\s*\n\s*/g, ' ') };
        const e: Omit<Entry, 'index' | 'section' | 'bullets'> = {
          title: parts.title,
          titleStart: toSourceStart(map, 0),
          titleEnd: toSourceEnd(map, line.length),
          start: i,
          end: next,
        };
        const org = spec.org !== undefined && groups[spec.org] ? this.render(groups[spec.org]).text : '';
        if (org) e.organisation = org;
        if ('organisation' in parts && parts.organisation && !org) e.organisation = parts.organisation;
        for (const d of spec.dates) {
          const dg = groups[d];
          // a title line carries its own dates, split out by the title reader
          if (!dg || (spec.titleLine && d === spec.title)) continue;
          const r = this.render(dg);
          if (!DATE_RANGE.test(r.text)) continue;
          e.dates = { text: r.text, start: toSourceStart(r.map, 0), end: toSourceEnd(r.map, r.text.length) };
          break;
        }
        if (!e.dates && 'dates' in parts && parts.dates) e.dates = parts.dates;
        if ('stack' in parts && parts.stack) {
          e.stack = parts.stack;
          e.stackSpan = parts.stackSpan;
        }
        this.asm.openEntry(e);
      }
    }
    if (body && /\S/.test(this.text.slice(body.start, body.end))) {
      // walk the description: its lists give bullets, its free text one bullet per paragraph
      this.auto.push({ brace: this.brace + 1, list: this.listDepth });
      return body.open;
    }
    return next;
  }

  private bulletCommand(name: string, i: number, after: number, end: number): number {
    this.closeBullet(i);
    const spec: BulletCommand = name === DOUBLE_ITEM ? { max: 4, bullets: [1, 3] } : (BULLET_COMMANDS[name] ?? { max: 9, bullets: [-1] });
    const { groups, end: next } = readGroups(this.src, after, spec.max, end);
    if (groups.length === 0) return next;
    const at = (k: number) => groups[k < 0 ? groups.length + k : k];
    const depth = Math.max(0, this.listDepth - 1);
    for (const k of spec.bullets) {
      const g = at(k);
      if (!g) continue;
      // an argument holding a list (Awesome-CV style) is walked like a description
      if (/\\(item|begin)\b/.test(this.text.slice(g.start, g.end))) {
        this.auto.push({ brace: this.brace + 1, list: this.listDepth });
        return g.open;
      }
      let lead: string | undefined;
      if (name === DOUBLE_ITEM) lead = this.render(groups[k - 1]).text || undefined;
      else if (spec.lead !== undefined && groups.length > 1 && at(spec.lead) !== g) lead = this.render(at(spec.lead)).text || undefined;
      this.emit(g, 'bullet', depth, lead);
    }
    return next;
  }

  /** \newcommand{\x}[n][default]{body}, \def\x#1{body}, \newenvironment{x}[n]{begin}{end}. */
  private skipDefinition(name: string, after: number, end: number): number {
    const text = this.text;
    let p = skipSpace(text, after, end);
    if (name === 'let') {
      const a = readCommand(text, p);
      p = skipSpace(text, a.end, end);
      if (text[p] === '=') p = skipSpace(text, p + 1, end);
      return text[p] === '\\' ? readCommand(text, p).end : p + 1;
    }
    if (name.endsWith('def')) {
      if (text[p] === '\\') p = readCommand(text, p).end;
      // parameter text (#1#2) up to the body
      while (p < end && text[p] !== '{' && p - after < 200) p++;
      const close = this.src.match[p];
      return close >= 0 ? close + 1 : Math.min(end, p + 1);
    }
    if (text[p] === '\\') p = readCommand(text, p).end;
    else if (text[p] === '{' && this.src.match[p] >= 0) p = this.src.match[p] + 1;
    for (let k = 0; k < 2; k++) p = skipOptional(text, skipSpace(text, p, end), end);
    const bodies = name.includes('environment') ? 2 : 1;
    return readGroups(this.src, p, bodies, end).end;
  }
}
