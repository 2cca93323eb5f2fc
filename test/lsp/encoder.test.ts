import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from '../../server/src/lsp/encoder';
import { asciiJson } from '../../server/src/json-bytes';

/** What vscode-jsonrpc's own encoder writes for a message. */
const reference = (m: unknown) => Buffer.from(JSON.stringify(m), 'utf8');
const isAscii = (b: Uint8Array) => b.every((x) => x < 128);

const diagnostic = (i: number, message: string) => ({
  range: { start: { line: i, character: 2 }, end: { line: i, character: 10 } },
  severity: (i % 4) + 1,
  source: 'bulletproof',
  code: 'weak-verb',
  codeDescription: { href: 'file:///ext/docs/rules/weak-verb.md' },
  message,
  data: { version: 7, finding: i, bullet: { start: i * 10, end: i * 10 + 9 } },
  tags: i % 3 ? undefined : [1],
});

const MESSAGES = ['“Helped with” hides which part was yours', 'plain ascii', 'emoji 😀 and é, ü, 中文', 'quote " and backslash \\ and \u2028 line separator', 'a lone surrogate \ud800 here', ''];

test('encoder: a diagnostics notification decodes to the same message, in pure ASCII', () => {
  const params = { uri: 'file:///cv/Résumé.md', version: 7, diagnostics: Array.from({ length: 40 }, (_, i) => diagnostic(i, MESSAGES[i % MESSAGES.length])) };
  const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params } as Message;
  const bytes = encodeMessage(msg);
  assert.ok(isAscii(bytes), 'every byte is ASCII');
  assert.deepEqual(JSON.parse(Buffer.from(bytes).toString('utf8')), JSON.parse(JSON.stringify(msg)));
  assert.ok(Buffer.from(bytes).toString('latin1').includes('\\u201cHelped with\\u201d'), 'typographic quotes are escaped');
});

test('encoder: with nothing outside ASCII, the bytes are exactly JSON.stringify\'s', () => {
  const msg = { jsonrpc: '2.0', id: 12, result: { kind: 'full', resultId: '3', items: Array.from({ length: 20 }, (_, i) => diagnostic(i, `x${i} "q"`)) } } as unknown as Message;
  assert.deepEqual(Buffer.from(encodeMessage(msg)), reference(msg));
});

test('encoder: short lists, other messages and odd list elements decode to the same value', () => {
  const cases: unknown[] = [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: [diagnostic(0, '“a”')] } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: [] } },
    { jsonrpc: '2.0', id: 1, result: { capabilities: { hoverProvider: true } } },
    { jsonrpc: '2.0', id: 2, result: null },
    // undefined and function elements become null in a JSON list, as they do here
    { jsonrpc: '2.0', id: 3, result: { kind: 'full', items: [...Array.from({ length: 20 }, (_, i) => diagnostic(i, 'm')), undefined, () => 1] } },
    // a uri that holds the text of the stand-in marker cannot confuse the splice
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///\u0001bulletproof-list\u0001.md', diagnostics: Array.from({ length: 20 }, (_, i) => diagnostic(i, 'm')) } },
  ];
  for (const m of cases) assert.deepEqual(JSON.parse(Buffer.from(encodeMessage(m as Message)).toString('utf8')), JSON.parse(reference(m).toString('utf8')), JSON.stringify(m).slice(0, 80));
});

test('encoder: our diagnostics, written field by field, are byte for byte the escaped JSON.stringify', () => {
  const related = (i: number) => [{ location: { uri: 'file:///cv/Résumé.md', range: { start: { line: i, character: 0 }, end: { line: i, character: 5 } } }, message: `also opens with “Built” ${i}` }];
  const diagnostics = Array.from({ length: 30 }, (_, i) => {
    const d: Record<string, unknown> = diagnostic(i, MESSAGES[i % MESSAGES.length]);
    if (i % 5 === 0) delete (d.data as Record<string, unknown>).bullet;
    if (i % 4 === 0) d.relatedInformation = related(i);
    return d;
  });
  // shapes the field-by-field writer does not know go through JSON.stringify, with the same result
  diagnostics.push({ ...diagnostic(99, 'extra field'), extra: { a: [1, 'ü'] } });
  diagnostics.push({ message: 'keys in another order', range: { end: { character: 1, line: 0 }, start: { line: 0, character: 0 } }, severity: 1 });
  diagnostics.push({ ...diagnostic(98, 'a hole in tags'), tags: [1, , 2] });
  diagnostics.push({ ...diagnostic(97, 'a fraction'), severity: 1.5 });
  const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///cv/Résumé.md', version: 3, diagnostics } } as Message;
  const expected = Buffer.from(asciiJson(JSON.stringify(msg)), 'latin1');
  // twice: the second time the strings come from the encoder's cache
  assert.deepEqual(Buffer.from(encodeMessage(msg)), expected);
  assert.deepEqual(Buffer.from(encodeMessage(msg)), expected);
});
