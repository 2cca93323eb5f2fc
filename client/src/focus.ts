import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** How long typing must pause before the bullet being typed gets its findings. */
export const PAUSE_MS = 1500;

type Data = { bullet?: { start: number; end: number } } | undefined;

/**
 * Focus mode: findings on the bullet being typed are held back until the cursor leaves it or typing
 * pauses, so a half-written bullet is not nagged. Works on both diagnostic paths: pushed
 * diagnostics are re-delivered from the last list; pulled ones are pulled again (a held-back report
 * carries no result id, so the server answers in full).
 */
export function createFocusMode(enabled: () => boolean, repull: (doc: vscode.TextDocument) => void): { middleware: Middleware; disposables: vscode.Disposable[] } {
  let typing: { uri: string; at: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  /** documents with held-back findings, and the ranges of the bullets they belong to */
  const held = new Map<string, vscode.Range[]>();
  const pushed = new Map<string, { diagnostics: vscode.Diagnostic[]; next: (uri: vscode.Uri, d: vscode.Diagnostic[]) => void }>();

  function bulletRange(doc: vscode.TextDocument, d: vscode.Diagnostic): vscode.Range {
    const b = ((d as vscode.Diagnostic & { data?: Data }).data as Data)?.bullet;
    const r = b && b.end <= doc.getText().length ? new vscode.Range(doc.positionAt(b.start), doc.positionAt(b.end)) : d.range;
    return new vscode.Range(r.start.line, 0, r.end.line, Number.MAX_SAFE_INTEGER);
  }

  function filter(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    const key = uri.toString();
    held.delete(key);
    const editor = vscode.window.activeTextEditor;
    if (!enabled() || !typing || typing.uri !== key || Date.now() - typing.at >= PAUSE_MS || editor?.document.uri.toString() !== key) return diagnostics;
    const cursor = editor.selection.active;
    const ranges: vscode.Range[] = [];
    const kept = diagnostics.filter((d) => {
      const r = bulletRange(editor.document, d);
      if (!r.contains(cursor)) return true;
      ranges.push(r);
      return false;
    });
    if (ranges.length) held.set(key, ranges);
    return kept;
  }

  function release(key: string): void {
    if (!held.has(key)) return;
    held.delete(key);
    typing = undefined;
    const p = pushed.get(key);
    if (p) p.next(vscode.Uri.parse(key), p.diagnostics);
    else {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc) repull(doc);
    }
  }

  const disposables = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length || vscode.window.activeTextEditor?.document !== e.document) return;
      const key = e.document.uri.toString();
      typing = { uri: key, at: Date.now() };
      clearTimeout(timer);
      timer = setTimeout(() => release(key), PAUSE_MS);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      const key = e.textEditor.document.uri.toString();
      const ranges = held.get(key);
      if (ranges && !ranges.some((r) => r.contains(e.selections[0].active))) release(key);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      held.delete(d.uri.toString());
      pushed.delete(d.uri.toString());
    }),
    { dispose: () => clearTimeout(timer) },
  ];

  const middleware: Middleware = {
    handleDiagnostics(uri, diagnostics, next) {
      pushed.set(uri.toString(), { diagnostics, next });
      next(uri, filter(uri, diagnostics));
    },
    async provideDiagnostics(document, previousResultId, token, next) {
      const report = await next(document, previousResultId, token);
      if (!report || report.kind !== 'full') return report;
      const uri = document instanceof vscode.Uri ? document : document.uri;
      const items = filter(uri, report.items);
      // without a result id the next pull (on release) cannot be answered "unchanged"
      return items.length === report.items.length ? report : { kind: report.kind, items };
    },
  };
  return { middleware, disposables };
}
