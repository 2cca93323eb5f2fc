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

/**
 * The LSP library requires `crypto` (for random pipe names) and `child_process` (to find a global npm
 * or yarn) when it loads, though a server over stdio or IPC uses neither: loading them was ~8 ms of
 * every start. In the server bundle they come through a shim that loads the real module on first use.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(languageserver|jsonrpc)[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    // any property read loads the real module and hands over its value, so the library may use what it likes
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, key) => require('node:${args.path}')[key] });`,
      loader: 'js',
    }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [yamlApart, lazyBuiltins] },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [yamlApart] },
  { entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js', plugins: [yamlApart] },
  { stdin: { contents: "module.exports = require('yaml');", resolveDir: import.meta.dirname, loader: 'js' }, outfile: 'dist/yaml.js' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
