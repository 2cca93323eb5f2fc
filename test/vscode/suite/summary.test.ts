// Inside a real VS Code: the code lens above each entry and the proof summary page it opens.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

const RESUME = `# Sam Okafor

## Experience

### Platform Engineer | Tidewell Energy | 2021 – Present

- Rebuilt the meter-reading service as a streaming pipeline after reading volume tripled, cutting p95 latency from 800 ms to 95 ms.
- Improved the dashboards.

### Developer | Brackenfield Bank | 2018 – 2021

- Helped with testing.
`;

const VIEW_TYPE = 'bulletproof.proofSummary';

function summaryTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

/** Resolves once `pred` holds, checked on every tab change (events, no polling). */
function tabsWhere(pred: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (pred()) return resolve();
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (pred()) {
        sub.dispose();
        resolve();
      }
    });
  });
}

/** Resolves when the server has linted the document (its diagnostics arrived). */
function linted(uri: vscode.Uri): Promise<void> {
  const done = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'bulletproof');
  return new Promise((resolve) => {
    if (done()) return resolve();
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (done()) {
        sub.dispose();
        resolve();
      }
    });
  });
}

describe('Bulletproof proof summary in VS Code', function () {
  let doc: vscode.TextDocument;

  before(async () => {
    const file = path.join(process.env.BULLETPROOF_TEST_WORKSPACE!, 'summary-resume.md');
    fs.writeFileSync(file, RESUME);
    doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    await linted(doc.uri);
  });

  it('shows a code lens above each entry title that opens the summary', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const mine = lenses.filter((l) => l.command?.command === 'bulletproof.showProofSummary');
    assert.deepEqual(
      mine.map((l) => l.range.start.line),
      [4, 9],
    );
    assert.match(mine[0].command!.title, /^1\/2 bullets proven · /);
    assert.match(mine[1].command!.title, /^0\/1 bullet proven · /);
  });

  it('"Show Proof Summary" opens one webview beside the resume; running it again reuses it; closing it disposes it', async () => {
    await vscode.commands.executeCommand('bulletproof.showProofSummary');
    await tabsWhere(() => summaryTabs().length === 1);
    await vscode.commands.executeCommand('bulletproof.showProofSummary', doc.uri.toString());
    assert.equal(summaryTabs().length, 1, 'one panel, brought forward');
    await vscode.window.tabGroups.close(summaryTabs());
    await tabsWhere(() => summaryTabs().length === 0);
    // a fresh panel opens after the old one was disposed
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('bulletproof.showProofSummary');
    await tabsWhere(() => summaryTabs().length === 1);
    await vscode.window.tabGroups.close(summaryTabs());
  });
});
