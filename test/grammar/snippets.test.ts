// The contributed snippets: every file parses, tab stops run 1..n with no gaps (Tab must visit every
// field in order), prefixes are unique per language, and every field left unfilled stays visible to the
// placeholder rule, which flags bracketed text such as "[system you owned]".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';
import { lint } from '../../server/src/engine/index';
import { runTmGrammarTest } from './textmate';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}
interface Contribution {
  language: string;
  path: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributions: Contribution[] = manifest.contributes?.snippets ?? [];
const load = (p: string): Record<string, Snippet> => JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixes = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

/** Tab stops and placeholders of a VS Code snippet body, skipping backslash escapes. */
function fieldsOf(body: string): { index: number; kind: 'tabstop' | 'placeholder' | 'choice'; text?: string }[] {
  const out: { index: number; kind: 'tabstop' | 'placeholder' | 'choice'; text?: string }[] = [];
  for (let i = 0; i < body.length; i++) {
    // VS Code escapes only \$, \} and \\ ; any other backslash (\item) is literal text
    if (body[i] === '\\' && '$}\\'.includes(body[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (body[i] !== '$') continue;
    const rest = body.slice(i);
    let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
    if (m) {
      out.push({ index: Number(m[1]), kind: 'tabstop' });
      continue;
    }
    m = /^\$\{(\d+)\|([^|]*)\|\}/.exec(rest);
    if (m) {
      out.push({ index: Number(m[1]), kind: 'choice', text: m[2] });
      continue;
    }
    m = /^\$\{(\d+):([^${}]*)\}/.exec(rest);
    if (m) out.push({ index: Number(m[1]), kind: 'placeholder', text: m[2] });
    else if (/^\$\{\d/.test(rest)) throw new Error(`unsupported field at: ${rest.slice(0, 30)}`);
  }
  return out;
}

test('snippets are contributed for resume, markdown and latex, and every file exists and parses', () => {
  const langs = new Set(contributions.map((c) => c.language));
  for (const l of ['resume', 'markdown', 'latex']) assert.ok(langs.has(l), `no snippets contributed for ${l}`);
  for (const c of contributions) {
    const file = path.join(ROOT, c.path);
    assert.ok(fs.existsSync(file), `${c.path} is missing`);
    const snippets = load(c.path);
    assert.ok(Object.keys(snippets).length > 0, `${c.path} has no snippets`);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(prefixes(s).every((p) => typeof p === 'string' && p.length > 0), `${name}: prefix`);
      assert.ok(bodyOf(s).length > 0, `${name}: empty body`);
      assert.ok(s.description && s.description.length > 10, `${name}: needs a description for the suggest widget`);
    }
  }
});

test('the expected snippets exist per language', () => {
  const byLang = new Map<string, Set<string>>();
  for (const c of contributions) {
    const set = byLang.get(c.language) ?? new Set<string>();
    for (const s of Object.values(load(c.path))) for (const p of prefixes(s)) set.add(p);
    byLang.set(c.language, set);
  }
  for (const lang of ['resume', 'markdown']) {
    for (const p of ['bullet', 'role', 'metric', 'project', 'resume']) assert.ok(byLang.get(lang)?.has(p), `${lang} lacks the ${p} snippet`);
  }
  for (const p of ['bullet', 'resumeitem', 'role', 'metric']) assert.ok(byLang.get('latex')?.has(p), `latex lacks the ${p} snippet`);
});

test('tab stops are numbered 1..n without gaps in every snippet', () => {
  for (const c of contributions) {
    for (const [name, s] of Object.entries(load(c.path))) {
      const numbers = [...new Set(fieldsOf(bodyOf(s)).map((f) => f.index).filter((n) => n > 0))].sort((a, b) => a - b);
      assert.ok(numbers.length > 0, `${c.path} ${name}: no tab stops`);
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1), `${c.path} ${name}: tab stops ${numbers.join(',')}`);
    }
  }
});

test('prefixes are unique per language', () => {
  const seen = new Map<string, string>();
  for (const c of contributions) {
    for (const [name, s] of Object.entries(load(c.path))) {
      for (const p of prefixes(s)) {
        const key = `${c.language}\u0000${p}`;
        assert.ok(!seen.has(key), `prefix "${p}" is used twice for ${c.language}: ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
  }
});

test('an unfilled field stays flaggable: placeholder defaults are bracketed, choices are real words', () => {
  // a default left as plain words ("system you owned") would read as real text and escape the
  // placeholder rule; the only plain default allowed is a real value the user may keep
  const REAL_VALUES = new Set(['Present']);
  for (const c of contributions) {
    for (const [name, s] of Object.entries(load(c.path))) {
      for (const f of fieldsOf(bodyOf(s))) {
        if (f.kind === 'placeholder') assert.ok(/^\[[^\[\]]+\]$/.test(f.text!) || REAL_VALUES.has(f.text!), `${name}: default "${f.text}" is neither [bracketed] nor a real value`);
        if (f.kind === 'choice') for (const w of f.text!.split(',')) assert.match(w, /^[A-Z]?[a-z]+(?: [a-z]+)?$/, `${name}: choice "${w}"`);
      }
    }
  }
});

test('the bullet snippet lays out system → challenge → change → result', () => {
  const md = Object.values(load('snippets/resume.json')).find((s) => prefixes(s).includes('bullet'))!;
  const fields = fieldsOf(bodyOf(md));
  assert.equal(fields[0].kind, 'choice', 'a bullet opens on a choice of strong verbs');
  assert.ok(fields[0].text!.split(',').length >= 5);
  const order = fields.filter((f) => f.kind === 'placeholder').map((f) => f.text);
  const at = (needle: RegExp) => order.findIndex((t) => needle.test(t ?? ''));
  const positions = [at(/system/), at(/breaking/), at(/changed/), at(/before/), at(/after/)];
  assert.ok(positions.every((p) => p >= 0), `missing a part: ${order.join(' | ')}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'parts out of order');
  assert.ok(bodyOf(md).startsWith('- '), 'a Markdown bullet starts with "- "');
});

/** A snippet as inserted and left alone: choices take their first option, fields keep their default. */
function expand(body: string): { text: string; defaults: { start: number; end: number }[] } {
  let text = '';
  const defaults: { start: number; end: number }[] = [];
  const re = /\\([$}\\])|\$\{\d+\|([^,|]*)[^|]*\|\}|\$\{\d+:([^${}]*)\}|\$\{?\d+\}?/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(last, m.index);
    last = re.lastIndex;
    if (m[1] !== undefined) text += m[1];
    else if (m[2] !== undefined) text += m[2];
    else if (m[3] !== undefined) {
      if (m[3].startsWith('[')) defaults.push({ start: text.length, end: text.length + m[3].length });
      text += m[3];
    }
  }
  return { text: text + body.slice(last), defaults };
}

test('every field left unfilled in a Markdown snippet is painted as a placeholder by the grammar', () => {
  const lines = ['<!-- SYNTAX TEST "text.resume" "unfilled snippets"'];
  let checked = 0;
  for (const [, s] of Object.entries(load('snippets/resume.json'))) {
    const { text, defaults } = expand(bodyOf(s));
    let lineStart = 0;
    for (const line of text.split('\n')) {
      lines.push(line);
      for (const d of defaults.filter((x) => x.start >= lineStart && x.end <= lineStart + line.length)) {
        const from = d.start - lineStart;
        const width = d.end - d.start;
        // carets need the column past the 4-character comment token; "<~~-" reaches the first columns
        lines.push(from >= 4 ? `<!--${' '.repeat(from - 4)}${'^'.repeat(width)} invalid.illegal.placeholder.resume` : `<!-- <${'~'.repeat(from)}${'-'.repeat(width)} invalid.illegal.placeholder.resume`);
        checked++;
      }
      lineStart += line.length + 1;
    }
    lines.push('');
  }
  assert.ok(checked >= 30, `only ${checked} fields checked`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-snippets-'));
  try {
    const file = path.join(dir, 'unfilled.test.resume.md');
    fs.writeFileSync(file, lines.join('\n'));
    const r = runTmGrammarTest(file);
    assert.equal(r.status, 0, `unfilled fields the grammar does not flag:\n${r.output}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the placeholder rule reports every field left unfilled in a Markdown snippet', () => {
  const missed: string[] = [];
  let checked = 0;
  for (const [name, s] of Object.entries(load('snippets/resume.json'))) {
    const { text, defaults } = expand(bodyOf(s));
    const found = lint(text, { format: 'markdown', fileName: 'snippet.resume.md' }).filter((f) => f.ruleId === 'placeholder');
    for (const d of defaults) {
      checked++;
      if (!found.some((f) => f.start <= d.start && f.end >= d.end)) missed.push(`${name}: ${text.slice(d.start, d.end)}`);
    }
  }
  assert.ok(checked >= 30, `only ${checked} fields checked`);
  assert.deepEqual(missed, [], 'unfilled fields the placeholder rule lets through');
});

test('in LaTeX, the placeholder rule reports every field left unfilled inside an \\item or \\resumeItem', () => {
  const missed: string[] = [];
  let checked = 0;
  for (const [name, s] of Object.entries(load('snippets/latex.json'))) {
    const { text, defaults } = expand(bodyOf(s));
    const head = '\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n';
    const doc = `${head}${text}\n\\end{itemize}\n\\end{document}\n`;
    const found = lint(doc, { format: 'latex', fileName: 'cv.tex' }).filter((f) => f.ruleId === 'placeholder');
    for (const d of defaults) {
      const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
      // heading arguments (\resumeSubheading{...}) are not bullets; the rule reads only bullets in LaTeX
      if (!/^\s*\\(item|resumeItem)\b/.test(text.slice(lineStart))) continue;
      checked++;
      const start = head.length + d.start;
      const end = head.length + d.end;
      if (!found.some((f) => f.start <= start && f.end >= end)) missed.push(`${name}: ${text.slice(d.start, d.end)}`);
    }
  }
  assert.ok(checked >= 20, `only ${checked} fields checked`);
  assert.deepEqual(missed, [], 'unfilled LaTeX fields the placeholder rule lets through');
});
