/**
 * Linting one file for the CLI and rendering its part of the report at once, so only strings and
 * counts are kept (not the document model) and the work can run on any thread: the sequential path
 * and the worker threads (cli-parallel.ts) both call `FileLinter.lint`, which is what keeps their
 * output byte for byte the same.
 */
import path from 'node:path';
import { applyFixes, entrySummary, lineOf, lineStarts, lintDocument, resolveConfig, RULES, type Finding, type Format, type LintResult, type ResolvedConfig, type ResumeScore, type Severity } from './engine/index';
import { readConfigFile, findConfigFileCached, type LoadedConfig } from './config-file';
import { writeFileAtomic, readTextFile } from './files';

/** What linting and rendering one file needs from the command line (structured-cloneable). */
export interface FileLintOptions {
  format: 'text' | 'json';
  fix: boolean;
  config?: string;
  inputFormat?: Format;
  includeHints: boolean;
  quiet: boolean;
  color: boolean;
  /** more than one file is reported (the text score lines then name the file) */
  many: boolean;
}

export type Counts = Record<Severity, number>;

/** One file's result, already rendered for the chosen format. */
export interface FileOutcome {
  filePath: string;
  /** unreadable, binary, or a fix that could not be written: reported on stderr, exit 2 */
  error?: string;
  /** the engine's result was kept (false with `error`) */
  linted: boolean;
  fixed?: number;
  /** every finding by severity (shown or not) */
  counts: Counts;
  /** --format json: this file's element of the report (UTF-8); the writer drops it once written */
  json?: Uint8Array;
  /** --format text: the file's lines, each ending in a newline: a blank one, the underlined name, one per shown finding (UTF-8); dropped once written */
  block?: Uint8Array;
  /** --format text: the proof score lines */
  score?: string;
  /** the config file used ('(defaults)' when none) */
  configKey?: string;
  /** the config's problems, given with the first file of this thread that used it */
  configProblems?: string[];
}

export const noCounts = (): Counts => ({ error: 0, warning: 0, info: 0, hint: 0 });

export function countFindings(findings: readonly Finding[], into: Counts = noCounts()): Counts {
  for (const f of findings) into[f.severity]++;
  return into;
}

/** Lints files one at a time; keeps the configs it has read and where each folder's config is. */
export class FileLinter {
  private readonly configs = new Map<string, LoadedConfig>();
  private readonly dirs = new Map<string, string | undefined>();
  constructor(private readonly opts: FileLintOptions) {}

  /** The config for a file; `problems` is set the first time this linter reads that config. */
  configFor(file: string): { key: string; config: ResolvedConfig; problems?: string[] } {
    const opts = this.opts;
    const where = opts.config ? path.resolve(opts.config) : findConfigFileCached(path.dirname(path.resolve(file)), this.dirs);
    const key = where ?? '(defaults)';
    const known = this.configs.get(key);
    if (known) return { key, config: known.config };
    const loaded = where ? readConfigFile(where) : { path: undefined, config: resolveConfig(undefined, RULES.map((r) => r.meta)).config, problems: [] };
    this.configs.set(key, loaded);
    const shownPath = path.relative(process.cwd(), loaded.path ?? '') || loaded.path;
    return { key, config: loaded.config, problems: loaded.problems.map((p) => `bulletproof: ${shownPath}: ${p.key}: ${p.message}`) };
  }

  lint(file: string): FileOutcome {
    const opts = this.opts;
    const read = readTextFile(file);
    if ('error' in read) return this.failed(file, read.error);
    const { key, config, problems } = this.configFor(file);
    const withConfig = (o: FileOutcome): FileOutcome => {
      o.configKey = key;
      if (problems) o.configProblems = problems;
      return o;
    };
    const { text, result, fixed } = lintAndFix(read.text, file, opts.inputFormat, config, opts.fix);
    if (!opts.fix) return withConfig(this.render(file, result));
    if (fixed > 0) {
      const w = writeFileAtomic(file, text, read);
      if (w) return withConfig(this.failed(file, w));
    }
    return withConfig(this.render(file, result, fixed));
  }

  failed(filePath: string, error: string): FileOutcome {
    const o: FileOutcome = { filePath, error, linted: false, counts: noCounts() };
    if (this.opts.format === 'json') o.json = jsonElement({ filePath, messages: [], errorCount: 1, warningCount: 0, error });
    return o;
  }

  render(filePath: string, result: LintResult, fixed?: number): FileOutcome {
    const opts = this.opts;
    const o: FileOutcome = { filePath, linted: true, counts: countFindings(result.findings) };
    if (fixed !== undefined) o.fixed = fixed;
    const starts = lineStarts(result.doc.text);
    if (opts.format === 'json') o.json = jsonElement(jsonOf(filePath, result, starts, fixed));
    else {
      const c = paint(opts.color);
      const block = textBlock(filePath, result, starts, opts, c);
      if (block !== undefined) o.block = utf8(block);
      const score = scoreText(filePath, result, starts, opts.many, c);
      if (score.length) o.score = score.join('\n');
    }
    return o;
  }
}

/**
 * Lints a text as the CLI does (without suggestions: its report never shows them) and, with `fix`,
 * applies the safe fixes and lints again until nothing changes (at most 10 passes). Shared by files and
 * standard input. `fixed` counts the fixes applied.
 */
