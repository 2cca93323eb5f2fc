// language-configuration.json: what a user feels while typing in a .resume.md file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';

const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('the resume language is registered for *.resume.md, *.resume.txt and *.resume with its grammar', () => {
  const lang = manifest.contributes.languages.find((l: { id: string }) => l.id === 'resume');
  assert.ok(lang, 'no resume language');
  assert.deepEqual([...lang.extensions].sort(), ['.resume', '.resume.md', '.resume.txt']);
  assert.ok(lang.aliases.includes('Resume'));
  assert.ok(fs.existsSync(path.join(ROOT, lang.configuration)));
  const grammar = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'resume');
  assert.equal(grammar.scopeName, 'text.resume');
  assert.equal(JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8')).scopeName, 'text.resume');
});

test('toggling a comment writes an HTML comment, the syntax directives use', () => {
  assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  assert.equal(config.comments.lineComment, undefined, '# would turn a Markdown line into a heading');
});

test('double-click selects Node.js, p95, 99.9% and 2.4x whole', () => {
  const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
  const words = 'Moved Node.js workers to p95 of 80ms, 99.9% uptime, 2.4x throughput, $12k saved, C++ and C# retry-safe.'.match(word);
  for (const w of ['Node.js', 'p95', '80ms', '99.9%', '2.4x', '$12k', 'C++', 'C#', 'retry-safe']) assert.ok(words?.includes(w), `"${w}" is split: ${words?.join(' / ')}`);
  assert.ok(words?.includes('safe') === false && words?.includes('workers'), 'a sentence-ending period is not part of a word');
  assert.deepEqual('Zürich, São Paulo, Kraków'.match(word), ['Zürich', 'São', 'Paulo', 'Kraków'], 'accented names are words');
});

test('Enter after a bullet with text continues the list with the same marker; an empty bullet does not', () => {
  const continues = (line: string) => {
    const rule = config.onEnterRules.find((r: { beforeText: string }) => new RegExp(r.beforeText).test(line));
    return rule?.action.appendText as string | undefined;
  };
  assert.equal(continues('- Rebuilt the export queue'), '- ');
  assert.equal(continues('  * Nested detail'), '* ');
  assert.equal(continues('+ Plus bullet'), '+ ');
  assert.equal(continues('• Pasted bullet'), '• ');
  assert.equal(continues('- '), undefined);
  assert.equal(continues('## Experience'), undefined);
  for (const r of config.onEnterRules) assert.equal(r.action.indent, 'none');
});

test('brackets and auto-closing pairs include the comment opener', () => {
  assert.deepEqual(config.brackets, [['[', ']'], ['(', ')'], ['{', '}']]);
  assert.ok(config.autoClosingPairs.some((p: { open: string; close: string }) => p.open === '<!--' && p.close.trim() === '-->'));
});
