/**
 * The format-neutral resume model. Every parser (Markdown, plain text, LaTeX, JSON Resume, YAML)
 * produces a {@link ResumeDoc}; every rule reads only this model. All offsets are UTF-16 code-unit
 * offsets into the source text (JavaScript string indices, LSP's default position encoding).
 *
 * The model is plain data (no classes, no cycles): sections, entries and bullets refer to each other
 * by index so a document can be serialised, cached or sent across a worker boundary.
 */

export type Format = 'markdown' | 'text' | 'latex' | 'json' | 'yaml';

export const FORMATS: readonly Format[] = ['markdown', 'text', 'latex', 'json', 'yaml'];

export type SectionKind = 'header' | 'summary' | 'experience' | 'projects' | 'skills' | 'education' | 'other';

/** A half-open range [start, end) of source offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Maps a cleaned text (what rules read) back to the source. Each segment says that
 * `text.slice(text, text + length)` equals, character for character, the source at
 * `source .. source + length`. Characters of the clean text outside every segment were synthesised
 * (a space joining wrapped lines, `–` for LaTeX `--`, an unescaped JSON character) and map to the
 * nearest source position. Segments are sorted by `text` and do not overlap.
 */
export interface TextMap {
  segments: MapSegment[];
}

export interface MapSegment {
  /** offset in the clean text */
  text: number;
  /** offset in the source */
  source: number;
  length: number;
  /**
   * Source length when it differs from `length` (a LaTeX `\%` is one clean character for two source
   * characters). Absent means the same as `length`.
   */
  sourceLength?: number;
}

/** Prose the rules read: a list bullet, or a paragraph of a summary. */
export interface Bullet {
  /** index in {@link ResumeDoc.bullets} */
  index: number;
  kind: 'bullet' | 'prose';
  /** the cleaned text: markup, markers and line wrapping removed; what rules match against */
  text: string;
  /** source range of the bullet's own characters (marker excluded) */
  start: number;
  end: number;
  map: TextMap;
  /** index into {@link ResumeDoc.sections}, or -1 before any section heading */
  section: number;
  /** index into {@link ResumeDoc.entries}, or -1 when the bullet sits directly under a section */
  entry: number;
  /** nesting depth: 0 for a top-level item */
  depth: number;
  /**
   * A title the markup gives the bullet, e.g. Markdown `- **Payments API**: ...` or LaTeX
   * `\resumeItem{Title}{Description}`. It names the system; it is part of `text` for Markdown.
   */
  lead?: string;
  /** JSON pointer of the bullet's value (JSON Resume), for `ignore` in the config file */
  pointer?: string;
  /** how the source quotes the bullet (YAML/JSON scalars), so inserted text is escaped to match */
  quote?: 'plain' | 'single' | 'double' | 'block';
}

export interface Section {
  index: number;
  kind: SectionKind;
  /** heading text as written, markup removed */
  title: string;
  /** range of the heading itself */
  titleStart: number;
  titleEnd: number;
  /** from the heading to the start of the next section (or end of text) */
  start: number;
  end: number;
  /** heading level where the format has one (Markdown `#` = 1); 0 otherwise */
  level: number;
  entries: number[];
  bullets: number[];
}

/** A role, project or degree: a title line with bullets under it. */
export interface Entry {
  index: number;
  section: number;
  title: string;
  titleStart: number;
  titleEnd: number;
  start: number;
  end: number;
  /** company, school or client where it can be told apart from the title */
  organisation?: string;
  /** the date text as written, e.g. "Jan 2021 – Present", with its range */
  dates?: { text: string; start: number; end: number };
  /** technologies listed on the title line, e.g. "| Go, PostgreSQL, Redis" */
  stack?: string[];
  stackSpan?: Span;
  bullets: number[];
}

/** One item of a Skills section (a keyword such as "PostgreSQL"). */
export interface Skill {
  name: string;
  start: number;
  end: number;
  section: number;
}

/** A comment in the source, for inline disable directives. */
export interface Comment {
  /** the comment's inner text, delimiters removed */
  text: string;
  start: number;
  end: number;
}

export interface ParseProblem {
  message: string;
  start: number;
  end: number;
}

export interface ResumeDoc {
  format: Format;
  text: string;
  sections: Section[];
  entries: Entry[];
  bullets: Bullet[];
  skills: Skill[];
  comments: Comment[];
  /** syntax errors the parser recovered from (JSON, YAML); reported as one finding each */
  problems: ParseProblem[];
}

export function emptyDoc(format: Format, text: string): ResumeDoc {
  return { format, text, sections: [], entries: [], bullets: [], skills: [], comments: [], problems: [] };
}
