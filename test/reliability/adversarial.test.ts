// Adversarial text for the engine's regular expressions and word matching: long runs of one
// character class in every format, and user word lists full of regular-expression syntax. Each
// lint returns (the test runner's own timeout is the only clock here; speed per KB is measured by
// bench/regex.mjs), findings stay inside the text, and user words match literally, as whole words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument, type Format } from '../../server/src/engine';

const RUNS = [' ', '\t', '\u00a0', '1', '1.', '.', 'a', 'ab ', 'Ab ', '[', ']', '(', '{', '}', '\\', '\\x', '%', '9%', '- ', '-', '–', 'a-', '"', "'", ':', ': ', '#', '*', '_', '|', '$', ',', ', ', '😀', 'e\u0301', '3x', '[X', 'worked on ', '\n', '\r\n', '- a\n', '  - a\n', '<', '<!--', '${', '{{', 'http://', '@', '~'];
const WRAP: Record<Format, (s: string) => string> = {
  markdown: (s) => `## Experience\n\n### Engineer | Firm | 2020 – 2023\n\n- ${s}\n`,
  text: (s) => `EXPERIENCE\n\nEngineer, Firm\n2020 - 2023\n• ${s}\n`,
  latex: (s) => `\\section{Experience}\n\\begin{itemize}\n\\item ${s}\n\\end{itemize}\n`,
  json: (s) => JSON.stringify({ work: [{ name: 'Firm', highlights: [s] }] }),
  yaml: (s) => `cv:\n  sections:\n    experience:\n      - company: Firm\n        highlights:\n          - ${JSON.stringify(s)}\n`,
};

describe('adversarial character runs', () => {
  for (const format of Object.keys(WRAP) as Format[]) {
    it(`${format}: ${RUNS.length} runs of 4 KB, in a bullet and as the whole file`, () => {
      for (const unit of RUNS) {
        const run = unit.repeat(Math.ceil(4096 / unit.length));
        for (const text of [WRAP[format](run), run]) {
          const r = lintDocument(text, { format });
          for (const f of r.findings) {
            assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${JSON.stringify(unit)}: ${f.ruleId} in range`);
            assert.notEqual(f.ruleId, 'rule-error', `${JSON.stringify(unit)}: ${f.message}`);
          }
        }
      }
    });
  }
});

describe('user word lists are words, never regular expressions', () => {
  const evil = ['(a+)+$', '.*', 'c++', '[a-z]', 'x|y', '\\d+', '^', 'a{1,99999}', '(?=a)', 'sync\\'];
  const config = { words: { buzzwords: evil, weakVerbs: ['(.*)*', 'dealt with'], filler: ['+++'], techNames: ['C++', 'Node.js', 'a.b'], allow: ['.*'] } };

  it('a catastrophic pattern as a word does not run as a pattern: a long run of "a" lints without it matching', () => {
    const text = `## Experience\n\n- Built the ${'a'.repeat(5000)}! queue, cutting lag by 40% after retries flooded it.\n`;
    const r = lintDocument(text, { format: 'markdown', config });
    assert.ok(!r.findings.some((f) => f.ruleId === 'buzzword'), 'no regular-expression match of (a+)+$ or [a-z]');
  });

  it('words with regex syntax match only their literal text, as whole words', () => {
    const text = '## Experience\n\n- Built the x|y sync with (a+)+$ and .* in the ledger after retries flooded it, cutting lag by 40%.\n- Built the xy ledger and the aaaa queue in Go after retries flooded it, cutting lag by 40%.\n- Dealt with c++ builds.\n';
    const r = lintDocument(text, { format: 'markdown', config });
    const buzz = r.findings.filter((f) => f.ruleId === 'buzzword').map((f) => text.slice(f.start, f.end));
    assert.ok(buzz.includes('x|y'), `x|y is flagged literally: ${JSON.stringify(buzz)}`);
    // an entry is matched by its words (punctuation around them is not part of the match): each
    // flagged span is text an entry literally contains
    for (const b of buzz) assert.ok(evil.some((e) => e.toLowerCase().includes(b.toLowerCase())), `"${b}" is literal text of an entry`);
    assert.ok(!buzz.some((b) => b === 'xy' || b === 'aaaa' || b === 'x' || b === 'y' || /^Built/.test(b)), `nothing matched as a pattern: ${JSON.stringify(buzz)}`);
    const bullet2 = r.doc.bullets[1];
    assert.ok(!r.findings.some((f) => f.ruleId === 'buzzword' && f.start >= bullet2.start && f.end <= bullet2.end), 'the second bullet has no buzzword');
    assert.ok(r.findings.some((f) => f.ruleId === 'weak-verb' && /Dealt with/.test(text.slice(f.start, f.end))), 'a plain user phrase still matches');
  });
});
