// Loads syntaxes/resume.tmLanguage.json into vscode-textmate with the oniguruma WASM build, as VS Code does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as vt from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { ROOT } from '../helpers';

let lib: Promise<vt.IOnigLib> | undefined;

function onigLib(): Promise<vt.IOnigLib> {
  lib ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return { createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) };
  })();
  return lib;
}

/** The resume grammar in a registry of its own, optionally with a colour theme. */
export async function loadResumeGrammar(theme?: vt.IRawTheme): Promise<{ grammar: vt.IGrammar; registry: vt.Registry }> {
  const text = fs.readFileSync(path.join(ROOT, 'syntaxes', 'resume.tmLanguage.json'), 'utf8');
  const registry = new vt.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scope) => (scope === 'text.resume' ? vt.parseRawGrammar(text, 'resume.tmLanguage.json') : null),
    ...(theme ? { theme } : {}),
  });
  const grammar = await registry.loadGrammar('text.resume');
  if (!grammar) throw new Error('text.resume did not load');
  return { grammar, registry };
}

export { INITIAL } from 'vscode-textmate';

/** vscode-tmgrammar-test's binary, as npm installs it. */
export const TMGRAMMAR_TEST = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vscode-tmgrammar-test.cmd' : 'vscode-tmgrammar-test');

/** Runs vscode-tmgrammar-test on a glob or file; it reads contributes.grammars from ./package.json, so from the root. */
export function runTmGrammarTest(glob: string): { status: number | null; output: string; error?: Error } {
  const r = spawnSync(TMGRAMMAR_TEST, ['--compact', glob], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}
