// Loads TypeScript modules of the repository straight from source: esbuild bundles an entry written
// inline and the bundle is compiled in memory, so generators never read a stale dist/ and leave no
// temporary files behind. Shared by gen-docs.mjs and gen-settings.mjs.
import * as esbuild from 'esbuild';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The exports of `contents` (TypeScript, imports relative to the repository root). */
export async function loadSource(contents) {
  const out = await esbuild.build({
    stdin: { contents, resolveDir: repo, loader: 'ts', sourcefile: 'generator-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  const filename = path.join(repo, 'scripts', '.generator-entry.cjs');
  const m = new Module(filename);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m.require = createRequire(filename);
  m._compile(out.outputFiles[0].text, filename);
  return m.exports;
}
