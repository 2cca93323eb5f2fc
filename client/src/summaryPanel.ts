// "Bulletproof: Show Proof Summary": a webview with one card per entry, built by summaryHtml from the
// server's summary of one resume. It follows the resume being edited (refreshing when its diagnostics
// change, the same tick as the status bar) and clicking a bullet selects it in the editor.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Summary, SummaryRange } from '../../server/src/lsp/protocol';
import { requestSummary } from './status';
import { summaryHtml } from './summaryHtml';
import { findRange, isRevealMessage } from './summaryMessages';

const VIEW_TYPE = 'bulletproof.proofSummary';

export interface SummaryPanel extends vscode.Disposable {
  /** opens the panel (or brings it forward) on `uri`, else on the active editor's resume */
  show(uri?: vscode.Uri): Promise<void>;
}

export function createSummaryPanel(getClient: () => LanguageClient | undefined, isResume: (doc: vscode.TextDocument) => boolean): SummaryPanel {
  let panel: vscode.WebviewPanel | undefined;
  let shown: vscode.Uri | undefined;
  let last: Summary | undefined;
  let timer: NodeJS.Timeout | undefined;
  let listeners: vscode.Disposable[] = [];

  async function render(): Promise<void> {
    const client = getClient();
    if (!panel || !shown || !client) return;
    const uri = shown;
    const summary = await requestSummary(client, uri);
    // the panel may have closed or moved to another resume while the server worked
    if (!panel || shown !== uri) return;
    last = summary ?? undefined;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    panel.title = `Proof Summary: ${name}`;
    panel.webview.html = summaryHtml(summary ?? { score: 0, proven: 0, total: 0, entries: [] }, { nonce: randomBytes(18).toString('base64'), title: name });
  }
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render().catch((err: unknown) => console.error('Bulletproof: the proof summary could not be shown', err)), 200);
  };

  /** Selects the clicked bullet in the resume's editor (opening it beside the panel if it is closed). */
  async function reveal(start: number, end: number): Promise<void> {
    if (!shown) return;
    const doc = await vscode.workspace.openTextDocument(shown);
    // the server's ranges were computed on the text it linted; offsets are the fallback
    const r: SummaryRange | undefined = last && last.version === doc.version ? findRange(last, start, end) : undefined;
    const range = r
      ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character)
      : new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: open?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  function dispose(): void {
    clearTimeout(timer);
    for (const l of listeners) l.dispose();
    listeners = [];
    const p = panel;
    panel = undefined;
    shown = undefined;
    last = undefined;
    p?.dispose();
  }

  async function show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri ?? shown;
    if (!target || !getClient()) {
      void vscode.window.showInformationMessage('Open a resume to see its proof summary.');
      return;
    }
    shown = target;
    if (panel) {
      panel.reveal(undefined, true);
      await render();
      return;
    }
    panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Proof Summary', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [],
    });
    listeners = [
      panel.onDidDispose(() => dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (isRevealMessage(m)) void reveal(m.start, m.end);
      }),
      // the page is rebuilt when shown again (retainContextWhenHidden is off)
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // follow the resume being edited; the panel itself taking focus leaves it be
        if (e && isResume(e.document) && e.document.uri.toString() !== shown?.toString()) {
          shown = e.document.uri;
          refresh();
        }
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (shown && e.uris.some((u) => u.toString() === shown!.toString())) refresh();
      }),
    ];
    await render();
  }

  return { show, dispose };
}
