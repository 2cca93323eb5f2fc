// Shared checks for the LaTeX, JSON and YAML reader tests (not a test file itself).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Bullet, ResumeDoc } from '../../../server/src/engine/model';
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
