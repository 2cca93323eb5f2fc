import type * as YamlLib from 'yaml';
import type { Document, Scalar, YAMLMap } from 'yaml';
import { emptyDoc, type Bullet, type Comment, type Entry, type ResumeDoc, type SectionKind, type TextMap } from '../model';
import { TextBuilder, toSourceEnd, toSourceStart } from '../textmap';
import type { ParseOptions } from './index';
import { DATE_RANGE } from './entry';
import { DocAssembler, firstLine, sectionKind, stripInlineMarkdown } from './structure';

/**
 * YAML resumes: RenderCV (`cv.sections.<name>`) and any YAML with `highlights:` lists under section
 * keys. The `yaml` package gives each scalar's source range and style; the clean text is rebuilt
 * from the source line by line, so a wrapped plain scalar maps back to each of its lines, quotes and
 * escapes map to their own characters, and continuation lines written as "- sub-point" (which YAML
 * folds into the parent string) come back as the nested bullets the author meant.
 */
// The yaml package is nearly half of the engine's bundle. It is loaded when the first YAML resume is
// read (esbuild keeps a required module's top level in a function until then), so a process that
// lints Markdown, LaTeX or JSON does not pay for it at start: about 12 ms of the engine's 50 ms load.
let lib: typeof YamlLib | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof YamlLib => (lib ??= require('yaml') as typeof YamlLib);
const isMap = ((node: unknown) => yaml().isMap(node)) as typeof YamlLib.isMap;
const isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof YamlLib.isScalar;
const isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof YamlLib.isSeq;

export function parseYaml(text: string, options: ParseOptions = {}): ResumeDoc {
  void options;
  const doc = emptyDoc('yaml', text);
  try {
    const { Composer, Parser } = yaml();
    const tokens = Array.from(new Parser().parse(text));
    for (const t of tokens) collectComments(t, doc.comments, 0);
    doc.comments.sort((a, b) => a.start - b.start);
    const docs = Array.from(new Composer({ uniqueKeys: false }).compose(tokens));
    const asm = new DocAssembler(doc);
    for (const d of docs) {
      const err = d.errors[0];
      if (err && doc.problems.length === 0) {
        const [a, b] = err.pos;
        doc.problems.push({ message: `YAML syntax error: ${firstLine(err.message)}`, start: Math.min(a, text.length), end: Math.min(Math.max(b, a + 1), text.length) });
      }
      readDocument(text, d, asm);
    }
    asm.finish(text.length);
  } catch (err) {
    doc.problems.push({ message: `This YAML file could not be read: ${err instanceof Error ? err.message : String(err)}.`, start: 0, end: 0 });
  }
  return doc;
}

/** Comments anywhere in the CST (`# bulletproof-disable-next-line ...`). */
function collectComments(token: unknown, out: Comment[], depth: number): void {
  if (depth > 200 || token === null || typeof token !== 'object') return;
  if (Array.isArray(token)) {
    for (const t of token) collectComments(t, out, depth + 1);
    return;
  }
  const t = token as { type?: string; offset?: number; source?: string };
  if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
    out.push({ text: t.source.replace(/^#/, ''), start: t.offset, end: t.offset + t.source.length });
    return;
  }
  for (const v of Object.values(t)) if (v && typeof v === 'object') collectComments(v, out, depth + 1);
}

type Node = unknown;

function get(map: Node, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  for (const p of map.items) if (isScalar(p.key) && String(p.key.value) === key) return p.value ?? undefined;
  return undefined;
}

function str(node: Node | undefined): Scalar | undefined {
  return isScalar(node) && node.range && node.value !== null && node.value !== undefined && String(node.value).trim() !== '' ? node : undefined;
}

const QUOTE: Record<string, Bullet['quote']> = { PLAIN: 'plain', QUOTE_SINGLE: 'single', QUOTE_DOUBLE: 'double', BLOCK_FOLDED: 'block', BLOCK_LITERAL: 'block' };

const DOUBLE_ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: ' ', v: '\v', f: '\f', r: ' ', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };
const HEX_LEN: Record<string, number> = { x: 2, u: 4, U: 8 };

/** One bullet's worth of a scalar: a builder and its nesting depth (1 for a "- " continuation line). */
interface Piece {
  b: TextBuilder;
  depth: number;
}

/**
 * Rebuilds a scalar's value from its source, line by line. Line breaks fold to one space (which is
 * what the rules need, for folded and literal blocks alike). With `splitDashes`, a continuation line
 * of a plain scalar starting with "- " starts a new piece.
 */
export function mapScalar(text: string, node: Scalar, splitDashes = false): Piece[] {
  const [r0, r1] = node.range!;
  const type = node.type ?? 'PLAIN';
  let s = r0;
  let e = r1;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
    s = r0 + 1;
    const q = type === 'QUOTE_DOUBLE' ? '"' : "'";
    if (e > s && text[e - 1] === q) e--;
  } else if (type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL') {
    const nl = text.indexOf('\n', r0);
    s = nl < 0 || nl >= e ? e : nl + 1;
  }
  const pieces: Piece[] = [{ b: new TextBuilder(), depth: 0 }];
  let b = pieces[0].b;
  let first = true;
  let joinWithSpace = false;
  let pos = s;
  while (pos < e) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > e) nl = e;
    let ls = pos;
    let le = nl;
    while (ls < le && (text[ls] === ' ' || text[ls] === '\t')) ls++;
    while (le > ls && /\s/.test(text[le - 1])) le--;
    if (ls < le) {
      if (!first && splitDashes && type === 'PLAIN' && text.startsWith('- ', ls)) {
        b = new TextBuilder();
        pieces.push({ b, depth: 1 });
        ls += 2;
        while (ls < le && text[ls] === ' ') ls++;
      } else if (!first && joinWithSpace) b.synth(' ');
      // a double-quoted line ending in an odd run of backslashes is an escaped line break: no space
      let escapedBreak = false;
      if (type === 'QUOTE_DOUBLE') {
        let n = 0;
        for (let j = le - 1; j >= ls && text[j] === '\\'; j--) n++;
        if (n % 2 === 1) {
          escapedBreak = true;
          le--;
        }
      }
      emitLine(text, ls, le, type, b);
      first = false;
      joinWithSpace = !escapedBreak;
    }
    pos = nl + 1;
  }
  return pieces.filter((p) => p.b.text.trim());
}

