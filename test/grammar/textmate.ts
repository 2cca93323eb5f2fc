// Loads syntaxes/resume.tmLanguage.json into vscode-textmate with the oniguruma WASM build, as VS Code does.
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
