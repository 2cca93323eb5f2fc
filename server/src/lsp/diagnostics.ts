import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsPath, ruleById, type Finding, type Severity } from '../engine';
import type { LintResult } from '../engine';

/**
 * What a code action needs to find its finding again, carried in `Diagnostic.data`. The fixes and
 * suggestions stay on the server with the lint result of that version (they were most of every
 * diagnostic's bytes, encoded, piped and parsed on every edit): an action looks the finding up by
 * `finding`, checked against the diagnostic's code (the rule id), range and message. `version` is the
 * document version the diagnostic belongs to: an action for any other version is refused.
 */
export interface DiagnosticData {
  version: number;
  /** the finding's index in the findings of that version's lint result */
  finding: number;
  /** the source range of the bullet the finding is about (the VS Code client's focus mode reads it) */
  bullet?: { start: number; end: number };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The file: URI of a rule's page inside the installed package (engine ids share the index page). */
export function docsUri(packageRoot: string, ruleId: string): string {
  // memoised: every diagnostic carries one, and building a file URL is not free
  let byRule = docsUris.get(packageRoot);
  if (!byRule) docsUris.set(packageRoot, (byRule = new Map()));
  let uri = byRule.get(ruleId);
  if (!uri) {
    const rel = ruleById(ruleId) ? docsPath(ruleId) : path.posix.join(path.posix.dirname(docsPath(ruleId)), 'README.md');
    uri = pathToFileURL(path.join(packageRoot, rel)).toString();
    byRule.set(ruleId, uri);
  }
  return uri;
}
const docsUris = new Map<string, Map<string, string>>();

/** The diagnostic of `result.findings[index]`, positioned on `doc` (the text and version that was linted). */
export function toDiagnostic(f: Finding, index: number, doc: TextDocument, result: LintResult, packageRoot: string): Diagnostic {
  const data: DiagnosticData = { version: doc.version, finding: index };
  if (f.bullet !== undefined) {
    const b = result.doc.bullets[f.bullet];
    if (b) data.bullet = { start: b.start, end: b.end };
  }
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: 'bulletproof',
    code: f.ruleId,
    codeDescription: { href: docsUri(packageRoot, f.ruleId) },
    message: f.message,
    data,
  };
  if (f.tags?.includes('unnecessary')) d.tags = [DiagnosticTag.Unnecessary];
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
      message: r.message,
    }));
  }
  return d;
}

export function toDiagnostics(doc: TextDocument, result: LintResult, packageRoot: string): Diagnostic[] {
  return result.findings.map((f, k) => toDiagnostic(f, k, doc, result, packageRoot));
}

/**
 * The finding a diagnostic of this document's current version was made from, in `result` (the lint of
 * that version): the one its data names when rule and range agree, else one with the same rule, range
 * and message (a re-lint after a settings change may number them differently); undefined when the
 * lint no longer has it. The caller has checked that the diagnostic's version is the document's.
 */
export function findingOf(d: Diagnostic, data: DiagnosticData, doc: TextDocument, result: LintResult): Finding | undefined {
  const same = (f: Finding | undefined): f is Finding =>
    !!f && f.ruleId === d.code && f.message === d.message && samePosition(doc.positionAt(f.start), d.range?.start) && samePosition(doc.positionAt(f.end), d.range?.end);
  const named = Number.isInteger(data.finding) ? result.findings[data.finding] : undefined;
  return same(named) ? named : result.findings.find(same);
}

const samePosition = (a: { line: number; character: number }, b: { line: number; character: number } | undefined) => !!b && a.line === b.line && a.character === b.character;

/** Reads our data back from a diagnostic a client returned (it may come from anywhere). */
export function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const x = d.data as DiagnosticData | undefined;
  if (d.source !== 'bulletproof' || !x || typeof x !== 'object' || typeof x.version !== 'number' || typeof x.finding !== 'number' || typeof d.code !== 'string') return undefined;
  return x;
}
