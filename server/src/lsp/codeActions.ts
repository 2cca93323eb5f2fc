import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, FORMAT_TRAITS, type Bullet, type Edit, type LintResult } from '../engine';
import { lineOf, lineStarts, parseDirectives } from '../engine/directives';
import { dataOf, findingOf } from './diagnostics';
import type { ApplySnippetArgs } from './protocol';

export const REWRITE_TITLE = 'Rewrite as System → Challenge → Change → Result';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bulletproof`;
export const ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND];

/**
 * How a client takes snippet edits: LSP 3.18 `SnippetTextEdit` (`lsp`), rust-analyzer's
 * `experimental.snippetTextEdit` (`experimental`), a client command (`command`, VS Code through our
 * client) or not at all (`plain`: placeholders become plain text the placeholder rule flags).
 */
export type SnippetMode = 'lsp' | 'experimental' | 'command' | 'plain';

export interface ActionContext {
  doc: TextDocument;
  /** the lint result of `doc` at its current version */
  result: LintResult;
  snippetMode: SnippetMode;
  snippetCommand?: string;
  documentChanges: boolean;
}

type Pos = { line: number; character: number };

/** Is an action of `kind` wanted by `only` (a kind matches its own prefixes)? Source actions only on request. */
function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only) return !kind.startsWith(CodeActionKind.Source);
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  const { doc, result } = ctx;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  // fixes first for every diagnostic under the cursor, the disable comments after them all
  const disables: CodeAction[] = [];
  const seenDisable = new Set<string>();
  let rewriteOffered = false;

  if (wanted(CodeActionKind.QuickFix, only) || wanted(CodeActionKind.RefactorRewrite, only)) {
    for (const d of params.context.diagnostics) {
      const data = dataOf(d);
      // stale: the diagnostic belongs to another version of the text
      if (!data || data.version !== doc.version) continue;
      // its fixes and suggestions are the finding's, in this version's lint result; a diagnostic the
      // result no longer has (a settings change re-linted the same version) gets no actions
      const f = findingOf(d, data, doc, result);
      if (!f) continue;
      if (f.fix?.length && wanted(CodeActionKind.QuickFix, only)) {
        actions.push({ title: fixTitle(doc.getText(), f.fix), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: workspaceEdit(ctx, f.fix) });
      }
      for (const s of f.suggestions ?? []) {
        const kind = s.kind ?? CodeActionKind.QuickFix;
        if (!wanted(kind, only) || (f.fix && sameEdits(s.edits, f.fix))) continue;
        // the engine may build the template rewrite itself; other rewrites (another verb) do not count
        if (s.title === REWRITE_TITLE) rewriteOffered = true;
        actions.push({ ...editAction(ctx, s.title, s.edits), kind, diagnostics: [d], isPreferred: s.preferred || undefined });
      }
      if (wanted(CodeActionKind.QuickFix, only) && !seenDisable.has(f.ruleId)) {
        seenDisable.add(f.ruleId);
        const bullet = f.bullet === undefined ? undefined : result.doc.bullets[f.bullet];
        const start = bullet?.start ?? f.start;
        const line = disableLine(ctx, f.ruleId, start);
        if (line) disables.push({ title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(ctx, [line]) });
        const file = disableFile(ctx, f.ruleId);
        if (file) disables.push({ title: `Disable ${f.ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(ctx, [file]) });
      }
    }
  }
  actions.push(...disables);
  if (!rewriteOffered && wanted(CodeActionKind.RefactorRewrite, only)) {
    const bullet = bulletAt(result, doc.offsetAt(params.range.start));
    if (bullet) actions.push({ ...editAction(ctx, REWRITE_TITLE, [rewriteEdit(ctx, bullet)]), kind: CodeActionKind.RefactorRewrite });
  }
  if (only && wanted(FIX_ALL_KIND, only)) {
    const { edits, fixed } = applyFixes(doc.getText(), result.findings);
    if (fixed) actions.push({ title: `Fix all safe Bulletproof problems (${fixed})`, kind: FIX_ALL_KIND, edit: workspaceEdit(ctx, edits) });
  }
  return actions;
}

/** A list bullet whose range (marker excluded, its line included) holds the offset. */
export function bulletAt(result: LintResult, offset: number): Bullet | undefined {
  const text = result.doc.text;
  return result.doc.bullets.find((b) => b.kind === 'bullet' && lineStartOf(text, b.start) <= offset && offset <= b.end);
}

function lineStartOf(text: string, offset: number): number {
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return nl + 1;
}

function fixTitle(text: string, edits: Edit[]): string {
  // a change of case that comes with a deletion (re-capitalising the next word) is not worth a mention
  const main = edits.length > 1 ? edits.filter((e) => text.slice(e.start, e.end).toLowerCase() !== e.newText.toLowerCase()) : edits;
  if (main.length !== 1) return 'Apply the safe fix';
  const [e] = main;
  const old = text.slice(e.start, e.end).trim();
  if (!e.newText.trim()) return `Delete “${old}”`;
  if (!old) return `Insert “${e.newText.trim()}”`;
  return `Change “${old}” to “${e.newText.trim()}”`;
}

const sameEdits = (a: Edit[], b: Edit[]) => a.length === b.length && a.every((e, i) => e.start === b[i].start && e.end === b[i].end && e.newText === b[i].newText);

