#!/usr/bin/env node
// Generates package.json `contributes.configuration` (per-rule severity settings and the others)
// from the rules' metadata via server/src/lsp/contributes.ts, bundled on the fly so it never lags
// behind a stale dist/. test/lsp/package.test.ts fails when package.json is out of date.
//
// Usage: node scripts/gen-settings.mjs [--check]
//   --check   write nothing; exit 1 when package.json is out of date
// Also importable: `import { generateSettings } from './scripts/gen-settings.mjs'`.
import { loadSource, repo } from './load-source.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';


/** The configuration block, computed from the current source. */
export async function generateSettings() {
  const { RULES, settingsContribution } = await loadSource("export { RULES } from './server/src/engine/registry'; export { settingsContribution } from './server/src/lsp/contributes';");
  return settingsContribution(RULES.map((r) => r.meta));
}

/** Writes (or with check, only compares) package.json; returns true when it was up to date. */
export async function updatePackageJson({ check = false } = {}) {
  const pkgPath = path.join(repo, 'package.json');
  const configuration = await generateSettings();
  // read right before writing: other keys of the manifest belong to others
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  const fresh = JSON.stringify(pkg.contributes?.configuration) === JSON.stringify(configuration);
  if (!fresh && !check) {
    pkg.contributes = { ...pkg.contributes, configuration };
    fs.writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return fresh;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const fresh = await updatePackageJson({ check });
  if (check && !fresh) {
    console.error('package.json contributes.configuration is out of date: run node scripts/gen-settings.mjs');
    process.exit(1);
  }
  console.log(fresh ? 'package.json settings are up to date' : 'package.json settings regenerated');
}