/** Copies one line of a scalar, turning its escapes into the characters they stand for. */
function emitLine(text: string, ls: number, le: number, type: string, b: TextBuilder): void {
  if (type === 'QUOTE_SINGLE') {
    let run = ls;
    for (let i = ls; i < le - 1; i++) {
      if (text[i] === "'" && text[i + 1] === "'") {
        b.copy(text, run, i);
        b.replace("'", i, i + 2);
        i++;
        run = i + 1;
      }
    }
    b.copy(text, run, le);
    return;
  }
  if (type !== 'QUOTE_DOUBLE') {
    b.copy(text, ls, le);
    return;
  }
  let run = ls;
  for (let i = ls; i < le; i++) {
    if (text[i] !== '\\') continue;
    b.copy(text, run, i);
    const c = text[i + 1];
    const hex = c === undefined ? undefined : HEX_LEN[c];
    if (hex && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + 2 + hex)) && i + 2 + hex <= le) {
      const code = parseInt(text.slice(i + 2, i + 2 + hex), 16);
      let ch = '';
      try {
        ch = String.fromCodePoint(code);
      } catch {
        ch = '\ufffd';
      }
      b.replace(/[\n\r]/.test(ch) ? ' ' : ch, i, i + 2 + hex);
      i += 1 + hex;
    } else if (c !== undefined && c in DOUBLE_ESCAPES) {
      b.replace(DOUBLE_ESCAPES[c], i, i + 2);
      i += 1;
    } else {
      b.copy(text, i, Math.min(i + 2, le));
      i += 1;
    }
    run = i + 1;
  }
  b.copy(text, run, le);
}

/** The scalar's clean text in one piece (for titles and dates). */
function scalarText(text: string, node: Scalar | undefined): { text: string; map: ReturnType<TextBuilder['finish']>['map'] } | undefined {
  if (!node) return undefined;
  const [p] = mapScalar(text, node);
  if (!p) return undefined;
  return stripInlineMarkdown(...unpack(p.b.finish()));
}

function readDocument(text: string, d: Document.Parsed, asm: DocAssembler): void {
  const root = d.contents;
  const sections = get(get(root, 'cv'), 'sections');
  if (isMap(sections)) {
    readSections(text, sections, asm, true);
    return;
  }
  walkGeneric(text, root, asm, 0);
}

/** Section keys of RenderCV are free text: every key is a section, named by the key. */
function readSections(text: string, map: YAMLMap, asm: DocAssembler, everyKey: boolean): void {
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key) || !key.range) continue;
    const name = String(key.value ?? '');
    const kind = sectionKind(name) ?? (everyKey ? 'other' : undefined);
    if (!kind) continue;
    const end = nodeEnd(pair.value) ?? key.range[1];
    asm.openSection(kind, name, key.range[0], key.range[1], key.range[0]);
    readSectionValue(text, pair.value, kind, asm);
    asm.closeSection(end);
  }
}

function nodeEnd(node: unknown): number | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? r[1] : undefined;
}

