import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Outline: sections, and under each its entries with how many bullets they hold. */
export function documentSymbols(doc: TextDocument, result: LintResult): DocumentSymbol[] {
  const { sections, entries } = result.doc;
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) });
  return sections.map((s) => {
    const children = s.entries.map((i) => entries[i]).map(
      (e): DocumentSymbol => ({
        name: e.title || '(untitled entry)',
        detail: [e.organisation, e.dates?.text, plural(e.bullets.length, 'bullet')].filter(Boolean).join(' · '),
        kind: SymbolKind.Event,
        range: range(Math.min(e.start, e.titleStart), e.end),
        selectionRange: range(e.titleStart, e.titleEnd),
      }),
    );
    return {
      name: s.title || '(untitled section)',
      detail: s.entries.length ? `${plural(s.entries.length, 'entry', 'entries')} · ${plural(s.bullets.length, 'bullet')}` : plural(s.bullets.length, 'bullet'),
      kind: SymbolKind.Namespace,
      range: range(Math.min(s.start, s.titleStart), s.end),
      selectionRange: range(s.titleStart, s.titleEnd),
      children,
    };
  });
}

/** Folding for sections and entries: from the title line to the last non-blank line of the block. */
export function foldingRanges(doc: TextDocument, result: LintResult): FoldingRange[] {
  const { sections, entries } = result.doc;
  const titleLines = new Set([...sections, ...entries].map((b) => doc.positionAt(b.titleStart).line));
  const blank = (line: number) => doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).trim() === '';
  const out: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const startLine = doc.positionAt(start).line;
    const endPos = doc.positionAt(end);
    let endLine = endPos.line;
    // a block may end inside the next title's line (after its heading marks): stop before that line
    if (endPos.character === 0 || (endLine !== startLine && titleLines.has(endLine))) endLine--;
    while (endLine > startLine && blank(endLine)) endLine--;
    if (endLine > startLine) out.push({ startLine, endLine, kind: 'region' });
  };
  for (const s of sections) add(s.titleStart, s.end);
  for (const e of entries) add(e.titleStart, e.end);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
