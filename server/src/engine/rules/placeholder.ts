import type { Rule } from '../types';
import type { Bullet } from '../model';
import { quote } from '../checks/word-list';
import { memoTable } from '../memo';

// Module constants, not literals in the function: the bundle (target node18) turns a `\p{..}` literal into
// `new RegExp(...)` where it stands, which made a new regex object per call in hot loops.
const HAS_LETTER = /\p{L}/u;
const STARTS_LOWER = /^\p{Ll}/u;

type Kind = 'template' | 'number' | 'note' | 'blank';

/** Words that mark a bracketed phrase as a slot of a template ("[Company Name]", "[Insert metric]"). */
const SLOT_WORDS = /\b(your|company|name|number|metric|metrics|result|results|insert|add|describe|tool|technology|team|project|product|percentage|percent|amount|date|city|role|title|system|impact|outcome|skill|achievement|verb|action|x|n)\b/i;

/** Every number placeholder has an "X", "N" or "Y", or "xx", or a "$" ("$xxk"). */
const MAY_NUMBER = /[XNY$]|xx/;
const MAY_LOREM = /lorem/i;

/**
 * Template leftovers, by pattern. The snippets and quick fixes of this project insert `[what]`,
 * `[system]`, `[before]`, `[after]`, `[metric]` as plain text when the client has no snippet support,
 * so those are caught by the bracket pattern.
 */
const PATTERNS: ReadonlyArray<{
  kind: Kind;
  re: RegExp;
  /**
   * A cheap test every match needs to pass (a character or word the pattern cannot match without):
   * most bullets have no placeholder, and skipping the pattern there saves a regex scan per pattern
   * and bullet. It must never reject a text the pattern matches in.
   */
  may: (text: string) => boolean;
  accept?: (m: RegExpExecArray, text: string) => boolean;
}> = [
  {
    kind: 'template',
    re: /\[([^[\]\n]{1,60})\]/g,
    may: (t) => t.includes('['),
    accept(m, text) {
      const inner = m[1].trim();
      const after = text[m.index + m[0].length];
      // raw link syntax: [text](url), [text][ref], [text] [ref], [ref]: url, ![image]
      if (text[m.index - 1] === '!' || after === '(' || after === '[' || after === ':') return false;
      if (text.startsWith(' [', m.index + m[0].length) && /^ \[[^\]\s]+\]/.test(text.slice(m.index + m[0].length)) && !SLOT_WORDS.test(inner)) return false;
      if (/\] $/.test(text.slice(Math.max(0, m.index - 2), m.index)) && !SLOT_WORDS.test(inner)) return false;
      // "[x]" and "[ ]" are task-list boxes; a capital "[X]" is a number still to be written
      if (!HAS_LETTER.test(inner) || /^[x ]?$/.test(inner) || inner.includes(',') || inner.split(/\s+/).length > 5) return false;
      if (/^(sic|citation needed|\d+)$/i.test(inner)) return false;
      return STARTS_LOWER.test(inner) || inner === inner.toUpperCase() || SLOT_WORDS.test(inner);
    },
  },
  { kind: 'template', re: /\{\{[^{}\n]{0,60}\}\}/g, may: (t) => t.includes('{{') },
  { kind: 'template', re: /\$\{\d+(?::[^}\n]{0,60})?\}/g, may: (t) => t.includes('${') },
  {
    kind: 'template',
    re: /<([a-z][a-z0-9 _/-]{0,40})>/g,
    may: (t) => t.includes('<'),
    accept: (m) => !/^(br|b|i|u|em|strong|span|sub|sup|small|div|p|a|img|hr|kbd|mark|code|s|ul|ol|li|table|tr|td|th|font|center|details|summary|abbr)$/.test(m[1]),
  },
  // "XX%", "X%", "N%", "$XXk", "XX ms", "X.Xx": a number still to be written
  { kind: 'number', re: /(?<![\p{L}\p{N}])(?:\$X{1,4}[KkMm]?|\$x{2,4}[km]?|(?:X{1,4}|x{2,4}|N|Y)(?:[.,]X+)?\s?%|X{2,4}(?:\s?(?:ms|s|min|h|k|K|M|x))?|X(?:\.X)?x|(?:X|N)\s?ms)(?![\p{L}\p{N}])/gu, may: (t) => MAY_NUMBER.test(t) },
  { kind: 'note', re: /(?<![\p{L}\p{N}])(?:TODO|TBD|FIXME)(?![\p{L}\p{N}])/gu, may: (t) => t.includes('TODO') || t.includes('TBD') || t.includes('FIXME') },
  { kind: 'note', re: /\blorem ipsum\b/gi, may: (t) => MAY_LOREM.test(t) },
  { kind: 'blank', re: /_{3,}/g, may: (t) => t.includes('___') },
];