function toRange(doc: TextDocument, e: { start: number; end: number }): { start: Pos; end: Pos } {
  return { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
}

/** Plain text of an edit for a client without snippets. */
export function plainOf(e: Edit): string {
  return e.snippet ? e.plainText ?? stripSnippet(e.newText) : e.newText;
}

/** `${1:what}` → `what`, `${1|a,b|}` → `a`, `$1` → ``, and unescapes `\$ \} \\`. */
export function stripSnippet(s: string): string {
  let out = s;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\$\{\d+:((?:[^{}\\]|\\.)*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return out.replace(/\$\d+|\$\{\d+\}/g, '').replace(/\\([$}\\])/g, '$1');
}

const escapeSnippet = (t: string) => t.replace(/[$}\\]/g, (c) => `\\${c}`);

function workspaceEdit(ctx: ActionContext, edits: Edit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: toRange(ctx.doc, e), newText: plainOf(e) }));
  return wrap(ctx, textEdits);
}

function wrap(ctx: ActionContext, edits: unknown[]): WorkspaceEdit {
  const { doc } = ctx;
  // documentChanges carry the version, so a client refuses the edit once the text has moved on
  if (ctx.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits as TextEdit[] }] };
  return { changes: { [doc.uri]: edits as TextEdit[] } };
}

/** A code action for edits that may hold snippet text, in the client's snippet mode. */
function editAction(ctx: ActionContext, title: string, edits: Edit[]): CodeAction {
  const { doc } = ctx;
  if (!edits.some((e) => e.snippet) || ctx.snippetMode === 'plain') return { title, edit: workspaceEdit(ctx, edits) };
  switch (ctx.snippetMode) {
    case 'lsp':
      return { title, edit: wrap(ctx, edits.map((e) => (e.snippet ? { range: toRange(doc, e), snippet: { kind: 'snippet', value: e.newText } } : { range: toRange(doc, e), newText: e.newText }))) };
    case 'experimental':
      return { title, edit: wrap(ctx, edits.map((e) => ({ range: toRange(doc, e), newText: e.snippet ? e.newText : escapeSnippet(e.newText), insertTextFormat: 2 }))) };
    case 'command': {
      // one snippet over the span of all edits: an editor inserts one snippet at a time
      const sorted = [...edits].sort((a, b) => a.start - b.start);
      const text = doc.getText();
      let snippet = '';
      let pos = sorted[0].start;
      for (const e of sorted) {
        snippet += escapeSnippet(text.slice(pos, e.start)) + (e.snippet ? e.newText : escapeSnippet(e.newText));
        pos = Math.max(pos, e.end);
      }
      const args: ApplySnippetArgs = { uri: doc.uri, version: doc.version, range: toRange(doc, { start: sorted[0].start, end: pos }), snippet };
      return { title, command: { title, command: ctx.snippetCommand!, arguments: [args] } };
    }
  }
}

/** The template edit: the bullet's words stay as the system part, the rest gets tab stops. */
function rewriteEdit(ctx: ActionContext, b: Bullet): Edit {
  const esc = (t: string) => FORMAT_TRAITS[ctx.result.format].escape(t, b);
  const current = ctx.doc.getText().slice(b.start, b.end);
  const parts = ['where [what made it hard]', '[what you changed and how]', '[cutting what from X to Y]'];
  const snippet = `\${1:${escapeSnippet(current)}} ${esc('where ')}\${2:${esc('what made it hard')}}; \${3:${esc('what you changed and how')}}, \${4:${esc('cutting what from X to Y')}}`;
  const plainText = `${current} ${esc(parts[0])}; ${esc(parts[1])}, ${esc(parts[2])}`;
  return { start: b.start, end: b.end, newText: snippet, snippet: true, plainText };
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Ids listed after a directive keyword; the match ends where a new id would go. */
function idsAfter(keyword: string): RegExp {
  return new RegExp(`${keyword}(?:[\\s,]+[A-Za-z][A-Za-z0-9-]*)*`);
}

function mergeInto(text: string, d: { start: number; end: number }, keyword: string, ruleId: string): Edit | null {
  const m = idsAfter(keyword).exec(text.slice(d.start, d.end));
  if (!m) return null;
  const at = d.start + m.index + m[0].length;
  return { start: at, end: at, newText: ` ${ruleId}` };
}

/** "Disable for this line": a next-line directive above the finding's (bullet's) first line. */
function disableLine(ctx: ActionContext, ruleId: string, offset: number): Edit | null {
  const traits = FORMAT_TRAITS[ctx.result.format];
  const text = ctx.doc.getText();
  const starts = lineStarts(text);
  const line = lineOf(starts, offset);
  const existing = parseDirectives(ctx.result.doc.comments).find((d) => d.kind === 'disable-next-line' && d.rules && lineOf(starts, d.end) === line - 1);
  if (existing) return mergeInto(text, existing, 'bulletproof-disable-next-line', ruleId);
  const comment = traits.lineComment(`bulletproof-disable-next-line ${ruleId}`);
  if (comment === null) return null;
  const lineStart = starts[line];
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}${comment}${eolOf(text)}` };
}

/** "Disable for this file": a disable directive at the top (after Markdown front matter), merged when one is there. */
function disableFile(ctx: ActionContext, ruleId: string): Edit | null {
  const { result } = ctx;
  const text = ctx.doc.getText();
  const firstBullet = result.doc.bullets[0]?.start ?? text.length;
  const existing = parseDirectives(result.doc.comments).find((d) => d.kind === 'disable' && d.rules && d.start < firstBullet);
  if (existing) return mergeInto(text, existing, 'bulletproof-disable', ruleId);
  const comment = FORMAT_TRAITS[result.format].lineComment(`bulletproof-disable ${ruleId}`);
  if (comment === null) return null;
  let at = 0;
  if (result.format === 'markdown') {
    const fm = /^---\r?\n[^]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
    if (fm) at = fm[0].length;
  }
  return { start: at, end: at, newText: `${comment}${eolOf(text)}` };
}
