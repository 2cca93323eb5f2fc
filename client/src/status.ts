import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, type Summary, type SummaryParams } from '../../server/src/lsp/protocol';

/**
 * "Bulletproof: 14/20 bullets proven" for the active resume, refreshed when its diagnostics change
 * (the server lints on every change, so diagnostics are the natural tick).
 */
export function createStatusBar(getClient: () => LanguageClient | undefined, isResume: (doc: vscode.TextDocument) => boolean): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('bulletproof.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Bulletproof';
  item.command = 'bulletproof.showProofSummary';
  let timer: NodeJS.Timeout | undefined;

  async function update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const client = getClient();
    if (!doc || !client || !isResume(doc)) {
      item.hide();
      return;
    }
    const summary = await requestSummary(client, doc.uri);
    if (!summary || summary.total === 0) {
      item.hide();
      return;
    }
    item.text = `Bulletproof: ${summary.proven}/${summary.total} bullets proven`;
    item.tooltip = 'A bullet is proven when it names the system, what you changed and a measured result. Click for the weakest entries.';
    item.show();
  }
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update().catch(() => item.hide()), 200);
  };
  return [
    item,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) soon();
    }),
    { dispose: () => clearTimeout(timer) },
  ];
}

export async function requestSummary(client: LanguageClient, uri: vscode.Uri): Promise<Summary | null> {
  const params: SummaryParams = { uri: client.code2ProtocolConverter.asUri(uri) };
  return client.sendRequest<Summary | null>(SUMMARY_REQUEST, params);
}

/** The weakest entries first; picking one moves the cursor to it. (A richer view comes later.) */
export async function showSummary(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor) {
    void vscode.window.showInformationMessage('Open a resume to see its proof summary.');
    return;
  }
  const summary = await requestSummary(client, editor.document.uri);
  if (!summary || summary.total === 0) {
    void vscode.window.showInformationMessage('Bulletproof found no bullets to prove in this file.');
    return;
  }
  const ratio = (e: { proven: number; total: number }) => e.proven / e.total;
  const items = [...summary.entries]
    .sort((a, b) => ratio(a) - ratio(b) || b.total - a.total)
    .map((e) => ({
      label: e.title,
      description: `${e.proven}/${e.total} proven${e.section ? ` · ${e.section}` : ''}`,
      detail: e.missing.length ? `Unproven bullets mostly lack: ${e.missing.join(', ')}` : 'Every bullet is proven',
      line: e.line,
    }));
  const pick = await vscode.window.showQuickPick(items, { title: `Bulletproof: ${summary.proven}/${summary.total} bullets proven`, placeHolder: 'Weakest entries first; pick one to go to it', matchOnDescription: true });
  if (!pick) return;
  const pos = new vscode.Position(pick.line, 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
}