function messageFor(kind: Kind, text: string): string {
  switch (kind) {
    case 'template':
      return `${quote(text)} is template text still waiting for your words: replace it before you send this resume.`;
    case 'number':
      return `${quote(text)} stands in for a number: put in the real figure, or reword the result if you cannot measure it.`;
    case 'note':
      return `${quote(text)} is a note to yourself left in the resume: finish the sentence and remove it.`;
    case 'blank':
      return 'A blank line of underscores is waiting to be filled in: write the missing words.';
  }
}

interface Found {
  start: number;
  end: number;
  kind: Kind;
}

const NONE: readonly Found[] = Object.freeze([]);
const found = memoTable<readonly Found[]>();

/**
 * The placeholders of a text, memoized by text: a bullet is scanned once, not on every lint while
 * someone edits another one (most bullets have a capital N, X or Y, which lets the number pattern run).
 * The array is shared: do not change it.
 */
function placeholdersOf(text: string): readonly Found[] {
  const hit = found.get(text);
  if (hit) return hit;
  let out: Found[] | undefined;
  // characters already reported, so "[XX%]" is reported once; an array, not a list of ranges, so a
  // text full of placeholders stays linear
  let taken: Uint8Array | undefined;
  for (const p of PATTERNS) {
    if (!p.may(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (p.accept && !p.accept(m, text)) continue;
      taken ??= new Uint8Array(text.length);
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      (out ??= []).push({ start, end, kind: p.kind });
    }
  }
  const list = out ?? NONE;
  found.set(text, list);
  return list;
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Unfilled template text ("[metric]", "XX%", "TODO", "{{...}}", "<system>") anywhere in the resume.',
    defaultSeverity: 'error',
    category: 'structure',
    fixable: false,
    scope: 'document',
    examples: {
      weak: 'Rebuilt the [system] cache layer, cutting load times by XX%.',
      strong: 'Rebuilt the catalogue cache layer, cutting product page load times by 38%.',
    },
  },
  check(ctx) {
    const covered: Array<[number, number]> = [];
    const report = (bullet: Bullet | undefined, base: number, text: string) => {
      for (const p of placeholdersOf(text)) {
        const written = text.slice(p.start, p.end);
        const message = messageFor(p.kind, written);
        const data = { placeholder: written, kind: p.kind };
        if (bullet) ctx.report({ bullet, start: p.start, end: p.end, message, data });
        else ctx.report({ start: base + p.start, end: base + p.end, message, data });
      }
    };
    for (const b of ctx.bullets) {
      report(b, 0, b.text);
      covered.push([b.start, b.end]);
    }
    // title lines ("### [Job Title] | [Company]") are not bullets; read them from the source where the
    // format's source is plain enough (Markdown, plain text) for the patterns to mean the same thing
    if (ctx.format !== 'markdown' && ctx.format !== 'text') return;
    const inBullet = (a: number, z: number) => covered.some(([s, e]) => a >= s && z <= e);
    const titles: Array<[number, number]> = [];
    for (const s of ctx.doc.sections) titles.push([s.titleStart, s.titleEnd]);
    for (const e of ctx.doc.entries) titles.push([e.titleStart, e.titleEnd]);
    const seen = new Set<number>();
    for (const [a, z] of titles) {
      if (z <= a || inBullet(a, z) || seen.has(a)) continue;
      seen.add(a);
      report(undefined, a, ctx.doc.text.slice(a, z));
    }
  },
};
