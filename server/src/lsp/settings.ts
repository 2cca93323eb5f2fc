import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CONFIG_FILE_NAMES } from '../config-file';
import { resolveConfig, RULES, type UserConfig } from '../engine';

/**
 * The editor's `bulletproof.*` settings as `workspace/configuration` returns them. A value of
 * "default" leaves the choice to `.bulletproofrc.json` or the rule's own default.
 */
export interface EditorSettings {
  rules?: Record<string, string>;
  targetRole?: string;
  level?: string;
  words?: Partial<Record<WordKey, string[]>>;
  /** `bulletproof.codeLens.enabled`: the "2/3 bullets proven" line above each entry (default on) */
  codeLens?: { enabled?: boolean };
}

type WordKey = 'weakVerbs' | 'buzzwords' | 'filler' | 'techNames' | 'allow';
const WORD_KEYS: readonly WordKey[] = ['weakVerbs', 'buzzwords', 'filler', 'techNames', 'allow'];

/** Watched by the server: the names the CLI also reads, so both agree on the config. */
export const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

/** A problem in a config file, with the offsets of the value it is about. */
export interface FileProblem {
  key: string;
  message: string;
  start: number;
  end: number;
}

export interface ConfigFile {
  path: string;
  text: string;
  config: UserConfig | undefined;
  problems: FileProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The part of the editor settings that says something (drops "default" and empty lists). */
export function editorConfig(s: EditorSettings | null | undefined): UserConfig {
  const out: UserConfig = {};
  if (!isObject(s)) return out;
  if (isObject(s.rules)) {
    const rules: Record<string, string> = {};
    for (const [id, sev] of Object.entries(s.rules)) if (typeof sev === 'string' && sev !== 'default') rules[id] = sev;
    if (Object.keys(rules).length) out.rules = rules as UserConfig['rules'];
  }
  if (typeof s.targetRole === 'string' && s.targetRole !== 'default') out.targetRole = s.targetRole as UserConfig['targetRole'];
  if (typeof s.level === 'string' && s.level !== 'default') out.level = s.level as UserConfig['level'];
  if (isObject(s.words)) {
    const words: NonNullable<UserConfig['words']> = {};
    for (const k of WORD_KEYS) {
      const list = s.words[k];
      if (Array.isArray(list) && list.length) words[k] = list;
    }
    if (Object.keys(words).length) out.words = words;
  }
  return out;
}

/**
 * Editor settings overlaid by the config file: the file travels with the resume (and the CLI reads
 * it too), so where both set a rule the file wins, and word lists add up.
 */
export function mergeConfigs(editor: UserConfig, file: UserConfig | undefined): UserConfig {
  if (!file || !isObject(file)) return editor;
  const merged: UserConfig = { ...editor, ...file };
  if (editor.rules || file.rules) merged.rules = { ...editor.rules, ...(isObject(file.rules) ? (file.rules as UserConfig['rules']) : {}) };
  if (editor.words && isObject(file.words)) {
    const words: Record<string, unknown> = { ...editor.words };
    for (const [k, v] of Object.entries(file.words)) {
      const mine = (editor.words as Record<string, unknown>)[k];
      words[k] = Array.isArray(mine) && Array.isArray(v) ? [...new Set([...mine, ...v])] : v;
    }
    merged.words = words as UserConfig['words'];
  } else if (editor.words && file.words === undefined) merged.words = editor.words;
  return merged;
}

/** Reads and checks a config file; never throws (an unreadable file is one problem). */
export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { path: file, text: '', config: undefined, problems: [{ key: '(file)', message: `cannot read ${file}: ${(err as Error).message}`, start: 0, end: 0 }] };
  }
  return checkConfigText(file, text);
}

/** Parses config text (JSON, comments tolerated) and places each problem on the key it names. */
export function checkConfigText(file: string, text: string): ConfigFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true });
  if (errors.length || !root) {
    const problems = errors.map((e) => ({ key: '(syntax)', message: `${file} is not valid JSON (${printParseErrorCode(e.error)}); using the defaults`, start: e.offset, end: e.offset + Math.max(e.length, 1) }));
    if (!problems.length) problems.push({ key: '(syntax)', message: `${file} is empty; using the defaults`, start: 0, end: 0 });
    return { path: file, text, config: undefined, problems };
  }
  const value: unknown = nodeValue(root);
  const { problems } = resolveConfig(value, RULES.map((r) => r.meta));
  return {
    path: file,
    text,
    config: isObject(value) ? (value as UserConfig) : undefined,
    problems: problems.map((p) => {
      const node = p.key === '(root)' ? root : locate(root, p.key);
      return { key: p.key, message: `${p.key}: ${p.message}`, start: node?.offset ?? 0, end: node ? node.offset + node.length : 0 };
    }),
  };
}

function nodeValue(n: Node): unknown {
  switch (n.type) {
    case 'object':
      return Object.fromEntries((n.children ?? []).map((p) => [p.children![0].value as string, p.children![1] ? nodeValue(p.children![1]) : undefined]));
    case 'array':
      return (n.children ?? []).map(nodeValue);
    default:
      return n.value;
  }
}

/** The node a problem key such as "rules.weak-verb.severity" points at (rule ids contain no dots). */
function locate(root: Node, key: string): Node | undefined {
  const parts = key.split('.');
  for (let n = parts.length; n > 0; n--) {
    // the deepest node that exists: the value of the key, or its nearest parent
    const node = findNodeAtLocation(root, parts.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

/** Finds the nearest config file above a document, caching each directory's answer. */
export function createConfigFinder(): { find(uri: string): string | undefined; clear(): void } {
  const byDir = new Map<string, string | undefined>();
  function lookup(dir: string): string | undefined {
    if (byDir.has(dir)) return byDir.get(dir);
    let found = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((p) => fs.existsSync(p));
    if (!found) {
      const parent = path.dirname(dir);
      found = parent === dir ? undefined : lookup(parent);
    }
    byDir.set(dir, found);
    return found;
  }
  return {
    find(uri) {
      if (!uri.startsWith('file:')) return undefined;
      return lookup(path.dirname(fileURLToPath(uri)));
    },
    clear: () => byDir.clear(),
  };
}
