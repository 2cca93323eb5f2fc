// Shared checks for the LaTeX, JSON and YAML reader tests (not a test file itself).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Bullet, Format, ResumeDoc } from '../../../server/src/engine/model';
import { applyEdits, applyFixes, lintDocument, type LintResult } from '../../../server/src/engine/index';
import { toSourceEnd, toSourceStart } from '../../../server/src/engine/textmap';
import { CORPUS, FIXTURES } from '../../helpers';

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'formats', name), 'utf8');
}

/**
 * The model's promises, checked on any document: every range inside the text, every copied map
 * segment equal character for character to the source, segments in order, bullets in their section.
 */
export function assertWellFormed(d: ResumeDoc): void {
  const n = d.text.length;
  const inside = (a: number, b: number, what: string) => assert.ok(a >= 0 && a <= b && b <= n, `${what}: ${a}-${b} outside 0-${n}`);
  for (const b of d.bullets) {
    inside(b.start, b.end, `bullet ${JSON.stringify(b.text)}`);
    assert.ok(b.text.length > 0 && b.text === b.text.trim(), `bullet text is trimmed and not empty: ${JSON.stringify(b.text)}`);
    let last = -1;
    for (const seg of b.map.segments) {
      assert.ok(seg.text >= last, 'segments sorted by clean offset');
      last = seg.text + seg.length;
      inside(seg.source, seg.source + (seg.sourceLength ?? seg.length), 'map segment');
      if (seg.sourceLength === undefined) assert.equal(d.text.slice(seg.source, seg.source + seg.length), b.text.slice(seg.text, seg.text + seg.length));
    }
    if (b.section >= 0) assert.ok(d.sections[b.section].bullets.includes(b.index));
    if (b.entry >= 0) assert.ok(d.entries[b.entry].bullets.includes(b.index));
  }
  for (const s of d.sections) inside(s.titleStart, s.titleEnd, `section ${s.title}`), inside(s.start, s.end, `section ${s.title}`);
  for (const e of d.entries) {
    inside(e.titleStart, e.titleEnd, `entry ${e.title}`);
    inside(e.start, e.end, `entry ${e.title}`);
    if (e.dates) inside(e.dates.start, e.dates.end, `dates of ${e.title}`);
  }
  for (const s of d.skills) inside(s.start, s.end, `skill ${s.name}`);
  for (const c of d.comments) inside(c.start, c.end, 'comment');
  for (const p of d.problems) inside(p.start, p.end, 'problem');
}

/** The bullet whose clean text starts with `prefix`. */
export function bulletStarting(d: ResumeDoc, prefix: string): Bullet {
  const b = d.bullets.find((x) => x.text.startsWith(prefix));
  assert.ok(b, `a bullet starting ${JSON.stringify(prefix)} in ${JSON.stringify(d.bullets.map((x) => x.text))}`);
  return b;
}

/** The source characters under the clean-text range of `word` (its first occurrence) in a bullet. */
export function sourceOf(d: ResumeDoc, b: Bullet, word: string, from = 0): string {
  const i = b.text.indexOf(word, from);
  assert.ok(i >= 0, `${JSON.stringify(word)} in ${JSON.stringify(b.text)}`);
  return d.text.slice(toSourceStart(b.map, i), toSourceEnd(b.map, i + word.length));
}

/** The corpus templates of some extensions, or none (with the reason printed) when the folder is absent. */
export function corpusFiles(exts: RegExp): string[] {
  if (!fs.existsSync(CORPUS)) {
    console.log(`# no template corpus at ${CORPUS}: the corpus checks of this file did not run`);
    return [];
  }
  return fs
    .readdirSync(CORPUS)
    .filter((f) => exts.test(f))
    .sort()
    .map((f) => path.join(CORPUS, f));
}

/**
 * Lints a fixture end to end: no rule failed, the weak bullet gets findings, every finding about a
 * bullet lies on that bullet's own characters, and each edit applied alone passes `valid`.
 */
export function lintOnBullets(src: string, fileName: string, format: Format, weakPrefix: string, weakPhrase: string, valid: (out: string, ruleId: string, newText: string) => void): LintResult {
  const r = lintDocument(src, { fileName });
  assert.equal(r.format, format);
  assert.ok(!r.findings.some((f) => f.ruleId === 'rule-error' || f.ruleId === 'parse-error'), r.findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));
  const weak = bulletStarting(r.doc, weakPrefix);
  assert.ok(r.findings.some((f) => f.bullet === weak.index), 'the weak bullet gets findings');
  for (const f of r.findings) {
    if (f.bullet === undefined) continue;
    const b = r.doc.bullets[f.bullet];
    assert.ok(f.start >= b.start && f.end <= b.end, `${f.ruleId} finding ${f.start}-${f.end} inside its bullet ${b.start}-${b.end}`);
    for (const e of [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) {
      const newText = e.snippet ? (e.plainText ?? '') : e.newText;
      valid(applyEdits(src, [{ ...e, newText }]).text, f.ruleId, newText);
    }
  }
  // all safe fixes at once (what --fix writes) keep the file valid and every bullet in place
  const fixed = applyFixes(src, r.findings).text;
  valid(fixed, 'all safe fixes', '');
  assert.equal(lintDocument(fixed, { fileName }).doc.bullets.length, r.doc.bullets.length, 'the fixed file has the same bullets');
  const weakVerb = r.findings.find((f) => f.ruleId === 'weak-verb' && f.bullet === weak.index);
  if (weakVerb) assert.equal(src.slice(weakVerb.start, weakVerb.end).toLowerCase(), weakPhrase);
  else console.log(`# weak-verb did not fire on "${weakPhrase}" (the rule may still be in progress); the range checks above ran`);
  return r;
}

/** The fixture with CRLF line ends parses to the same bullet texts, well formed. */
export function crlfTwin(src: string, read: (s: string) => ResumeDoc): { crlf: string; doc: ResumeDoc } {
  const lf = src.replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  const doc = read(crlf);
  assert.deepEqual(doc.bullets.map((x) => [x.text, x.kind, x.depth]), read(lf).bullets.map((x) => [x.text, x.kind, x.depth]));
  assertWellFormed(doc);
  return { crlf, doc };
}
