// Adversarial input for every regular expression the engine runs: long runs of one character class
// (spaces, digits, dots, letters, brackets, backslashes, '%', '- ', quotes, emoji...) placed where each
// format's parser and the rules read them (inside a bullet, and as the whole file). Prints, per
// format, the worst time per KB and its ratio to plain prose of the same size in the same format,
// and how the worst case grows from 8 KB to 32 KB (×4 is linear; ×16 would be quadratic).
// A benchmark, not a test: it never fails on a figure. Usage: node bench/regex.mjs (after npm run build)
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const engine = require(path.join(root, 'dist', 'engine.js'));
const config = engine.resolveConfig({ maxFileSize: 64 * 1024 * 1024 }, engine.RULES.map((r) => r.meta)).config;

const RUNS = {
  spaces: ' ',
  tabs: '\t',
  nbsp: '\u00a0',
  digits: '1',
  'digit-dot': '1.',
  dots: '.',
  letters: 'a',
  'word-space': 'ab ',
  'capital-words': 'Ab ',
  brackets: '[',
  'closing-brackets': ']',
  parens: '(',
  braces: '{',
  'closing-braces': '}',
  backslashes: '\\',
  'latex-commands': '\\x',
  percent: '%',
  'number-percent': '9%',
  'dash-space': '- ',
  dashes: '-',
  'en-dash': '–',
  hyphen: 'a-',
  quotes: '"',
  apostrophes: "'",
  colons: ':',
  'colon-space': ': ',
  hashes: '#',
  stars: '*',
  underscores: '_',
  pipes: '|',
  dollars: '$',
  commas: ',',
  'comma-space': ', ',
  emoji: '😀',
  'combining-marks': 'e\u0301',
  'x-times': '3x',
  'placeholder-ish': '[X',
  'weak-phrase': 'worked on ',
  newlines: '\n',
  'crlf': '\r\n',
  'bullet-lines': '- a\n',
  'indent-bullets': '  - a\n',
};

const PROSE = 'Rebuilt the invoice ledger in Go after duplicate refunds, cutting payout errors by 38% across 4 regions. ';

/** Wraps a run in a format where the rules read it as bullet text (JSON/YAML escape it as a string). */
const BULLET = {
  markdown: (s) => `## Experience\n\n### Engineer | Firm | 2020 – 2023\n\n- ${s}\n`,
  text: (s) => `EXPERIENCE\n\nEngineer, Firm\n2020 - 2023\n• ${s}\n`,
  latex: (s) => `\\section{Experience}\n\\begin{itemize}\n\\item ${s}\n\\end{itemize}\n`,
  json: (s) => JSON.stringify({ work: [{ name: 'Firm', position: 'Engineer', highlights: [s] }] }),
  yaml: (s) => `cv:\n  sections:\n    experience:\n      - company: Firm\n        highlights:\n          - ${JSON.stringify(s)}\n`,
};
/** The run as the whole file, unwrapped: what the parsers see when a file is nothing but that. */
const RAW = (s) => s;

const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

function time(text, format, rounds = 3) {
  // best of three (one when a run takes over 200 ms): the least disturbed by the rest of the machine
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    engine.lintDocument(text, { format, config });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e3);
    if (best > 0.2e6 && rounds === 3) break;
  }
  return best;
}
const perKB = (us, text) => us / (Buffer.byteLength(text) / 1024);

for (let i = 0; i < 20; i++) engine.lintDocument(BULLET.markdown(PROSE.repeat(20)), { format: 'markdown', config });

const SIZE = 8 * 1024;
const rows = [];
console.log(`adversarial runs through lintDocument: ${Object.keys(RUNS).length} runs × 2 placements (in a bullet, whole file) × 5 formats, ${SIZE / 1024} KB each`);
for (const format of Object.keys(BULLET)) {
  const baseText = BULLET[format](fill(PROSE, SIZE));
  const base = perKB(time(baseText, format), baseText);
  let worst = { us: 0, name: '' };
  for (const [name, unit] of Object.entries(RUNS)) {
    for (const [where, wrap] of [['bullet', BULLET[format]], ['file', RAW]]) {
      const text = wrap(fill(unit, SIZE));
      const us = perKB(time(text, format), text);
      if (us > worst.us) worst = { us, name: `${name} (${where})`, unit, wrap };
    }
  }
  // growth of the worst case from 8 KB to 32 KB: ×4 is linear
  const small = worst.wrap(fill(worst.unit, SIZE));
  const big = worst.wrap(fill(worst.unit, SIZE * 4));
  // five rounds each whatever they take: a garbage collection in one run must not read as growth
  const growth = time(big, format, 5) / time(small, format, 5);
  rows.push({ format, base, worst, growth });
  console.log(`  ${format.padEnd(8)} plain prose ${base.toFixed(0).padStart(6)} µs/KB · worst ${worst.us.toFixed(0).padStart(6)} µs/KB on ${worst.name} (×${(worst.us / base).toFixed(2)} of prose) · ${SIZE / 1024}→${(SIZE * 4) / 1024} KB time ×${growth.toFixed(1)} (4 = linear)`);
}
const quadratic = rows.filter((r) => r.growth > 8);
console.log(quadratic.length ? `  superlinear: ${quadratic.map((r) => `${r.format} on ${r.worst.name}`).join(', ')}` : `  every worst case grows about linearly (${SIZE / 1024}→${(SIZE * 4) / 1024} KB within ×8)`);
