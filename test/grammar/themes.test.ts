// "Every theme colours it": tokenizes a resume with the grammar under popular VS Code themes (the same
// vscode-textmate + oniguruma that VS Code runs) and checks that each kind of token a user relies on,
// metrics, dates, placeholders, headings, bullets, comments, gets a colour (or a font style) of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type * as vt from 'vscode-textmate';
import { ROOT } from '../helpers';
import { INITIAL, loadResumeGrammar } from './textmate';

const THEMES = ['dark-plus', 'light-plus', 'monokai', 'solarized-dark', 'solarized-light', 'github-dark', 'github-light', 'one-dark-pro', 'dracula', 'nord'];

/** [line, the text to look at, what it is] */
const SAMPLES: [string, string, string][] = [
  ['## Experience', 'Experience', 'section heading'],
  ['### Platform Lead | Brightline Grocers | Apr 2020 – Present', 'Platform Lead', 'role in an entry title'],
  ['Apr 2020 – Present', 'Apr 2020', 'date'],
  ['Apr 2020 – Present', 'Present', 'open end of a date range'],
  ['- Shrank checkout p95 from 700ms to 240ms for 1.2M shoppers', '-', 'bullet marker'],
  ['- Shrank checkout p95 from 700ms to 240ms for 1.2M shoppers', '700ms', 'metric before'],
  ['- Shrank checkout p95 from 700ms to 240ms for 1.2M shoppers', '240ms', 'metric after'],
  ['- Lifted on-time picks by 18% and saved $30k a year', '18%', 'percentage'],
  ['- Lifted on-time picks by 18% and saved $30k a year', '$30k', 'money'],
  ['- Rebuilt [system you owned] and cut XX% of {{errors}}', '[system you owned]', 'bracket placeholder'],
  ['- Rebuilt [system you owned] and cut XX% of {{errors}}', 'XX%', 'XX% placeholder'],
  ['- Rebuilt [system you owned] and cut XX% of {{errors}}', '{{errors}}', 'mustache placeholder'],
  ['<!-- bulletproof-disable-next-line weak-verb -->', 'weak-verb', 'comment'],
];

interface ThemeFile {
  name: string;
  type?: string;
  colors?: Record<string, string>;
  tokenColors?: vt.IRawThemeSetting[];
}

test('metrics, dates, placeholders, headings, bullets and comments are coloured in popular themes', async () => {
  const uncoloured: string[] = [];
  let checked = 0;
  for (const name of THEMES) {
    const file = path.join(ROOT, 'node_modules', 'tm-themes', 'themes', `${name}.json`);
    assert.ok(fs.existsSync(file), `theme ${name} is missing from tm-themes`);
    const theme = JSON.parse(fs.readFileSync(file, 'utf8')) as ThemeFile;
    const foreground = theme.colors?.['editor.foreground'] ?? (theme.type === 'light' ? '#000000' : '#D4D4D4');
    const { grammar, registry } = await loadResumeGrammar({ name: theme.name, settings: [{ settings: { foreground } }, ...(theme.tokenColors ?? [])] });
    const colors = registry.getColorMap();
    const plain = colors[1];
    const seen = new Map<string, string>();
    for (const [line, part, what] of SAMPLES) {
      const tokens = grammar.tokenizeLine2(line, INITIAL).tokens;
      const at = line.indexOf(part);
      let meta = 0;
      for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= at) meta = tokens[i + 1];
      // the metadata layout vscode-textmate documents: font style bits 11-14, foreground bits 15-23
      const color = colors[(meta & 0x00ff8000) >>> 15];
      const fontStyle = (meta >>> 11) & 0xf;
      checked++;
      if (color === plain && fontStyle === 0) uncoloured.push(`${name}: ${what} ("${part}")`);
      seen.set(what, color);
    }
    // a metric must not look like plain text or like a placeholder in the same theme
    assert.notEqual(seen.get('percentage'), seen.get('bracket placeholder'), `${name}: metrics and placeholders share a colour`);
  }
  assert.equal(checked, THEMES.length * SAMPLES.length);
  assert.deepEqual(uncoloured, [], `tokens left in the plain text colour:\n${uncoloured.join('\n')}`);
});
