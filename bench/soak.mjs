// Language-server soak: one server over stdio through 1,000 open/edit/close cycles (each on a new
// document) and then a flood of 10,000 changes to one document. Prints the server's RSS at the
// baseline (after a warm-up), after the cycles and after the flood, the median and p95 time from an
// edit to its diagnostics, and how many times the flood was linted. Bounded: it stops itself (and
// the server) after 5 minutes whatever happens. A benchmark: it never fails on a figure.
// Usage: node bench/soak.mjs [cycles] [flood]   (after npm run build). Also `import { soakBench }`.
// BULLETPROOF_BENCH_DIST=<dir> runs another build's server.js (as bench/lsp.mjs does).
import fs from 'node:fs';
import { twoPageResume } from './resume.mjs';
import { ms, pct, rssMB, server, start } from './lsp.mjs';

export async function soakBench({ cycles = 1000, flood = 10_000 } = {}) {
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run npm run build first`);
  let publishes = 0;
  const { child, conn, diagnostics, stop } = await start({ onPublish: () => publishes++ });
  const guard = setTimeout(() => {
    console.error('  soak: stopped after 5 minutes (the server did not keep up)');
    child.kill('SIGKILL');
    process.exit(1);
  }, 5 * 60_000);

  const text = twoPageResume(0);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('- '));
  const toggle = (v) => {
    const at = { line, character: 4 };
    return v % 2 ? { range: { start: at, end: { line, character: 5 } }, text: '' } : { range: { start: at, end: at }, text: 'x' };
  };
  const latencies = [];
  const cycle = async (name, measure) => {
    const uri = `file:///soak/${name}.md`;
    const opened = diagnostics(uri, 1);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await opened;
    const t0 = process.hrtime.bigint();
    const edited = diagnostics(uri, 2);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [toggle(2)] });
    await edited;
    if (measure) latencies.push(ms(t0));
    const closed = diagnostics(uri, undefined);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await closed;
  };

  for (let i = 0; i < 50; i++) await cycle(`warm-${i}`, false);
  const baseline = rssMB(child.pid);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < cycles; i++) await cycle(`c${i}`, true);
  const cyclesMs = ms(t0);
  const afterCycles = rssMB(child.pid);

  const uri = 'file:///soak/flood.md';
  const opened = diagnostics(uri, 1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await opened;
  publishes = 0;
  const f0 = process.hrtime.bigint();
  const last = diagnostics(uri, flood + 1);
  for (let v = 2; v <= flood + 1; v++) conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [toggle(v)] });
  await last;
  const floodMs = ms(f0);
  const floodPublishes = publishes;
  // a request right after the flood: answered once the server has caught up
  const h0 = process.hrtime.bigint();
  await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
  const hoverMs = ms(h0);
  const closed = diagnostics(uri, undefined);
  conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await closed;
  const afterFlood = rssMB(child.pid);

  await stop();
  clearTimeout(guard);

  console.log(`language-server soak (two-page resume, ${lines.length} lines), server over stdio`);
  console.log(`  ${cycles} open/edit/close cycles in ${(cyclesMs / 1000).toFixed(1)} s: edit → diagnostics median ${pct(latencies, 50).toFixed(2)} ms, p95 ${pct(latencies, 95).toFixed(2)} ms`);
  console.log(`  flood of ${flood.toLocaleString('en')} changes: last version's diagnostics after ${(floodMs / 1000).toFixed(2)} s, ${floodPublishes} publishes (coalesced), a hover right after answered in ${hoverMs.toFixed(1)} ms`);
  console.log(`  server RSS: baseline ${baseline.toFixed(1)} MB (after 50 warm-up cycles) → ${afterCycles.toFixed(1)} MB after the cycles (Δ ${(afterCycles - baseline).toFixed(1)} MB) → ${afterFlood.toFixed(1)} MB after the flood (Δ ${(afterFlood - baseline).toFixed(1)} MB)`);
  return { baseline, afterCycles, afterFlood, p50: pct(latencies, 50), p95: pct(latencies, 95), floodMs, floodPublishes };
}

if (process.argv[1] === import.meta.filename) await soakBench({ cycles: Number(process.argv[2] ?? 1000), flood: Number(process.argv[3] ?? 10_000) });
