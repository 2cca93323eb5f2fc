import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { detectFormat, lintDocument, LintMemo, resolveConfig, RULES, type Format, type LintResult, type UserConfig } from '../engine';
import { ACTION_KINDS, codeActions, type SnippetMode } from './codeActions';
import { SafeTextDocument } from './documents';
import { completions, loadSnippets } from './completion';
import { docsUri, toDiagnostics } from './diagnostics';
import { hover } from './hover';
import { LINT_FILES_REQUEST, RULES_REQUEST, SUMMARY_REQUEST, type InitOptions, type LintFilesParams, type LintFilesResult, type RuleInfo, type Summary, type SummaryParams } from './protocol';
import { CONFIG_GLOB, createConfigFinder, editorConfig, mergeConfigs, readConfigFile, type ConfigFile, type EditorSettings } from './settings';
import { documentSymbols, foldingRanges } from './symbols';
import { summarise } from './summary';
import { codeLenses } from './codeLens';

export interface ServerOptions {
  /** the installed package (dist/..): rule docs and contributed snippets are read from here */
  packageRoot: string;
  version?: string;
}

/** Languages the VS Code client may send, mapped to a format (others are detected from the name). */
const LANGUAGE_FORMATS: Record<string, Format> = { markdown: 'markdown', latex: 'latex', tex: 'latex', json: 'json', jsonc: 'json', yaml: 'yaml', plaintext: 'text' };

/** The longest a burst of changes to one document holds back its pushed diagnostics. */
const BURST_WAIT_MS = 150;

