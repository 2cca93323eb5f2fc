import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Format } from '../engine';
import { stripSnippet } from './codeActions';
import { VERBS_BY_INTENT } from './verbs';

/** Where completion is asked for: the start of a bullet (after its marker), or the start of a line. */
export function completionSite(format: Format, linePrefix: string): { at: 'bullet' | 'line'; word: string } | null {
  const bullet =
    format === 'latex'
      ? /\\(?:item|resumeItem|cvitem)\b\s*(?:\[[^\]]*\])?\s*\{?([A-Za-z-]*)$/.exec(linePrefix)
      : format === 'json'
        ? /^\s*"([A-Za-z-]*)$/.exec(linePrefix)
        : format === 'yaml'
          ? /^\s*-\s+["']?([A-Za-z-]*)$/.exec(linePrefix)
          : /^\s*(?:[-*+•]|\d{1,2}[.)])\s+([A-Za-z-]*)$/.exec(linePrefix);
  if (bullet) return { at: 'bullet', word: bullet[1] };
  const line = /^([A-Za-z\\-]*)$/.exec(linePrefix);
  return line ? { at: 'line', word: line[1] } : null;
}

interface SnippetDef {
  prefix: string;
  body: string;
  description?: string;
}

/** Languages whose contributed snippets suit each format. */
const SNIPPET_LANGUAGES: Record<Format, string[]> = { markdown: ['resume', 'markdown'], text: ['resume', 'plaintext'], latex: ['latex'], json: [], yaml: [] };

/**
 * The snippets the package contributes (package.json `contributes.snippets`), read once from the
 * installed package so editors other than VS Code get them through completion.
 */
export function loadSnippets(packageRoot: string): Map<Format, SnippetDef[]> {
  const out = new Map<Format, SnippetDef[]>();
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
    const contributed: Array<{ language: string; path: string }> = pkg.contributes?.snippets ?? [];
    for (const [format, languages] of Object.entries(SNIPPET_LANGUAGES) as Array<[Format, string[]]>) {
      const files = [...new Set(contributed.filter((c) => languages.includes(c.language)).map((c) => c.path))];
      const defs: SnippetDef[] = [];
      for (const file of files) {
        const json = parseJsonc(fs.readFileSync(path.join(packageRoot, file), 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>;
        for (const s of Object.values(json ?? {})) {
          const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
          const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
          for (const prefix of prefixes) if (!defs.some((d) => d.prefix === prefix)) defs.push({ prefix, body, description: s.description });
        }
      }
      out.set(format, defs);
    }
  } catch {
    // no manifest or snippets beside the server (a bare npm install): completion offers verbs only
  }
  return out;
}

export interface CompletionContext {
  format: Format;
  snippets: SnippetDef[];
  snippetSupport: boolean;
}

export function completions(doc: TextDocument, pos: Position, ctx: CompletionContext): CompletionItem[] {
  const linePrefix = doc.getText({ start: { line: pos.line, character: 0 }, end: pos });
  const site = completionSite(ctx.format, linePrefix);
  if (!site) return [];
  const range = { start: { line: pos.line, character: pos.character - site.word.length }, end: pos };
  if (site.at === 'bullet') {
    return VERBS_BY_INTENT.flatMap(({ intent, verbs }, group) =>
      verbs.map(
        (verb, i): CompletionItem => ({
          label: verb,
          labelDetails: { description: intent },
          kind: CompletionItemKind.Keyword,
          detail: `Strong verb: ${intent}`,
          sortText: `${group}${String(i).padStart(2, '0')}`,
          filterText: verb,
          textEdit: { range, newText: `${verb} ` },
        }),
      ),
    );
  }
  return ctx.snippets.map(
    (s): CompletionItem => ({
      label: s.prefix,
      kind: CompletionItemKind.Snippet,
      detail: s.description,
      insertTextFormat: ctx.snippetSupport ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: ctx.snippetSupport ? s.body : stripSnippet(s.body) },
    }),
  );
}
