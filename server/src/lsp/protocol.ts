/**
 * What the server and the VS Code client share beyond standard LSP: custom request names, their
 * payloads and the initialization options. Plain types and strings only, so both bundles can import
 * this file without pulling in the other side's library.
 */

/** Sent by the client in `initializationOptions`. */
export interface InitOptions {
  /**
   * A client command that inserts a snippet (VS Code: `bulletproof.applySnippet`). When set and the
   * client has no LSP snippet text edits, snippet code actions run this command instead of an edit.
   */
  snippetCommand?: string;
  /** the client contributes the snippets itself, so completion leaves them out */
  clientSnippets?: boolean;
}

/** Arguments of the snippet command: insert `snippet` over `range` if the document is still at `version`. */
export interface ApplySnippetArgs {
  uri: string;
  version: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  snippet: string;
}

/** `bulletproof/summary`: the proof summary of an open document. */
export const SUMMARY_REQUEST = 'bulletproof/summary';
export interface SummaryParams {
  uri: string;
}
export interface EntrySummary {
  title: string;
  section: string;
  /** zero-based line of the entry's title */
  line: number;
  proven: number;
  total: number;
  /** what most of its unproven bullets lack, e.g. ["result", "system"] */
  missing: string[];
}
export interface Summary {
  uri: string;
  version: number;
  proven: number;
  total: number;
  entries: EntrySummary[];
}

/** `bulletproof/lintFiles`: lint files from disk and publish their diagnostics. */
export const LINT_FILES_REQUEST = 'bulletproof/lintFiles';
export interface LintFilesParams {
  uris: string[];
}
export interface LintFilesResult {
  files: number;
  findings: number;
  /** files that could not be read, with why */
  failed: Array<{ uri: string; message: string }>;
}

/** `bulletproof/rules`: the rules and their documentation pages (for "Open Rule Docs"). */
export const RULES_REQUEST = 'bulletproof/rules';
export interface RuleInfo {
  id: string;
  description: string;
  docs: string;
}