/** Wires the Bulletproof language server onto a connection (stdio, IPC or an in-process stream pair). */
export function startServer(connection: Connection, options: ServerOptions): void {
  // the library's text store, with its CRLF line-counting slip mended (see documents.ts)
  const documents = new TextDocuments(SafeTextDocument);
  const finder = createConfigFinder();
  // read on the first completion, not at startup: the first diagnostics do not wait for the manifest and snippet files
  let snippets: ReturnType<typeof loadSnippets> | undefined;

  let caps: ClientCapabilities = {};
  let init: InitOptions = {};
  let pull = false;
  let snippetMode: SnippetMode = 'plain';
  /** bumped whenever settings or a config file change: every cached result is then stale */
  let generation = 0;
  let globalSettings: EditorSettings = {};

  const settingsCache = new Map<string, Promise<EditorSettings>>();
  const configFiles = new Map<string, ConfigFile>();
  const publishedConfigFiles = new Set<string>();
  /**
   * Per open document: the lint result of its current version (code actions find a diagnostic's
   * fixes in it), the memo carried from lint to lint, and the summary made from that result (the
   * status bar and the code lenses both ask for it after an edit).
   */
  const results = new Map<string, { version: number; generation: number; memo: LintMemo; result: LintResult; summary?: Summary }>();

  /**
   * The memo of the document closed last, handed to the next document opened: reopening a resume, or
   * opening a tailored copy of it, finds most bullets already analysed. One memo at most is kept, and
   * the first lint of its new document drops whatever that document does not share.
   */
  let spareMemo: LintMemo | undefined;
  const takeSpareMemo = (): LintMemo => {
    const m = spareMemo ?? new LintMemo();
    spareMemo = undefined;
    return m;
  };

  const formatOf = (doc: TextDocument): Format => LANGUAGE_FORMATS[doc.languageId] ?? detectFormat(doc.uri, doc.getText());

  function settingsFor(uri: string): Promise<EditorSettings> {
    if (!caps.workspace?.configuration) return Promise.resolve(globalSettings);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'bulletproof' }).then(
        (v: EditorSettings | null) => v ?? {},
        () => ({}),
      );
      settingsCache.set(uri, s);
    }
    return s;
  }

  function configFile(file: string): ConfigFile {
    let c = configFiles.get(file);
    if (!c) {
      c = readConfigFile(file);
      configFiles.set(file, c);
      reportConfigFile(c);
    }
    return c;
  }

  /** A broken config file: a diagnostic on the key and a log line naming it; linting goes on with defaults. */
  function reportConfigFile(c: ConfigFile): void {
    const uri = pathToFileURL(c.path).toString();
    if (!c.problems.length && !publishedConfigFiles.has(uri)) return;
    const doc = TextDocument.create(uri, 'json', 0, c.text);
    for (const p of c.problems) connection.console.warn(`${c.path}: ${p.message} (this key is ignored; the rest of the file applies)`);
    const diagnostics: Diagnostic[] = c.problems.map((p) => ({
      range: { start: doc.positionAt(p.start), end: doc.positionAt(p.end) },
      severity: 1,
      source: 'bulletproof',
      message: p.message,
    }));
    if (diagnostics.length) publishedConfigFiles.add(uri);
    else publishedConfigFiles.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  const mergedCache = new Map<string, Promise<UserConfig>>();
  const loggedSettingProblems = new Set<string>();
  function configFor(uri: string): Promise<UserConfig> {
    let c = mergedCache.get(uri);
    if (!c) {
      c = settingsFor(uri).then((s) => {
        const editor = editorConfig(s);
        for (const p of resolveConfig(editor, RULES.map((r) => r.meta)).problems) {
          const line = `settings: bulletproof.${p.key}: ${p.message}`;
          if (!loggedSettingProblems.has(line)) connection.console.warn(line);
          loggedSettingProblems.add(line);
        }
        const file = finder.find(uri);
        return mergeConfigs(editor, file ? configFile(file).config : undefined);
      });
      mergedCache.set(uri, c);
    }
    return c;
  }

  /**
   * Lints the document as it is when the config is ready and hands the result to `use` in the same
   * tick, so positions are computed on the very text (and version) that was linted.
   */
  async function withResult<T>(uri: string, use: (doc: TextDocument, result: LintResult, summary: () => Summary) => T): Promise<T | undefined> {
    const config = await configFor(uri);
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let hit = results.get(uri);
    if (!hit || hit.version !== doc.version || hit.generation !== generation) {
      // the document's memo goes from result to result, so an edit re-analyses only the bullets it
      // changed; a document's first lint starts from the memo of the document closed last
      const memo = hit?.memo ?? takeSpareMemo();
      hit = { version: doc.version, generation, memo, result: lintDocument(doc.getText(), { format: formatOf(doc), fileName: uri, config, memo }) };
      results.set(uri, hit);
    }
    const h = hit;
    return use(doc, h.result, () => (h.summary ??= summarise(doc, h.result)));
  }

  // Push mode: one lint per document once its changes stop arriving. The message reader hands over
  // one message per turn of the event loop, so a burst (a paste macro, a client replaying its buffer)
  // would otherwise lint every version while the rest waits: the lint goes ahead only after a full
  // turn in which no newer change to the document was handled (a lone edit: two turns, microseconds),
  // and at the latest BURST_WAIT_MS after the first change of the burst.
  const scheduled = new Set<string>();
  function schedule(uri: string): void {
    if (pull || scheduled.has(uri)) return;
    scheduled.add(uri);
    const first = Date.now();
    let seen = documents.get(uri)?.version;
    const settle = () =>
      setImmediate(() =>
        setImmediate(() => {
          const now = documents.get(uri)?.version;
          if (now !== seen && Date.now() - first < BURST_WAIT_MS) {
            seen = now;
            settle();
          } else {
            scheduled.delete(uri);
            publish(uri);
          }
        }),
      );
    settle();
  }
  function publish(uri: string): void {
    const version = documents.get(uri)?.version;
    withResult(uri, (doc, result) => {
      // a result for an older version is never published; the newer change has its own run
      if (doc.version !== version) return;
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(doc, result, options.packageRoot) });
    }).catch((err: unknown) => connection.console.error(`linting ${uri} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
  }

  function relintAll(): void {
    generation++;
    mergedCache.clear();
    if (pull) {
      if (caps.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
    } else for (const d of documents.all()) schedule(d.uri);
    // the lenses count what the rules find, and may have been switched off or on
    if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    init = (params.initializationOptions ?? {}) as InitOptions;
    const s = (params.initializationOptions as { settings?: EditorSettings } | undefined)?.settings;
    if (s) globalSettings = s;
    pull = !!caps.textDocument?.diagnostic;
    const edit = caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined;
    snippetMode = edit?.snippetEditSupport ? 'lsp' : (caps.experimental as { snippetTextEdit?: boolean } | undefined)?.snippetTextEdit ? 'experimental' : init.snippetCommand ? 'command' : 'plain';
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: pull ? { identifier: 'bulletproof', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        codeActionProvider: { codeActionKinds: ACTION_KINDS },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Bulletproof' },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' ', '"', '{'] },
      },
      serverInfo: { name: 'bulletproof-language-server', version: options.version },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] });
    }
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bulletproof' });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const s = (params.settings as { bulletproof?: EditorSettings } | null)?.bulletproof;
    if (s) globalSettings = s;
    settingsCache.clear();
    relintAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    finder.clear();
    const old = [...configFiles.keys()];
    configFiles.clear();
    // re-read the files we knew (a deleted one clears its diagnostics)
    for (const file of old) if (fs.existsSync(file)) configFile(file);
    else reportConfigFile({ path: file, text: '', config: undefined, problems: [] });
    relintAll();
  });

  // files linted from disk (Lint Workspace) got pushed diagnostics; once open, a pull client shows its
  // own, so the pushed ones are cleared rather than shown twice
  const pushedFromDisk = new Set<string>();
  // a result id names the opening too, so a reopened document at version 1 is never "unchanged"
  let opened = 0;
  const openIds = new Map<string, number>();
  documents.onDidOpen((e) => {
    openIds.set(e.document.uri, ++opened);
    if (pull && pushedFromDisk.delete(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    spareMemo = results.get(uri)?.memo ?? spareMemo;
    results.delete(uri);
    openIds.delete(uri);
    settingsCache.delete(uri);
    mergedCache.delete(uri);
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    const report = await withResult(uri, (doc, result) => {
      const resultId = `${openIds.get(uri) ?? 0}:${doc.version}:${generation}`;
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId } as const;
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: toDiagnostics(doc, result, options.packageRoot) } as const;
    });
    return report ?? { kind: DocumentDiagnosticReportKind.Full, items: [] };
  });

  connection.onCodeAction(async (params) => {
    const actions = await withResult(params.textDocument.uri, (doc, result) =>
      codeActions(params, { doc, result, snippetMode, snippetCommand: init.snippetCommand, documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges }),
    );
    return actions ?? [];
  });

  connection.onHover(async (params) => (await withResult(params.textDocument.uri, (doc, result) => hover(result, doc.offsetAt(params.position), options.packageRoot))) ?? null);
  connection.onDocumentSymbol(async (params) => (await withResult(params.textDocument.uri, documentSymbols)) ?? []);
  connection.onFoldingRanges(async (params) => (await withResult(params.textDocument.uri, foldingRanges)) ?? []);
  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const format = formatOf(doc);
    return completions(doc, params.position, {
      format,
      snippets: init.clientSnippets ? [] : (snippets ??= loadSnippets(options.packageRoot)).get(format) ?? [],
      snippetSupport: !!caps.textDocument?.completion?.completionItem?.snippetSupport,
    });
  });

  connection.onCodeLens(async (params) => {
    const uri = params.textDocument.uri;
    if ((await settingsFor(uri)).codeLens?.enabled === false) return [];
    return (await withResult(uri, (_doc, _result, summary) => codeLenses(summary()))) ?? [];
  });

  connection.onRequest(SUMMARY_REQUEST, async (params: SummaryParams): Promise<Summary | null> => (await withResult(params.uri, (_doc, _result, summary) => summary())) ?? null);

  connection.onRequest(RULES_REQUEST, (): RuleInfo[] => RULES.map((r) => ({ id: r.meta.id, description: r.meta.description, docs: docsUri(options.packageRoot, r.meta.id) })));

  // Files that are not open: read from disk, lint, and push (an open file keeps its own diagnostics).
  connection.onRequest(LINT_FILES_REQUEST, async (params: LintFilesParams): Promise<LintFilesResult> => {
    const out: LintFilesResult = { files: 0, findings: 0, failed: [] };
    for (const uri of params.uris) {
      const open = documents.get(uri);
      if (open) {
        const n = await withResult(uri, (_doc, result) => result.findings.length);
        out.files++;
        out.findings += n ?? 0;
        continue;
      }
      let text: string;
      try {
        text = fs.readFileSync(fileURLToPath(uri), 'utf8');
      } catch (err) {
        out.failed.push({ uri, message: (err as Error).message });
        continue;
      }
      const config = await configFor(uri);
      const doc = TextDocument.create(uri, 'plaintext', 0, text);
      let result: LintResult;
      try {
        result = lintDocument(text, { fileName: uri, config });
      } catch (err) {
        out.failed.push({ uri, message: `could not be linted: ${(err as Error).message}` });
        continue;
      }
      mergedCache.delete(uri);
      out.files++;
      out.findings += result.findings.length;
      pushedFromDisk.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(doc, result, options.packageRoot) });
    }
    return out;
  });

  documents.listen(connection);
}
