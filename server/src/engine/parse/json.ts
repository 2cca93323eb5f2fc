// The ESM build: esbuild's node platform would pick the UMD build, whose lazy require()s break when bundled.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { emptyDoc, type Entry, type ResumeDoc, type SectionKind } from '../model';
import { TextBuilder } from '../textmap';
import type { ParseOptions } from './index';
import { DATE_RANGE } from './entry';
import { DocAssembler, sectionKind, titleParts } from './structure';

/**
 * JSON Resume (https://jsonresume.org/schema). jsonc-parser gives every value's offset, so a string's
 * clean text is rebuilt from its source characters: each escape (`\"`, `\n`, `\u00e9`) becomes one
 * clean character mapped onto the escape's own source span.
 */
export function parseJson(text: string, options: ParseOptions = {}): ResumeDoc {
  void options;
  const doc = emptyDoc('json', text);
  try {
    const errors: ParseError[] = [];
    // a byte-order mark is not a JSON error: read it as a space (offsets stay the same)
    if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    if (errors.length) {
      const e = errors[0];
      doc.problems.push({ message: `JSON syntax error: ${describe(printParseErrorCode(e.error))}.`, start: e.offset, end: Math.min(text.length, e.offset + Math.max(1, e.length)) });
    }
    if (root?.type === 'object') readResume(text, root, new DocAssembler(doc));
  } catch (err) {
    doc.problems.push({ message: `This JSON file could not be read: ${err instanceof Error ? err.message : String(err)}.`, start: 0, end: 0 });
  }
  return doc;
}

/** "CommaExpected" → "comma expected" */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Sections in JSON Resume, by top-level key. */
const SECTION_KEYS: Record<string, SectionKind> = {
  work: 'experience',
  volunteer: 'experience',
  projects: 'projects',
  education: 'education',
  skills: 'skills',
};

function prop(obj: Node | undefined, key: string): Node | undefined {
  if (obj?.type !== 'object' || !obj.children) return undefined;
  for (const p of obj.children) if (p.children?.[0]?.value === key) return p;
  return undefined;
}

function valueOf(obj: Node | undefined, key: string): Node | undefined {
  const v = prop(obj, key)?.children?.[1];
  return v?.type === 'string' ? v : undefined;
}

function pointerPart(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The inner range of a string node (its quotes excluded; an unterminated string runs to its end). */
function inner(text: string, node: Node): [number, number] {
  const start = node.offset + 1;
  let end = node.offset + node.length;
  if (end > start && text.charCodeAt(end - 1) === 34 /* " */ && !escapedAt(text, start, end - 1)) end--;
  return [start, Math.max(start, end)];
}

/** Whether the character at `i` is preceded by an odd number of backslashes (from `from`). */
function escapedAt(text: string, from: number, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= from && text.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Clean text of a JSON string node, every character mapped to its source. */
export function mapJsonString(text: string, node: Node): { text: string; map: TextBuilder } {
  const [start, end] = inner(text, node);
  const b = new TextBuilder();
  let run = start;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    b.copy(text, run, i);
    const c = text[i + 1];
    if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      const ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      // a line break written as an escape reads as a space to the rules
      b.replace(ch === '\n' || ch === '\r' ? ' ' : ch, i, i + 6);
      i += 5;
    } else if (c !== undefined && c in SIMPLE_ESCAPES) {
      const ch = SIMPLE_ESCAPES[c];
      b.replace(/\s/.test(ch) ? ' ' : ch, i, i + 2);
      i += 1;
    } else {
      // a stray backslash (already a syntax error): keep it as written
      b.copy(text, i, i + 1);
    }
    run = i + 1;
  }
  b.copy(text, run, end);
  return { text: b.text, map: b };
}

function clean(text: string, node: Node | undefined): string | undefined {
  if (!node) return undefined;
  return mapJsonString(text, node).text.trim() || undefined;
}

function readResume(text: string, root: Node, asm: DocAssembler): void {
  const basics = prop(root, 'basics')?.children?.[1];
  const summaryProp = prop(basics, 'summary');
  // basics.summary is the Summary section; it sits before the sections in the usual key order
  const sectionsInOrder: Array<{ key: string; node: Node }> = [];
  for (const p of root.children ?? []) {
    const key = p.children?.[0];
    if (key?.type === 'string' && typeof key.value === 'string') sectionsInOrder.push({ key: key.value, node: p });
  }
  for (const { key, node } of sectionsInOrder) {
    if (key === 'basics') {
      const value = summaryProp?.children?.[1];
      if (summaryProp && value?.type === 'string') {
        const k = summaryProp.children![0];
        asm.openSection('summary', 'Summary', k.offset + 1, k.offset + k.length - 1, summaryProp.offset);
        addString(text, value, asm, 'prose', '/basics/summary');
        asm.closeSection(summaryProp.offset + summaryProp.length);
      }
      continue;
    }
    const arr = node.children?.[1];
    if (arr?.type !== 'array') continue;
    const keyNode = node.children![0];
    const kind = SECTION_KEYS[key] ?? sectionKind(key) ?? 'other';
    asm.openSection(kind, key, keyNode.offset + 1, keyNode.offset + keyNode.length - 1, node.offset);
    (arr.children ?? []).forEach((item, i) => readItem(text, kind, item, `/${pointerPart(key)}/${i}`, asm));
    asm.closeSection(node.offset + node.length);
  }
}

