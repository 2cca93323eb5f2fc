// The extension manifest and the packaged file list: generated settings are fresh, commands are
// wired, the .vsix holds exactly the allow-list, and every rule link the server emits opens a page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine';
import { docsUri } from '../../server/src/lsp/diagnostics';
import { settingsContribution } from '../../server/src/lsp/contributes';
import { ROOT } from '../helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('contributes.configuration is generated from the rules (run node scripts/gen-settings.mjs when this fails)', () => {
    assert.deepEqual(pkg.contributes.configuration, settingsContribution(RULES.map((r) => r.meta)));
  });

  it('has a severity setting with a description for every rule, and a description on every setting', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { markdownDescription?: string; enum?: string[] }>;
    for (const r of RULES) assert.deepEqual(props[`bulletproof.rules.${r.meta.id}`]?.enum, ['default', 'off', 'hint', 'info', 'warning', 'error'], r.meta.id);
    for (const [key, p] of Object.entries(props)) assert.ok(p.markdownDescription && p.markdownDescription.length > 20, key);
    for (const key of ['bulletproof.files', 'bulletproof.focusMode', 'bulletproof.targetRole', 'bulletproof.trace.server']) assert.ok(props[key], key);
  });

  it('registers every contributed command in the client, and contributes every command the client registers', () => {
    const source = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = (pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
    assert.deepEqual(registered, contributed);
  });

  it('pins engines.vscode to the @types/vscode it is compiled against, and points at files that exist', () => {
    assert.equal(pkg.engines.vscode, `^${pkg.devDependencies['@types/vscode']}`);
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.bin['bulletproof-language-server'], 'dist/server.js');
    for (const v of pkg.contributes.jsonValidation) assert.ok(fs.existsSync(path.join(ROOT, v.url)), v.url);
  });

  it('links every rule to a documentation page that exists in the package', () => {
    for (const r of RULES) {
      const file = new URL(docsUri(ROOT, r.meta.id));
      assert.ok(fs.existsSync(file), `${r.meta.id}: ${file.pathname}`);
    }
  });
});

describe('.vscodeignore', () => {
  it('packages only the allow-list: bundles without source maps, grammar, snippets, docs, manifest', (t) => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) {
      t.diagnostic('dist/ is not built: run npm run build (npm test does)');
      assert.fail('dist/server.js is missing');
    }
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').filter(Boolean);
    const allowed = [/^dist\/(extension|server|cli|engine|yaml)\.js$/, /^syntaxes\//, /^snippets\//, /^language-configuration\.json$/, /^schemas\/bulletproofrc\.schema\.json$/, /^docs\/rules\/[^/]+\.md$/, /^images\/icon\.png$/, /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/];
    for (const f of files) assert.ok(allowed.some((a) => a.test(f)), `not on the allow-list: ${f}`);
    for (const must of ['dist/extension.js', 'dist/server.js', 'package.json', 'docs/rules/weak-verb.md']) assert.ok(files.includes(must), must);
    // every file a packaged bundle loads at run time (dist/yaml.js, loaded on the first YAML resume) is packaged too
    for (const bundle of files.filter((f) => /^dist\/[^/]+\.js$/.test(f))) {
      const code = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
      for (const m of code.matchAll(/require\("\.\/([^"]+)"\)/g)) assert.ok(files.includes(`dist/${m[1]}`), `${bundle} loads dist/${m[1]}, which the .vsix leaves out`);
    }
  });
});
