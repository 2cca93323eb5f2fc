// A deterministic two-page resume (about 1,100 words, 60 bullets) for the benchmarks. Synthetic on
// purpose: every run and machine lints exactly the same text. `variant` changes names and numbers so
// the CLI benchmark can write many different files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const systems = ['billing ledger', 'search indexer', 'order intake API', 'fraud scoring service', 'notification fan-out workers', 'tax calculation service', 'inventory sync pipeline', 'identity and session service', 'report export jobs', 'payout scheduler'];
const problems = ['duplicate webhooks', 'stale cache reads', 'queue backlog at month end', 'timeouts under burst traffic', 'schema drift between teams', 'noisy paging alerts'];
const changes = ['moved writes behind an idempotency key', 'split the job into queue-backed workers', 'added composite indexes and archived cold rows', 'introduced canary deploys with automatic rollback', 'rebuilt retries with jittered backoff', 'replaced polling with change-data-capture events'];
const weak = ['Worked on the {s} using javascript and postgres.', 'Helped with production issues on the {s}.', 'Responsible for various improvements to the {s}.', 'Successfully improved performance significantly.', 'Wrote Lambda functions in Python with DynamoDB.'];

export function twoPageResume(variant = 0) {
  const lines = [`# Casey Variant${variant}`, '', `casey${variant}@example.com · Remote`, '', '## Summary', '', 'Backend engineer focused on payment, search and data-pipeline systems that stay correct under load.', '', '## Experience', ''];
  let n = 0;
  for (let role = 0; role < 6; role++) {
    lines.push(`### Senior Engineer | Company ${variant}-${role} | ${2024 - 2 * role - 2} – ${2024 - 2 * role}`, '');
    for (let k = 0; k < 10; k++, n++) {
      const s = systems[(n + variant) % systems.length];
      if (n % 4 === 3) lines.push(`- ${weak[(n + variant) % weak.length].replace('{s}', s)}`);
      else {
        const p = problems[(n * 7 + variant) % problems.length];
        const c = changes[(n * 5 + variant) % changes.length];
        lines.push(`- Reworked the ${s}: ${c} after ${p}, cutting failed requests by ${(n * 13 + variant) % 80 + 10}%.`);
      }
    }
    lines.push('');
  }
  lines.push('## Skills', '', '- **Languages:** Go, Python, TypeScript, SQL', '- **Data:** PostgreSQL, Redis, Kafka', '', '## Education', '', '### BSc Computer Science | State University | 2012 – 2016', '');
  return lines.join('\n');
}

/**
 * `count` two-page resumes in a new temporary folder, and a way to time a CLI over them with its report
 * going to a file beside the folder, as in CI (`bulletproof dir > report.json`): reading 40 MB through a
 * pipe into this process and decoding it would put the harness's work on the same two cores. `remove()`
 * deletes both. Used by bench/run.mjs and bench/ab.mjs.
 */
export function resumeFolder(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-bench-'));
  const report = path.join(dir, '..', `${path.basename(dir)}-report.json`);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `resume-${i}.md`), twoPageResume(i));
  /** Milliseconds of one run of `cli` with `args` (a usage error or unreadable file throws). */
  const time = (cli, args) => {
    const out = fs.openSync(report, 'w');
    try {
      const t0 = process.hrtime.bigint();
      const res = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (res.status === 2) throw new Error(res.stderr);
      return ms;
    } finally {
      fs.closeSync(out);
    }
  };
  const remove = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(report, { force: true });
  };
  return { dir, time, remove };
}
