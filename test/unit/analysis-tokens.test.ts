import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, TOKEN_PATTERN, type Token } from '../../server/src/engine/analysis/tokens';

const SYMBOLS = new Set(['→', '->', '<', '>', '≤', '≥', '~', '×', '%']);
const PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '{', '}', '"', '“', '”']);

/** The reference: the documented pattern run as a regex, classified the way the scanner promises. */
function byPattern(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (/^\d/.test(raw) || m[1] !== undefined) {
      const digits = raw.slice(m[1]?.length ?? 0, raw.length - (m[2]?.length ?? 0));
      out.push({ kind: 'num', text: raw, lower: raw.toLowerCase(), start, end, value: Number(digits.replace(/,(?=\d{3}\b)/g, '')), unit: m[2]?.toLowerCase(), currency: m[1] !== undefined ? true : undefined, wid: 0, widAt: -1 });
    } else if (SYMBOLS.has(raw)) out.push({ kind: 'sym', text: raw, lower: raw, start, end, value: undefined, unit: undefined, currency: undefined, wid: 0, widAt: -1 });
    else if (PUNCT.has(raw)) out.push({ kind: 'punct', text: raw, lower: raw, start, end, value: undefined, unit: undefined, currency: undefined, wid: 0, widAt: -1 });
    else {
      if ((raw === 's' || raw === 'S') && start > 0 && (text[start - 1] === "'" || text[start - 1] === '’')) continue;
      out.push({ kind: 'word', text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end, value: undefined, unit: undefined, currency: undefined, wid: 0, widAt: -1 });
    }
  }
  return out;
}

test('analysis tokens: the scanner cuts and classifies any text exactly as its documented pattern', () => {
  const pieces = ['a', 's', 'S', 'ms', 'x', 'µ', 'Z', '7', '42', '1,000', '.', ',', '+', '#', ' ', '\t', '\u00a0', '-', '->', '>', '→', '&', '/', "'", '’', '$', '€', '£', '%', '×', '~', '≤', '(', ']', '"', '“', 'é', 'İ', 'ß', '中', '𝐀', '😀', '\ud800', '\udc00', '\u0301', '٣', '²', 'Ⅻ', '_', 'NET'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(tokenize(text), byPattern(text), JSON.stringify(text));
    }),
    { numRuns: 5000, seed: 20261130 },
  );
});

test('analysis tokens: numbers keep their unit, currency and value; possessives drop their "s"', () => {
  const t = tokenize("Cut p99 from 480ms to $1,200.50 (2.4x) on the team's API → 99.9%");
  assert.deepEqual(
    t.filter((x) => x.kind === 'num').map((x) => [x.text, x.value, x.unit, x.currency]),
    [
      ['480ms', 480, 'ms', undefined],
      ['$1,200.50', 1200.5, undefined, true],
      ['2.4x', 2.4, 'x', undefined],
      ['99.9%', 99.9, '%', undefined],
    ],
  );
  assert.deepEqual(t.filter((x) => x.kind === 'word').map((x) => x.lower), ['cut', 'p99', 'from', 'to', 'on', 'the', 'team', 'api']);
});
