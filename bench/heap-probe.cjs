// Bench only, never part of the server: bench/lsp.mjs preloads it into the server it spawns for the
// memory soak (node --expose-gc --require bench/heap-probe.cjs dist/server.js --stdio). On SIGUSR2 it
// runs a full garbage collection and writes the heap still in use, in bytes, to the file named by
// BULLETPROOF_HEAP_PROBE: the live data, apart from how much room V8 has chosen to keep around it.
'use strict';
const fs = require('node:fs');
const file = process.env.BULLETPROOF_HEAP_PROBE;
if (file && typeof global.gc === 'function') {
  process.on('SIGUSR2', () => {
    global.gc();
    fs.writeFileSync(file, String(process.memoryUsage().heapUsed));
  });
}
