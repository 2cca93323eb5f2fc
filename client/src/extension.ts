// The VS Code client: starts the bundled server and adds what only the editor can show (status bar,
// commands, focus mode). No analysis happens here.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LINT_FILES_REQUEST, RULES_REQUEST, type ApplySnippetArgs, type InitOptions, type LintFilesResult, type RuleInfo } from '../../server/src/lsp/protocol';
import { createFocusMode } from './focus';
import { documentSelector } from './selector';
import { createStatusBar } from './status';
import { createSummaryPanel } from './summaryPanel';

let client: LanguageClient | undefined;

const settings = () => vscode.workspace.getConfiguration('bulletproof');

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const focus = createFocusMode(
    () => settings().get<boolean>('focusMode', true),
    (doc) => client?.getFeature('textDocument/diagnostic')?.getProvider(doc)?.onDidChangeDiagnosticsEmitter.fire(),
  );
  context.subscriptions.push(...focus.disposables);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitOptions = { snippetCommand: 'bulletproof.applySnippet', clientSnippets: true };

  async function start(): Promise<void> {
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(settings().get<string[]>('files')),
      initializationOptions,
      middleware: focus.middleware,
      diagnosticPullOptions: { onChange: true, onSave: true },
      outputChannelName: 'Bulletproof',
    };
    client = new LanguageClient('bulletproof', 'Bulletproof', serverOptions, clientOptions);
    await client.start();
  }

  const isResume = (doc: vscode.TextDocument) => vscode.languages.match(documentSelector(settings().get<string[]>('files')), doc) > 0;

  const summary = createSummaryPanel(() => client, isResume);
  context.subscriptions.push(
    ...createStatusBar(() => client, isResume),
    summary,
    // SHOW_SUMMARY_COMMAND, spelled out so the manifest test sees it; a code lens passes its
    // document's URI (a string), the status bar and the palette pass nothing
    vscode.commands.registerCommand('bulletproof.showProofSummary', (uri?: unknown) => summary.show(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('bulletproof.restartServer', async () => {
      await stop();
      await start();
    }),
    vscode.commands.registerCommand('bulletproof.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('bulletproof.openRuleDocs', (ruleId?: string) => openRuleDocs(ruleId)),
    vscode.commands.registerCommand('bulletproof.applySnippet', (args: ApplySnippetArgs) => applySnippet(args)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // the document selector is fixed when a client starts
      if (e.affectsConfiguration('bulletproof.files')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

/** Stops the client once, however many paths ask (restart, settings change, deactivation). */
async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}

export function deactivate(): Promise<void> {
  return stop();
}

/** Inserts a snippet code action's text, unless the document changed since the action was made. */
async function applySnippet(args: ApplySnippetArgs): Promise<void> {
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.version !== args.version) {
    void vscode.window.showWarningMessage('The resume changed since this fix was offered; open the quick fixes again.');
    return;
  }
  const editor = await vscode.window.showTextDocument(doc);
  const r = args.range;
  await editor.insertSnippet(new vscode.SnippetString(args.snippet), new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character));
}

async function lintWorkspace(): Promise<void> {
  if (!client) return;
  // one search per glob: the default glob has braces of its own, which do not nest in a {a,b} list
  const globs = [...(settings().get<string[]>('files') ?? []), '**/*.{resume.md,resume.txt,resume}'];
  const found = (await Promise.all(globs.map((g) => vscode.workspace.findFiles(g, '**/{node_modules,.git}/**', 500))))
    .flat()
    .filter((u) => /\.(md|markdown|txt|resume|tex|json|ya?ml)$/i.test(u.path));
  const uris = [...new Set(found.map((u) => client!.code2ProtocolConverter.asUri(u)))];
  if (!uris.length) {
    void vscode.window.showInformationMessage('Bulletproof found no resume files in this workspace (see the bulletproof.files setting).');
    return;
  }
  const result = await client.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, { uris });
  const failed = result.failed.length ? ` ${result.failed.length} could not be read.` : '';
  void vscode.window.showInformationMessage(`Bulletproof linted ${result.files} files: ${result.findings} findings.${failed}`);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function openRuleDocs(ruleId?: string): Promise<void> {
  if (!client) return;
  const rules = await client.sendRequest<RuleInfo[]>(RULES_REQUEST, {});
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (!id) {
    // the rule under the cursor, if there is one
    const editor = vscode.window.activeTextEditor;
    const here = editor && vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'bulletproof' && d.range.contains(editor.selection.active));
    id = typeof here?.code === 'string' ? here.code : undefined;
  }
  let rule = rules.find((r) => r.id === id);
  if (!rule) {
    const pick = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.id, detail: r.description, rule: r })),
      { placeHolder: 'Which rule?' },
    );
    rule = pick?.rule;
  }
  if (rule) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.parse(rule.docs));
}
