// Random sequences of incremental edits through the real language server (spawned over stdio) end
// exactly where opening the final text fresh ends: the same diagnostics with the same data, and the
// published versions only go up, the last one the document's. Edits insert, delete and replace,
// cross line ends (LF, CRLF and lone CR), and carry emoji and combining marks.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lineOf, lineStarts, type Format } from '../../server/src/engine';
import { startClient, type TestClient } from '../lsp/client';
import { resume } from './gen';

const LANGUAGE: Record<Format, string> = { markdown: 'markdown', text: 'plaintext', latex: 'latex', json: 'json', yaml: 'yaml' };
const EXT: Record<Format, string> = { markdown: 'md', text: 'txt', latex: 'tex', json: 'json', yaml: 'yaml' };

type Pos = { line: number; character: number };

/** An LSP position from an offset; the engine's line table counts \r\n, \n and a lone \r as LSP does. */
function positionAt(starts: number[], offset: number): Pos {
  const line = lineOf(starts, offset);
  return { line, character: offset - starts[line] };
}

function snap(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  const before = text.charCodeAt(o - 1);
  const at = text.charCodeAt(o);
  if (before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return o - 1;
  if (before === 13 && at === 10) return o - 1;
  return o;
}

const PIECES = ['a', 'Worked on ', 'successfully ', ' ', '\n', '\r\n', '\r', '- ', '\n- Cut p95 by 40% ', '😀', '👩‍💻', 'e\u0301', '\u0303', '\t', '\u00a0', 'javascript', '## Skills\n', '"', '\\', '{', '}', ': ', '', '🇯🇵'];
const edit = fc.record({ at: fc.nat(), len: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 80 })), text: fc.constantFrom(...PIECES), batch: fc.nat({ max: 3 }) });

const shape = (d: Diagnostic) => JSON.stringify([d.range, d.code, d.severity, d.message, d.tags, d.data]);

describe('incremental edits through the language server', () => {
  let c: TestClient;
  before(async () => {
    c = await startClient();
  });
  after(async () => {
    await c.shutdown();
  });

  it('any sequence of edits ends equal to a fresh open of the final text', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(resume, fc.array(edit, { minLength: 1, maxLength: 40 }), async ({ format, text: initial }, edits) => {
        run++;
        const dir = path.join('/nonexistent-bulletproof', `run${run}`);
        const uri = pathToFileURL(path.join(dir, `edited.${EXT[format]}`)).toString();
        const freshUri = pathToFileURL(path.join(dir, `fresh.${EXT[format]}`)).toString();
        let text = initial;
        let version = 1;
        c.open(uri, text, LANGUAGE[format], version);
        let pending: Array<{ range: { start: Pos; end: Pos }; text: string }> = [];
        for (const e of edits) {
          const start = snap(text, e.at % (text.length + 1));
          const end = snap(text, start + e.len);
          const starts = lineStarts(text);
          const change = { range: { start: positionAt(starts, start), end: positionAt(starts, end) }, text: e.text };
          text = text.slice(0, start) + e.text + text.slice(end);
          pending.push(change);
          // changes in one notification apply in order, each to the text the previous one left
          if (e.batch === 0 || pending.length > 3) {
            version++;
            c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: pending });
            pending = [];
          }
        }
        if (pending.length) {
          version++;
          c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: pending });
        }
        const edited = await c.diagnostics(uri, (p) => p.version === version);
        c.open(freshUri, text, LANGUAGE[format], version);
        const fresh = await c.diagnostics(freshUri, (p) => p.version === version);
        assert.deepEqual(edited.diagnostics.map(shape), fresh.diagnostics.map(shape), `final text: ${JSON.stringify(text)}`);
        const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version!);
        assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'published versions only go up');
        assert.equal(versions.at(-1), version);
        for (const u of [uri, freshUri]) c.notify('textDocument/didClose', { textDocument: { uri: u } });
      }),
      { seed: 4242, numRuns: 60, endOnFailure: true },
    );
  });
});
