import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsPath, ruleById, type Edit, type Finding, type Severity, type Suggestion } from '../engine';
import type { LintResult } from '../engine';

/**
 * What a code action needs, carried in `Diagnostic.data` so actions are rebuilt without server
 * state. `version` is the document version the offsets belong to: an action for any other version
 * is refused.
 */
export interface DiagnosticData {
  version: number;
  ruleId: string;
  fix?: Edit[];
  suggestions?: Suggestion[];
  /** the bullet the finding is about: its index and source range */
  bullet?: { index: number; start: number; end: number };
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
  const key = `${packageRoot}\0${ruleId}`;
  let uri = docsUris.get(key);
  if (!uri) {
    const rel = ruleById(ruleId) ? docsPath(ruleId) : path.posix.join(path.posix.dirname(docsPath(ruleId)), 'README.md');
    uri = pathToFileURL(path.join(packageRoot, rel)).toString();
    docsUris.set(key, uri);
  }
  return uri;
}
const docsUris = new Map<string, string>();

export function toDiagnostic(f: Finding, doc: TextDocument, result: LintResult, packageRoot: string): Diagnostic {
  const data: DiagnosticData = { version: doc.version, ruleId: f.ruleId };
  if (f.fix) data.fix = f.fix;
  if (f.suggestions) data.suggestions = f.suggestions;
  if (f.bullet !== undefined) {
    const b = result.doc.bullets[f.bullet];
    if (b) data.bullet = { index: b.index, start: b.start, end: b.end };
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
  return result.findings.map((f) => toDiagnostic(f, doc, result, packageRoot));
}

/** Reads our data back from a diagnostic a client returned (it may come from anywhere). */
export function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const x = d.data as DiagnosticData | undefined;
  if (d.source !== 'bulletproof' || !x || typeof x !== 'object' || typeof x.version !== 'number' || typeof x.ruleId !== 'string') return undefined;
  return x;
}
