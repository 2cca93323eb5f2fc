import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';

// The guidance's own examples, linted by the built CLI with the shared checker (it lives beside the
// repository, not in it). Strong examples must raise nothing at warning or above; weak ones must raise
// the rules the checker names.
const checker = path.join(ROOT, '..', 'shared', 'tools', 'seed-check.mjs');

test('seed conformance: zero disagreements with the guidance examples', (t) => {
  if (!fs.existsSync(checker)) {
    t.skip(`no checker at ${checker}: the seed conformance check did not run`);
    return;
  }
  const r = spawnSync(process.execPath, [checker], { cwd: ROOT, encoding: 'utf8' });
  assert.match(r.stdout, /seed conformance: 0 disagreement\(s\)/, r.stdout + r.stderr);
  assert.equal(r.status, 0);
});
