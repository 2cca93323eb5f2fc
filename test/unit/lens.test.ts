import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lensTitle, missingParts } from '../../server/src/lsp/summary';

const lens = (proven: number, total: number, system: number, change: number, result: number) => lensTitle({ proven, total, lacking: { system, change, result } });

test('code lens wording: counts, then the one part the unproven bullets lack most', () => {
  assert.equal(lens(2, 3, 0, 0, 1), '2/3 bullets proven · add a metric to 1');
  assert.equal(lens(1, 4, 2, 1, 0), '1/4 bullets proven · name the system in 2');
  assert.equal(lens(0, 3, 1, 3, 2), '0/3 bullets proven · show the change in 3');
});

test('code lens wording: all proven says only the count, singular for one bullet', () => {
  assert.equal(lens(3, 3, 0, 0, 0), '3/3 bullets proven');
  assert.equal(lens(1, 1, 0, 0, 0), '1/1 bullet proven');
});

test('code lens wording: a tie asks for the result first, then the system, then the change', () => {
  assert.equal(lens(0, 2, 2, 2, 2), '0/2 bullets proven · add a metric to 2');
  assert.equal(lens(0, 2, 1, 1, 0), '0/2 bullets proven · name the system in 1');
  assert.deepEqual(missingParts({ system: 1, change: 3, result: 1 }), ['change', 'result', 'system']);
  assert.deepEqual(missingParts({ system: 0, change: 0, result: 0 }), []);
});
