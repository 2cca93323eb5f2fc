// No network at all: the CLI and the language server run with a preloaded module (NODE_OPTIONS
// --require) that replaces every way Node opens a connection or looks up a name (net, tls, dns,
// http, https, http2, dgram, fetch) with a function that writes the attempt down and throws. The CLI
// lints and fixes every example format, the server serves a whole session; the record stays empty.
// A first check proves the trap catches an attempt, so an empty record means something.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { DIST, FIXTURES, ROOT } from '../helpers';
import { CLI, tempDir } from './run-cli';

const TRAP = `'use strict';
const fs = require('fs');
const record = process.env.BULLETPROOF_NET_RECORD;
function trap(name) {
  return function () {
    const target = [...arguments].map((a) => (typeof a === 'object' && a ? JSON.stringify(a).slice(0, 120) : String(a))).join(' ');
    fs.appendFileSync(record, process.pid + ' ' + name + ' ' + target + '\\n');
    throw new Error('network access blocked by the Bulletproof no-network test: ' + name);
  };
}
const net = require('net');
net.connect = net.createConnection = trap('net.connect');
net.Socket.prototype.connect = trap('net.Socket.connect');
const tls = require('tls');
tls.connect = trap('tls.connect');
const dns = require('dns');
for (const k of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'reverse']) dns[k] = trap('dns.' + k);
for (const k of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[k] = trap('dns.promises.' + k);
for (const m of ['http', 'https']) { const mod = require(m); mod.request = trap(m + '.request'); mod.get = trap(m + '.get'); }
require('http2').connect = trap('http2.connect');
require('dgram').createSocket = trap('dgram.createSocket');
globalThis.fetch = trap('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = trap('WebSocket');
`;

describe('no network access', () => {
  let dir: string;
  let trapFile: string;
  let record: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    dir = tempDir('no-network');
    trapFile = path.join(dir, 'trap.cjs');
    record = path.join(dir, 'attempts.log');
    fs.writeFileSync(trapFile, TRAP);
    fs.writeFileSync(record, '');
    env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(trapFile)}`.trim(), BULLETPROOF_NET_RECORD: record, NO_COLOR: '1' };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const attempts = () => fs.readFileSync(record, 'utf8').trim();

  it('the trap catches an attempt (so an empty record below means nothing was tried)', (t) => {
    t.after(() => fs.writeFileSync(record, ''));
    const r = spawnSync(process.execPath, ['-e', "try { require('net').connect(443, 'example.invalid') } catch {} try { fetch('https://example.invalid') } catch {} try { require('dns').lookup('example.invalid', () => {}) } catch {}"], { env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const seen = attempts();
    assert.match(seen, /net\.connect 443 example\.invalid/);
    assert.match(seen, /fetch https:\/\/example\.invalid/);
    assert.match(seen, /dns\.lookup example\.invalid/);
  });

  it('the CLI lints and fixes every format without trying to connect anywhere', () => {
    const work = path.join(dir, 'resumes');
    fs.mkdirSync(work);
    for (const f of fs.readdirSync(path.join(FIXTURES, 'formats')).filter((f) => !f.endsWith('.mjs'))) fs.copyFileSync(path.join(FIXTURES, 'formats', f), path.join(work, f));
    for (const f of fs.readdirSync(path.join(ROOT, 'examples'))) fs.copyFileSync(path.join(ROOT, 'examples', f), path.join(work, f));
    const before = new Map(fs.readdirSync(work).map((f) => [f, fs.readFileSync(path.join(work, f), 'utf8')]));
    for (const args of [[work], ['--format', 'json', work], ['--fix', work], ['--list-rules']]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', cwd: dir });
      assert.ok(r.status === 0 || r.status === 1, `bulletproof ${args.join(' ')}: exit ${r.status} ${r.stderr}`);
    }
    const stdin = spawnSync(process.execPath, [CLI, '--stdin', '--stdin-filename', 'r.md'], { env, encoding: 'utf8', input: '- Worked on the API\n' });
    assert.equal(stdin.status, 1, stdin.stderr);
    assert.equal(attempts(), '', 'no connection or name lookup was attempted');
    // and nothing was written but the files asked to be fixed: same names, no new files
    assert.deepEqual(fs.readdirSync(work).sort(), [...before.keys()].sort());
    assert.deepEqual(fs.readdirSync(dir).sort(), ['attempts.log', 'resumes', 'trap.cjs']);
  });

  it('the language server serves a whole session without trying to connect anywhere', async () => {
    const child = spawn(process.execPath, [path.join(DIST, 'server.js'), '--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Map<string, number>();
    const waiters = new Map<string, () => void>();
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
      published.set(p.uri, p.diagnostics.length);
      waiters.get(p.uri)?.();
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ rules: { 'weak-verb': 'error' } })));
    conn.listen();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } } }, workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'w' }] });
      conn.sendNotification('initialized', {});
      fs.writeFileSync(path.join(dir, '.bulletproofrc.json'), '{ "rules": { "filler": "error" } }');
      const files = fs.readdirSync(path.join(FIXTURES, 'formats')).filter((f) => !f.endsWith('.mjs'));
      const lang: Record<string, string> = { tex: 'latex', json: 'json', yaml: 'yaml', md: 'markdown', txt: 'plaintext' };
      for (const f of [...files, '../../../examples/resume.md', '../../../examples/resume.txt']) {
        const src = path.resolve(FIXTURES, 'formats', f);
        const uri = pathToFileURL(path.join(dir, path.basename(f))).toString();
        const got = new Promise<void>((r) => waiters.set(uri, r));
        conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: lang[path.extname(f).slice(1)] ?? 'plaintext', version: 1, text: fs.readFileSync(src, 'utf8') } });
        await got;
        const position = { line: 8, character: 6 };
        await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
        await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source.fixAll'] } });
        await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        await conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
        await conn.sendRequest('bulletproof/summary', { uri });
      }
      await conn.sendRequest('bulletproof/rules', {});
      conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.bulletproofrc.json')).toString(), type: 2 }] });
      assert.ok(published.size >= 6, 'every opened document got diagnostics');
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
      assert.equal(await exited, 0, stderr);
    } finally {
      conn.dispose();
      child.kill();
    }
    assert.equal(attempts(), '', 'no connection or name lookup was attempted');
    assert.doesNotMatch(stderr, /network access blocked/);
  });
});
