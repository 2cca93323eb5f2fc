// Inside a real VS Code: the extension activates on a resume, diagnostics appear, a quick fix
// applies, and snippets insert (both the quick fix's tab stops and a contributed snippet).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

const RESUME = `# Robin Ash

## Experience

### Backend Engineer | Fernway Transit | 2020 – Present

- Worked on the ticketing API.
- Moved the fare cache to redis after peak-hour timeouts, cutting p95 latency from 700 ms to 90 ms.
`;

/** Resolves when the document has Bulletproof diagnostics matching `pred` (events, no polling). */
function diagnosticsFor(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const mine = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'bulletproof');
  return new Promise((resolve) => {
    if (pred(mine())) return resolve(mine());
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (pred(mine())) {
        sub.dispose();
        resolve(mine());
      }
    });
  });
}

describe('Bulletproof in VS Code', function () {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    const file = path.join(process.env.BULLETPROOF_TEST_WORKSPACE!, 'resume.md');
    fs.writeFileSync(file, RESUME);
    doc = await vscode.workspace.openTextDocument(file);
    editor = await vscode.window.showTextDocument(doc);
    // focus mode would hold back findings on the line being typed; these tests type programmatically
    await vscode.workspace.getConfiguration('bulletproof').update('focusMode', false, vscode.ConfigurationTarget.Global);
  });

  it('shows diagnostics with the rule id and a link to its page', async () => {
    const ds = await diagnosticsFor(doc.uri, (d) => d.some((x) => codeOf(x) === 'weak-verb'));
    const weak = ds.find((x) => codeOf(x) === 'weak-verb')!;
    assert.equal(weak.range.start.line, 6);
    assert.match(String((weak.code as { target: vscode.Uri }).target), /docs\/rules\/weak-verb\.md$/);
  });

  it('applies the tech-name quick fix', async () => {
    const ds = await diagnosticsFor(doc.uri, (d) => d.some((x) => codeOf(x) === 'tech-name'));
    const d = ds.find((x) => codeOf(x) === 'tech-name')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, 'a preferred fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(doc.lineAt(7).text, /fare cache to Redis/);
  });

  it('"Add a metric" inserts a snippet with tab stops through the client command', async () => {
    const ds = await diagnosticsFor(doc.uri, (d) => d.some((x) => codeOf(x) === 'missing-metric' && x.range.start.line === 6));
    const d = ds.find((x) => codeOf(x) === 'missing-metric' && x.range.start.line === 6)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => a.title === 'Add a metric');
    assert.equal(add?.command?.command, 'bulletproof.applySnippet');
    await vscode.commands.executeCommand(add!.command!.command, ...(add!.command!.arguments ?? []));
    assert.equal(doc.lineAt(6).text, '- Worked on the ticketing API, cutting what from before to after.');
    // the first tab stop is selected, ready to type over
    assert.equal(doc.getText(editor.selection), 'what');
  });

  it('focus mode holds back findings on the bullet being typed until typing pauses', async () => {
    await vscode.workspace.getConfiguration('bulletproof').update('focusMode', true, vscode.ConfigurationTarget.Global);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => x.range.start.line === 6));
    const end = doc.lineAt(6).range.end;
    editor.selection = new vscode.Selection(end, end);
    await editor.edit((e) => e.insert(end, ' today'));
    // held back while the cursor sits in the bullet and typing is recent
    await diagnosticsFor(doc.uri, (d) => !d.some((x) => x.range.start.line === 6));
    // released after the pause, without moving the cursor
    const back = await diagnosticsFor(doc.uri, (d) => d.some((x) => x.range.start.line === 6));
    assert.ok(back.length > 0);
    await vscode.workspace.getConfiguration('bulletproof').update('focusMode', false, vscode.ConfigurationTarget.Global);
  });

  it('inserts the contributed bullet snippet', async () => {
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = doc.getText();
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: snippetNamed('bullet') });
    assert.notEqual(doc.getText(), before);
    assert.ok(doc.getText().length > before.length);
  });
});

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c ? String(c.value) : c === undefined ? undefined : String(c);
}

/** The name (key) of the contributed snippet whose prefix is `prefix`. */
function snippetNamed(prefix: string): string {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'bulletproof')!;
  const file = (ext.packageJSON.contributes.snippets as Array<{ language: string; path: string }>).find((s) => s.language === 'markdown')!.path;
  const json = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, file), 'utf8')) as Record<string, { prefix: string | string[] }>;
  const hit = Object.entries(json).find(([, s]) => ([] as string[]).concat(s.prefix).includes(prefix));
  assert.ok(hit, `a snippet with prefix ${prefix}`);
  return hit[0];
}
