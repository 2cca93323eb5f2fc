// Bundles the four entry points. esbuild emits; `tsc --noEmit` type-checks (npm run typecheck).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly
  mainFields: ['module', 'main'],
};

/**
 * The yaml package (nearly half of the engine) goes to its own file, dist/yaml.js, which the engine
 * requires when it reads its first YAML resume: a process that lints Markdown, LaTeX or JSON neither
 * parses nor runs it, about 12 ms of each start (the CLI's, the language server's first diagnostics).
 */
const yamlApart = {
  name: 'yaml-apart',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: './yaml.js', external: true }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [yamlApart] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [yamlApart] },
  { entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js', plugins: [yamlApart] },
  { stdin: { contents: "module.exports = require('yaml');", resolveDir: import.meta.dirname, loader: 'js' }, outfile: 'dist/yaml.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
