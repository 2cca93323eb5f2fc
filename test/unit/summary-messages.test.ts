import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRange, isRevealMessage } from '../../client/src/summaryMessages';
import type { Summary } from '../../server/src/lsp/protocol';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

test('summary page messages: only a well-formed reveal with offsets is acted on', () => {
  assert.ok(isRevealMessage({ type: 'reveal', start: 10, end: 40 }));
  assert.ok(isRevealMessage({ type: 'reveal', start: 0, end: 0 }));
  for (const m of [null, 'reveal', { type: 'open', start: 1, end: 2 }, { type: 'reveal', start: '1', end: 2 }, { type: 'reveal', start: -1, end: 2 }, { type: 'reveal', start: 5, end: 2 }, { type: 'reveal', start: 1.5, end: 2 }, { type: 'reveal', start: 1 }]) {
    assert.ok(!isRevealMessage(m), JSON.stringify(m));
  }
});

test('summary page: a clicked bullet or entry title is found by its offsets and selected by its range', () => {
  const summary: Summary = {
    uri: 'file:///r.md',
    version: 3,
    proven: 1,
    total: 2,
    score: 60,
    entries: [
      {
        title: 'Engineer',
        section: 'Experience',
        line: 4,
        start: 50,
        end: 70,
        range: range(4, 4, 24),
        proven: 1,
        total: 2,
        score: 60,
        missing: ['result'],
        lens: '1/2 bullets proven · add a metric to 1',
        bullets: [
          { text: 'a', start: 80, end: 120, range: range(6, 2, 42), proven: true, lacks: [], challenge: false, score: 90 },
          { text: 'b', start: 121, end: 150, range: range(7, 2, 31), proven: false, lacks: ['result'], challenge: false, score: 30 },
        ],
      },
    ],
  };
  assert.deepEqual(findRange(summary, 121, 150), range(7, 2, 31));
  assert.deepEqual(findRange(summary, 50, 70), range(4, 4, 24));
  assert.equal(findRange(summary, 121, 149), undefined);
});
