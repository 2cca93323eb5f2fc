import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SHOW_SUMMARY_COMMAND, SUMMARY_REQUEST, type Summary, type SummaryParams } from '../../server/src/lsp/protocol';

/**
 * "Bulletproof: 14/20 bullets proven · 71/100" for the active resume, refreshed when its diagnostics change
 * (the server lints on every change, so diagnostics are the natural tick).
 */
export function createStatusBar(getClient: () => LanguageClient | undefined, isResume: (doc: vscode.TextDocument) => boolean): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('bulletproof.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Bulletproof';
  item.command = SHOW_SUMMARY_COMMAND;
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
    item.text = `Bulletproof: ${summary.proven}/${summary.total} bullets proven · ${summary.score}/100`;
    item.tooltip = 'A bullet is proven when it names the system, what you changed and a measured result. The score (0–100) also weighs the warnings. Click for the proof summary.';
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
