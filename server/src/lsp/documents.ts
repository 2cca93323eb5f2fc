import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * The documents' text store: `vscode-languageserver-textdocument`, except where its incremental
 * update miscounts lines. It recounts line breaks only inside the inserted text, so an edit that
 * joins a `\r` and a `\n` into one CRLF (inserting "\r" before "\n", deleting what stood between
 * them) or splits one leaves a phantom or missing line: every later position is off by a line and
 * the next incremental change lands in the wrong place, silently corrupting the server's copy. Such
 * a change is applied by offsets and the line table rebuilt from the whole text.
 */
export const SafeTextDocument = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    let doc = document;
    for (const change of changes) {
      if (!('range' in change) || !touchesCarriageReturn(doc, change)) {
        doc = TextDocument.update(doc, [change], version);
        continue;
      }
      const text = doc.getText();
      const start = doc.offsetAt(change.range.start);
      const end = Math.max(start, doc.offsetAt(change.range.end));
      doc = TextDocument.create(doc.uri, doc.languageId, version, text.slice(0, start) + change.text + text.slice(end));
    }
    return doc;
  },
};

/** Does this change split a CRLF pair at either end of its range, or join a `\r` and a `\n` into one? */
function touchesCarriageReturn(doc: TextDocument, change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }): boolean {
  const text = doc.getText();
  const start = doc.offsetAt(change.range.start);
  const end = Math.max(start, doc.offsetAt(change.range.end));
  const CR = 13;
  const LF = 10;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const splits = (before === CR && text.charCodeAt(start) === LF) || (text.charCodeAt(end - 1) === CR && after === LF);
  const first = change.text.length ? change.text.charCodeAt(0) : after;
  const last = change.text.length ? change.text.charCodeAt(change.text.length - 1) : before;
  return splits || (before === CR && first === LF) || (last === CR && after === LF);
}
