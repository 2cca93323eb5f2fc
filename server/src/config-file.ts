/**
 * Finding and reading `.bulletproofrc.json` (Node only: the engine itself never touches the disk).
 * Shared by the CLI and the language server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { resolveConfig, RULES, type ConfigProblem, type ResolvedConfig } from './engine/index';

export const CONFIG_FILE_NAMES = ['.bulletproofrc.json', '.bulletproofrc'];

export interface LoadedConfig {
  path: string | undefined;
  config: ResolvedConfig;
  /** the raw object (for merging with editor settings) or undefined when unreadable */
  raw?: unknown;
  problems: ConfigProblem[];
}

/** The config file in `dir` itself, if any. */
function configIn(d: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const p = path.join(d, name);
    try {
      // throwIfNoEntry: a missing file (the usual case) costs no exception
      if (fs.statSync(p, { throwIfNoEntry: false })?.isFile()) return p;
    } catch {
      /* not readable here */
    }
  }
  return undefined;
}

/** Walks up from `dir` to the file system root and returns the first config file found. */
export function findConfigFile(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const here = configIn(d);
    if (here) return here;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * `findConfigFile` with a cache of the answer for every folder passed on the way up, so linting many
 * files looks at each folder once (the CLI: one run sees one state of the disk).
 */
export function findConfigFileCached(dir: string, cache: Map<string, string | undefined>): string | undefined {
  const visited: string[] = [];
  let d = path.resolve(dir);
  let found: string | undefined;
  for (;;) {
    if (cache.has(d)) {
      found = cache.get(d);
      break;
    }
    visited.push(d);
    found = configIn(d);
    if (found) break;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const v of visited) cache.set(v, found);
  return found;
}

/** Parses config text (JSON with comments allowed). Problems name the key or the position. */
export function parseConfigText(text: string): { raw: unknown; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0];
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const col = e.offset - before.lastIndexOf('\n');
    return { raw: undefined, problems: [{ key: `(line ${line}, column ${col})`, message: `not valid JSON: ${printParseErrorCode(e.error)}` }] };
  }
  return { raw, problems: [] };
}

export function readConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const { config } = resolveConfig(undefined, RULES.map((r) => r.meta));
    return { path: file, config, problems: [{ key: '(file)', message: `cannot read the config file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  const { raw, problems } = parseConfigText(text);
  const resolved = resolveConfig(raw, RULES.map((r) => r.meta));
  return { path: file, config: resolved.config, raw, problems: [...problems, ...resolved.problems] };
}
