import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { entrySummary, lintDocument, parse, scoreResume, type Finding, type ProofCard } from '../../server/src/engine/index';
import { FIXTURES } from '../helpers';

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'score', name), 'utf8');
const ev = { start: 0, end: 1, text: 'x' };
const card = (parts: string): ProofCard => {
  const has = (c: string) => (parts.includes(c) ? ev : null);
  const c = { system: has('S'), challenge: has('C'), change: has('X'), result: has('R') };
  return { ...c, proven: !!(c.system && c.change && c.result) };
};

test('score: points per bullet, half points for a part shown elsewhere in the entry, penalties by severity', () => {
  // mixed.md: entry 0 has bullets 1, 2; entry 1 has bullets 3, 4; entry 2 has bullet 5 (bullet 0 is the email line)
  const doc = parse(fixture('mixed.md'), 'markdown');
  const cards: ProofCard[] = [card(''), card('SCXR'), card(''), card('SX'), card('S'), card('SXR')];
  const findings: Finding[] = [
    { ruleId: 'weak-verb', severity: 'warning', message: 'w', start: doc.bullets[3].start, end: doc.bullets[3].end, bullet: 3 },
    { ruleId: 'placeholder', severity: 'error', message: 'e', start: doc.bullets[4].start, end: doc.bullets[4].end, bullet: 4 },
    { ruleId: 'missing-challenge', severity: 'hint', message: 'h', start: doc.bullets[5].start, end: doc.bullets[5].end, bullet: 5 },
    // a warning on the intern entry's dates, outside any bullet
    { ruleId: 'date-order', severity: 'warning', message: 'd', start: doc.entries[2].titleStart, end: doc.entries[2].titleEnd },
  ];
  const s = scoreResume({ doc, cards, findings });
  const scores = s.entries.map((e) => e.bullets.map((b) => b.score));
  // entry 0: all four parts = 100; nothing itself, every part half from its neighbour = 15+15+15+5 = 50
  // entry 1: system + change = 60, minus 10 for the warning = 50; system + half a change = 45, minus 20 for the error = 25
  // entry 2: no challenge = 90; the hint costs nothing
  assert.deepEqual(scores, [[100, 50], [50, 25], [90]]);
  assert.deepEqual(s.entries.map((e) => e.score), [75, 38, 85], 'entry: mean of bullets; the intern entry loses 5 for its date warning');
  assert.equal(s.total, 5);
  assert.equal(s.proven, 2);
  assert.equal(s.score, Math.round((100 + 50 + 50 + 25 + 90) / 5 - 5));
  assert.deepEqual(s.weakest.map((e) => e.title), ['Software Engineer', 'Backend Engineer', 'Intern']);
  assert.deepEqual(s.entries[1].lacking, { system: 0, change: 1, result: 2 });
  assert.deepEqual(s.entries[1].bullets[1].lacks, ['change', 'result']);
  assert.equal(entrySummary(s.entries[1]), '0/2 bullets proven · show the change in 1 · add a metric to 2');
  assert.equal(entrySummary(s.entries[2]), '1/1 bullet proven');
});

test('score: a resume with no bullets scores 0 of 0', () => {
  const doc = parse('# Noor Haddad\n\nnoor@example.com\n\n## Skills\n\nGo, Kafka\n', 'markdown');
  const s = scoreResume({ doc, cards: [], findings: [] });
  assert.deepEqual([s.score, s.proven, s.total, s.entries.length, s.weakest.length], [0, 0, 0, 0, 0]);
});

test('score: lintDocument carries it; fixed fixtures rank strong above mixed above weak', () => {
  const strong = lintDocument(fixture('strong.md'), { format: 'markdown' });
  const mixed = lintDocument(fixture('mixed.md'), { format: 'markdown' });
  const weak = lintDocument(fixture('weak.md'), { format: 'markdown' });
  assert.ok(strong.score && mixed.score && weak.score);
  assert.deepEqual(strong.score, scoreResume(strong));
  assert.equal(strong.score.proven, strong.score.total, 'every strong bullet shows system, change and result');
  assert.equal(weak.score.proven, 0);
  assert.ok(strong.score.score >= 80, `strong: ${strong.score.score}`);
  assert.ok(weak.score.score <= 20, `weak: ${weak.score.score}`);
  assert.ok(strong.score.score > mixed.score.score && mixed.score.score > weak.score.score);
  assert.equal(mixed.score.weakest[0].title, 'Software Engineer', 'the entry with only weak bullets is weakest');
  for (const e of mixed.score.entries) for (const b of e.bullets) assert.equal(b.proven, mixed.cards[b.bullet].proven);
});

test('score: warnings weigh on it, and turning a rule off lifts them', () => {
  const text = fixture('mixed.md');
  const base = lintDocument(text, { format: 'markdown' }).score!;
  const off = lintDocument(text, { format: 'markdown', config: { rules: { 'weak-verb': 'off', 'missing-system': 'off', 'missing-metric': 'off', 'vague-claim': 'off' } } }).score!;
  assert.ok(off.score > base.score, `${off.score} > ${base.score}`);
  assert.equal(off.proven, base.proven, 'what is proven does not depend on severities');
});
