// `node bench/formats.mjs` (after `npm run build`): lint() of the two-page benchmark resume in each
// format: Markdown, LaTeX, JSON Resume and RenderCV YAML. Medians per document; a benchmark, not a test.
import { createRequire } from 'node:module';
import path from 'node:path';
import { twoPageResume } from './resume.mjs';
import { twoPageJson, twoPageLatex, twoPageYaml } from '../test/fixtures/formats/two-page.mjs';

const require = createRequire(import.meta.url);
const engine = require(path.join(import.meta.dirname, '..', 'dist', 'engine.js'));
const config = engine.resolveConfig(undefined, engine.RULES.map((r) => r.meta)).config;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

for (const [format, text] of [['markdown', twoPageResume(0)], ['latex', twoPageLatex(0)], ['json', twoPageJson(0)], ['yaml', twoPageYaml(0)]]) {
  for (let i = 0; i < 50; i++) engine.lint(text, { format, config });
  const lint = [];
  const parse = [];
  for (let r = 0; r < 200; r++) {
    let t = process.hrtime.bigint();
    engine.parse(text, format);
    parse.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    engine.lint(text, { format, config });
    lint.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const doc = engine.parse(text, format);
  const bullets = doc.bullets.filter((b) => b.kind === 'bullet').length;
  console.log(`${format.padEnd(8)} ${String(text.length).padStart(6)} chars ${String(bullets).padStart(3)} bullets  parse median ${median(parse).toFixed(3)} ms  lint median ${median(lint).toFixed(3)} ms (budget 2 ms)`);
}