export function lintAndFix(text: string, fileName: string | undefined, format: Format | undefined, config: ResolvedConfig, fix: boolean): { text: string; result: LintResult; fixed: number } {
  let result = lintDocument(text, { fileName, format, config, suggestions: false });
  let fixed = 0;
  for (let pass = 0; fix && pass < 10; pass++) {
    const { text: next, fixed: n } = applyFixes(text, result.findings);
    if (n === 0 || next === text) break;
    fixed += n;
    text = next;
    result = lintDocument(text, { fileName, format, config, suggestions: false });
  }
  return { text, result, fixed };
}

/**
 * Rendered text is kept as UTF-8 bytes: a thread hands its buffers to the main one without a copy,
 * the garbage collector does not walk them, and they are written out as they are. Each buffer has an
 * ArrayBuffer of its own (never a slice of Node's shared pool), so it can be transferred.
 */
function utf8(s: string): Uint8Array {
  const b = Buffer.from(s, 'utf8');
  return b.byteOffset === 0 && b.buffer.byteLength === b.byteLength ? b : new Uint8Array(b);
}

/** The buffers of an outcome (to transfer them to another thread). */
export function buffersOf(o: FileOutcome): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  if (o.json) out.push(o.json.buffer as ArrayBuffer);
  if (o.block) out.push(o.block.buffer as ArrayBuffer);
  return out;
}

/**
 * One element of the JSON report, compact (the writer puts each on a line of its own, see
 * cli-report.ts). Compact like ESLint's json formatter: the indented layout doubled the output and
 * its stringifying was a tenth of a 1,000-file run.
 */
function jsonElement(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value));
}

/** 1-based line and column of an offset (the engine's line table, so both agree on CR, LF and CRLF). */
function lineCol(starts: number[], offset: number): [number, number] {
  const line = lineOf(starts, offset);
  return [line + 1, offset - starts[line] + 1];
}

function jsonOf(filePath: string, result: LintResult, starts: number[], fixed: number | undefined) {
  const messages = result.findings.map((f) => {
    const [line, column] = lineCol(starts, f.start);
    const [endLine, endColumn] = lineCol(starts, f.end);
    return { ruleId: f.ruleId, severity: f.severity, message: f.message, line, column, endLine, endColumn, fix: f.fix ? f.fix.map((e) => ({ range: [e.start, e.end], text: e.newText })) : undefined };
  });
  return {
    filePath,
    format: result.format,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    fixed,
    score: result.score && scoreJson(result.score, starts),
  };
}

/** The proof score of one file for `--format json`: entries with their 1-based title line. */
function scoreJson(s: ResumeScore, starts: number[]) {
  const entry = (e: ResumeScore['entries'][number]) => ({ title: e.title, line: lineCol(starts, e.start)[0], score: e.score, proven: e.proven, total: e.total, lacking: e.lacking, summary: entrySummary(e) });
  return { score: s.score, proven: s.proven, total: s.total, entries: s.entries.map(entry), weakest: s.weakest.map(entry) };
}

export type Paint = ReturnType<typeof paint>;

export function paint(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), blue: wrap('34'), dim: wrap('2'), bold: wrap('1'), underline: wrap('4'), green: wrap('32') };
}

function shown(f: Finding, opts: FileLintOptions): boolean {
  if (opts.quiet) return f.severity === 'error';
  return f.severity !== 'hint' || opts.includeHints;
}

/** The file's lines of the text report (each ending in a newline), or undefined when none of its findings is shown. */
function textBlock(filePath: string, result: LintResult, starts: number[], opts: FileLintOptions, c: Paint): string | undefined {
  const list = result.findings.filter((f) => shown(f, opts));
  if (list.length === 0) return undefined;
  const out = ['', c.underline(filePath)];
  const rows = list.map((f) => {
    const [line, col] = lineCol(starts, f.start);
    return { pos: `${line}:${col}`, f };
  });
  const w = Math.max(...rows.map((x) => x.pos.length));
  for (const { pos, f } of rows) {
    const sev = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : f.severity === 'info' ? c.blue('info   ') : c.dim('hint   ');
    out.push(`  ${c.dim(pos.padEnd(w))}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
  }
  return out.join('\n') + '\n';
}

/** The text summary's last lines for one file: its proof score and its three weakest entries. */
function scoreText(filePath: string, result: LintResult, starts: number[], many: boolean, c: Paint): string[] {
  const s = result.score;
  if (!s) return [];
  if (s.total === 0) return [`Proof score: no bullets to score under Experience or Projects${many ? `  ${c.dim(filePath)}` : ''}`];
  const out = [`${c.bold(`Proof score ${s.score}/100`)} · ${s.proven}/${s.total} bullet${s.total === 1 ? '' : 's'} proven${many ? `  ${c.dim(filePath)}` : ''}`];
  // a perfect entry is not "weak", whatever its rank
  const weak = s.weakest.filter((e) => e.score < 100);
  if (weak.length) out.push(`  weakest: ${weak.map((e) => `${e.title} ${c.dim(`(line ${lineCol(starts, e.start)[0]})`)} ${e.score}/100, ${entrySummary(e)}`).join('\n           ')}`);
  return out;
}
