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

/**
 * The client command that shows the proof summary (VS Code: the summary page). The code lenses run it
 * with the document's URI; the status bar with none (the active editor's document).
 */
export const SHOW_SUMMARY_COMMAND = 'bulletproof.showProofSummary';

/** `bulletproof/summary`: the proof summary of an open document. */
export const SUMMARY_REQUEST = 'bulletproof/summary';
export interface SummaryParams {
  uri: string;
}
/** An LSP range (zero-based lines, UTF-16 characters), written out so the client needs no LSP types. */
export interface SummaryRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
/** One scored bullet, as the summary page shows it. */
export interface BulletSummary {
  text: string;
  /** source offsets of the bullet (what the page posts back when it is clicked) */
  start: number;
  end: number;
  /** the same span as a range in the document as it was linted */
  range: SummaryRange;
  proven: boolean;
  /** the proof parts it does not show: "system", "change", "result" */
  lacks: string[];
  /** shows the engineering challenge (the bonus part) */
  challenge: boolean;
  /** 0–100 */
  score: number;
}
export interface EntrySummary {
  title: string;
  section: string;
  /** zero-based line of the entry's title */
  line: number;
  /** source offsets and range of the title line (of the section title for bullets outside any entry) */
  start: number;
  end: number;
  range: SummaryRange;
  proven: number;
  total: number;
  /** 0–100 */
  score: number;
  /** what most of its unproven bullets lack, most often first, e.g. ["result", "system"] */
  missing: string[];
  /** "2/3 bullets proven · add a metric to 1": the entry's code lens */
  lens: string;
  bullets: BulletSummary[];
}
/** The engine's proof score of an open resume, with ranges for the editor. */
export interface Summary {
  uri: string;
  version: number;
  proven: number;
  total: number;
  /** 0–100; 0 when there is nothing to score */
  score: number;
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