/** Outside RenderCV: sections are keys that name a section, at any depth; the rest is walked. */
function walkGeneric(text: string, node: Node, asm: DocAssembler, depth: number): void {
  if (depth > 50) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key;
      const name = isScalar(key) ? String(key.value ?? '') : '';
      const kind = name ? sectionKind(name) : undefined;
      if (isScalar(key) && key.range && kind && kind !== 'other' && (isSeq(pair.value) || (kind === 'summary' && str(pair.value)))) {
        asm.openSection(kind, name, key.range[0], key.range[1], key.range[0]);
        readSectionValue(text, pair.value, kind, asm);
        asm.closeSection(nodeEnd(pair.value) ?? key.range[1]);
      } else if (name === 'highlights' && isSeq(pair.value)) {
        readHighlights(text, pair.value.items, asm);
      } else if (name === 'sections' && isMap(pair.value)) {
        readSections(text, pair.value, asm, false);
      } else walkGeneric(text, pair.value, asm, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walkGeneric(text, item, asm, depth + 1);
  }
}

function readSectionValue(text: string, value: Node, kind: SectionKind, asm: DocAssembler): void {
  const s = str(value);
  if (s) {
    addScalar(text, s, asm, kind === 'summary' ? 'prose' : 'bullet', kind);
    return;
  }
  if (!isSeq(value)) return;
  for (const item of value.items) {
    const scalar = str(item);
    if (scalar) {
      addScalar(text, scalar, asm, kind === 'summary' ? 'prose' : 'bullet', kind);
      continue;
    }
    if (isMap(item)) readItem(text, item, kind, asm);
  }
}

function addScalar(text: string, node: Scalar, asm: DocAssembler, kind: Bullet['kind'], section: SectionKind): void {
  const quote = QUOTE[node.type ?? 'PLAIN'];
  for (const p of mapScalar(text, node, kind === 'bullet')) {
    const { text: t, map } = stripInlineMarkdown(...unpack(p.b.finish()));
    asm.addBullet({ kind, text: t, map, depth: p.depth, quote });
    if (section === 'skills') asm.addSkills(t, map);
  }
}

const unpack = (r: { text: string; map: TextMap }): [string, TextMap] => [r.text, r.map];

function readHighlights(text: string, items: readonly unknown[], asm: DocAssembler): void {
  for (const h of items) {
    const s = str(h) ?? str(get(h, 'bullet'));
    if (s) addScalar(text, s, asm, 'bullet', asm.currentSection?.kind ?? 'experience');
  }
}

const TITLE_KEYS = ['position', 'name', 'title', 'degree', 'area', 'institution', 'company'];

function readItem(text: string, item: YAMLMap, kind: SectionKind, asm: DocAssembler): void {
  const one = str(get(item, 'bullet')) ?? str(get(item, 'number')) ?? str(get(item, 'reversed_number'));
  if (one) {
    addScalar(text, one, asm, 'bullet', kind);
    return;
  }
  const details = str(get(item, 'details'));
  if (details || str(get(item, 'label'))) {
    const d = scalarText(text, details);
    if (d) asm.addSkills(d.text, d.map);
    return;
  }
  const titleNode = (kind === 'education' ? ['degree', 'area', 'institution'] : TITLE_KEYS).map((k) => str(get(item, k))).find(Boolean);
  const orgNode = kind === 'education' ? str(get(item, 'institution')) : (str(get(item, 'company')) ?? str(get(item, 'organization')) ?? str(get(item, 'journal')));
  const range = (item as { range?: [number, number, number] }).range ?? [0, 0, 0];
  if (titleNode) {
    const title = scalarText(text, titleNode);
    const e: Omit<Entry, 'index' | 'section' | 'bullets'> = {
      title: title?.text ?? '',
      titleStart: title ? toSourceStart(title.map, 0) : titleNode.range![0],
      titleEnd: title ? toSourceEnd(title.map, title.text.length) : titleNode.range![1],
      start: range[0],
      end: range[1],
    };
    if (kind === 'education') {
      const area = scalarText(text, str(get(item, 'area')))?.text;
      if (area && area !== e.title) e.title = `${e.title} ${area}`;
    }
    const org = orgNode && orgNode !== titleNode ? scalarText(text, orgNode)?.text : undefined;
    if (org) e.organisation = org;
    const from = str(get(item, 'start_date'));
    const to = str(get(item, 'end_date'));
    // RenderCV's free `date` field may hold a link or a note: only a date is a date
    const date = str(get(item, 'date'));
    const first = from ?? (date && DATE_RANGE.test(scalarText(text, date)?.text ?? '') ? date : undefined);
    if (first) {
      const a = first.range!;
      const b = (from && to ? to : first).range!;
      const fromText = scalarText(text, first)?.text ?? '';
      e.dates = { text: from ? `${fromText} – ${scalarText(text, to)?.text ?? 'present'}` : fromText, start: a[0], end: Math.max(a[1], b[1]) };
    }
    asm.openEntry(e);
  }
  const summary = str(get(item, 'summary'));
  if (summary) addScalar(text, summary, asm, 'prose', kind);
  const highlights = get(item, 'highlights');
  if (isSeq(highlights)) readHighlights(text, highlights.items, asm);
  if (titleNode) asm.closeEntry(range[1]);
}