function addString(text: string, node: Node, asm: DocAssembler, kind: 'bullet' | 'prose', pointer: string): void {
  const { map } = mapJsonString(text, node);
  const { text: t, map: m } = map.finish();
  asm.addBullet({ kind, text: t, map: m, pointer, quote: 'double' });
}

function readItem(text: string, kind: SectionKind, item: Node, pointer: string, asm: DocAssembler): void {
  if (item.type === 'string') {
    addString(text, item, asm, 'bullet', pointer);
    return;
  }
  if (item.type !== 'object') return;
  if (kind === 'skills') {
    // with keywords, the name is the group's label ("Web Development"); alone, it is the skill
    const kw = (prop(item, 'keywords')?.children?.[1]?.children ?? []).filter((k) => k.type === 'string');
    const name = valueOf(item, 'name');
    if (name && kw.length === 0) addSkill(text, name, asm);
    for (const k of kw) addSkill(text, k, asm);
    return;
  }
  // the value that names the entry, then its organisation
  const titleKeys = kind === 'education' ? ['studyType', 'area', 'institution'] : ['position', 'name', 'title', 'company', 'organization'];
  const titleNode = titleKeys.map((k) => valueOf(item, k)).find((n) => clean(text, n));
  const orgNode = kind === 'education' ? valueOf(item, 'institution') : (valueOf(item, 'name') ?? valueOf(item, 'company') ?? valueOf(item, 'organization'));
  const e: Omit<Entry, 'index' | 'section' | 'bullets'> = {
    title: clean(text, titleNode) ?? '',
    titleStart: titleNode ? inner(text, titleNode)[0] : item.offset,
    titleEnd: titleNode ? inner(text, titleNode)[1] : item.offset + 1,
    start: item.offset,
    end: item.offset + item.length,
  };
  if (kind === 'education') {
    const area = clean(text, valueOf(item, 'area'));
    if (area && titleNode && clean(text, titleNode) !== area) e.title = `${e.title} ${area}`;
  }
  const org = orgNode && orgNode !== titleNode ? clean(text, orgNode) : undefined;
  if (org) e.organisation = org;
  const from = valueOf(item, 'startDate');
  const to = valueOf(item, 'endDate');
  const dateNode = valueOf(item, 'date') ?? valueOf(item, 'releaseDate');
  const date = dateNode && DATE_RANGE.test(clean(text, dateNode) ?? '') ? dateNode : undefined;
  if (from || date) {
    const a = inner(text, (from ?? date)!);
    const b = to ? inner(text, to) : a;
    const fromText = clean(text, from ?? date) ?? '';
    e.dates = { text: from ? `${fromText} – ${clean(text, to) ?? 'Present'}` : fromText, start: a[0], end: Math.max(a[1], b[1]) };
  }
  const kw = prop(item, 'keywords')?.children?.[1];
  const stack = (kw?.children ?? []).filter((k) => k.type === 'string').map((k) => clean(text, k)).filter((s): s is string => !!s);
  if (stack.length && kw) {
    e.stack = stack;
    e.stackSpan = { start: kw.offset, end: kw.offset + kw.length };
  } else if (titleNode && kind === 'projects') {
    // a project name written as "Name | Go, Redis" carries its stack
    const { text: t, map } = mapJsonString(text, titleNode);
    const parts = titleParts(t, { segments: map.segments });
    if (parts.stack) {
      e.stack = parts.stack;
      e.stackSpan = parts.stackSpan;
    }
  }
  if (e.title) asm.openEntry(e);
  // a project's description is its pitch; a job's description describes the company, not the work
  for (const proseKey of kind === 'projects' ? ['summary', 'description'] : ['summary']) {
    const v = valueOf(item, proseKey);
    if (v) addString(text, v, asm, 'prose', `${pointer}/${proseKey}`);
  }
  for (const listKey of ['highlights', 'courses']) {
    if (listKey === 'courses' && kind !== 'education') continue;
    const arr = prop(item, listKey)?.children?.[1];
    (arr?.children ?? []).forEach((h, i) => {
      if (h.type === 'string') addString(text, h, asm, 'bullet', `${pointer}/${listKey}/${i}`);
    });
  }
  if (e.title) asm.closeEntry(item.offset + item.length);
}

function addSkill(text: string, node: Node, asm: DocAssembler): void {
  const { map } = mapJsonString(text, node);
  const { text: t, map: m } = map.finish();
  if (!t) return;
  asm.addSkills(t.replace(/\n/g, ' '), m);
}
