/**
 * The `bulletproof` command: lints resume files with the engine and reports like ESLint.
 * Exit codes: 0 nothing at warning or above (within --max-warnings), 1 findings, 2 usage error,
 * unreadable file or bad configuration (the other files are still linted).
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyFixes, entrySummary, FORMATS, lineOf, lineStarts, lintDocument, resolveConfig, RULES, type Finding, type Format, type LintResult, type ResolvedConfig, type ResumeScore } from './engine/index';
import { readConfigFile, findConfigFile, type LoadedConfig } from './config-file';
import { writeFileAtomic, readTextFile } from './files';
import { expandArgs } from './globs';

const VERSION = '0.1.0';

const HELP = `Usage: bulletproof [options] <files, folders or globs...>

Lints resumes (Markdown, plain text, LaTeX, JSON Resume, RenderCV YAML) for bullets that prove nothing.

Options:
  --format text|json        output format (default: text)
  --fix                     apply safe fixes (technology names, filler words) in place
  --max-warnings N          exit 1 when there are more than N warnings (default: any warning fails)
  --config FILE             use this config file instead of the nearest .bulletproofrc.json
  --stdin                   read the resume from standard input
  --stdin-filename NAME     file name for --stdin (picks the format and config)
  --input-format FORMAT     force the resume format: ${FORMATS.join(', ')}
  --include-hints           also print hints (always present in --format json)
  --quiet                   print errors only
  --no-color                no colours (also when NO_COLOR is set or output is not a terminal)
  --list-rules              print the rules and their default severities
  -v, --version             print the version
  -h, --help                print this help

Folders are searched for .md, .markdown, .txt, .tex, .json, .yaml and .yml files.
Exit codes: 0 no warnings or errors, 1 warnings or errors found, 2 usage error or unreadable input.`;

interface Options {
  format: 'text' | 'json';
  fix: boolean;
  maxWarnings: number;
  config?: string;
  stdin: boolean;
  stdinFilename?: string;
  inputFormat?: Format;
  includeHints: boolean;
  quiet: boolean;
  color: boolean;
  patterns: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' | 'list-rules' {
  const o: Options = {
    format: 'text',
    fix: false,
    maxWarnings: -1,
    stdin: false,
    includeHints: false,
    quiet: false,
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    patterns: [],
  };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = () => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--list-rules':
        return 'list-rules';
      case '--format':
      case '-f': {
        const v = take();
        if (v !== 'text' && v !== 'json' && v !== 'stylish') throw new UsageError(`--format must be "text" or "json", not "${v}"`);
        o.format = v === 'json' ? 'json' : 'text';
        break;
      }
      case '--fix':
        o.fix = true;
        break;
      case '--max-warnings': {
        const v = take();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
        o.maxWarnings = Number(v);
        break;
      }
      case '--config':
      case '-c':
        o.config = take();
        break;
      case '--stdin':
        o.stdin = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = take();
        break;
      case '--input-format': {
        const v = take();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--input-format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        o.inputFormat = v as Format;
        break;
      }
      case '--include-hints':
        o.includeHints = true;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--color':
        o.color = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}" (see --help)`);
        o.patterns.push(a);
    }
  }
  if (!o.stdin && o.patterns.length === 0) throw new UsageError('no files given (try: bulletproof examples/)');
  if (o.stdin && o.patterns.length) throw new UsageError('--stdin reads one resume from standard input; do not also name files');
  return o;
}

interface FileReport {
  filePath: string;
  result?: LintResult;
  error?: string;
  fixed?: number;
}

const configCache = new Map<string, LoadedConfig>();
let configErrors = 0;

function configFor(file: string, opts: Options, stderr: (s: string) => void): ResolvedConfig {
  const where = opts.config ? path.resolve(opts.config) : findConfigFile(path.dirname(path.resolve(file)));
  const key = where ?? '(defaults)';
  let loaded = configCache.get(key);
  if (!loaded) {
    loaded = where ? readConfigFile(where) : { path: undefined, config: resolveConfig(undefined, RULES.map((r) => r.meta)).config, problems: [] };
    configCache.set(key, loaded);
    for (const p of loaded.problems) {
      configErrors++;
      stderr(`bulletproof: ${path.relative(process.cwd(), loaded.path ?? '') || loaded.path}: ${p.key}: ${p.message}`);
    }
  }
  return loaded.config;
}

function lintFile(file: string, opts: Options, stderr: (s: string) => void): FileReport {
  const read = readTextFile(file);
  if ('error' in read) return { filePath: file, error: read.error };
  const config = configFor(file, opts, stderr);
  let text = read.text;
  let result = lintDocument(text, { fileName: file, format: opts.inputFormat, config });
  if (!opts.fix) return { filePath: file, result };
  let fixed = 0;
  for (let pass = 0; pass < 10; pass++) {
    const { text: next, fixed: n } = applyFixes(text, result.findings);
    if (n === 0 || next === text) break;
    fixed += n;
    text = next;
    result = lintDocument(text, { fileName: file, format: opts.inputFormat, config });
  }
  if (fixed > 0) {
    const w = writeFileAtomic(file, text, read);
    if (w) return { filePath: file, error: w };
  }
  return { filePath: file, result, fixed };
}

/** 1-based line and column of an offset (the engine's line table, so both agree on CR, LF and CRLF). */
function lineCol(starts: number[], offset: number): [number, number] {
  const line = lineOf(starts, offset);
  return [line + 1, offset - starts[line] + 1];
}


function shown(f: Finding, opts: Options): boolean {
  if (opts.quiet) return f.severity === 'error';
  return f.severity !== 'hint' || opts.includeHints;
}

function toJson(reports: FileReport[]) {
  return reports.map((r) => {
    if (!r.result) return { filePath: r.filePath, messages: [], errorCount: 1, warningCount: 0, error: r.error };
    const starts = lineStarts(r.result.doc.text);
    const messages = r.result.findings.map((f) => {
      const [line, column] = lineCol(starts, f.start);
      const [endLine, endColumn] = lineCol(starts, f.end);
      return { ruleId: f.ruleId, severity: f.severity, message: f.message, line, column, endLine, endColumn, fix: f.fix ? f.fix.map((e) => ({ range: [e.start, e.end], text: e.newText })) : undefined };
    });
    return {
      filePath: r.filePath,
      format: r.result.format,
      messages,
      errorCount: messages.filter((m) => m.severity === 'error').length,
      warningCount: messages.filter((m) => m.severity === 'warning').length,
      fixed: r.fixed,
      score: r.result.score && scoreJson(r.result.score, starts),
    };
  });
}

/** The proof score of one file for `--format json`: entries with their 1-based title line. */
function scoreJson(s: ResumeScore, starts: number[]) {
  const entry = (e: ResumeScore['entries'][number]) => ({ title: e.title, line: lineCol(starts, e.start)[0], score: e.score, proven: e.proven, total: e.total, lacking: e.lacking, summary: entrySummary(e) });
  return { score: s.score, proven: s.proven, total: s.total, entries: s.entries.map(entry), weakest: s.weakest.map(entry) };
}

/** The text summary's last lines for one file: its proof score and its three weakest entries. */
function scoreText(r: FileReport, many: boolean, c: ReturnType<typeof paint>): string[] {
  const s = r.result?.score;
  if (!s) return [];
  if (s.total === 0) return [`Proof score: no bullets to score under Experience or Projects${many ? `  ${c.dim(r.filePath)}` : ''}`];
  const starts = lineStarts(r.result!.doc.text);
  const out = [`${c.bold(`Proof score ${s.score}/100`)} · ${s.proven}/${s.total} bullet${s.total === 1 ? '' : 's'} proven${many ? `  ${c.dim(r.filePath)}` : ''}`];
  // a perfect entry is not "weak", whatever its rank
  const weak = s.weakest.filter((e) => e.score < 100);
  if (weak.length) out.push(`  weakest: ${weak.map((e) => `${e.title} ${c.dim(`(line ${lineCol(starts, e.start)[0]})`)} ${e.score}/100, ${entrySummary(e)}`).join('\n           ')}`);
  return out;
}

function paint(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), blue: wrap('34'), dim: wrap('2'), bold: wrap('1'), underline: wrap('4'), green: wrap('32') };
}

function toText(reports: FileReport[], opts: Options): string {
  const c = paint(opts.color);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixedTotal = 0;
  for (const r of reports) {
    fixedTotal += r.fixed ?? 0;
    if (!r.result) continue;
    const list = r.result.findings.filter((f) => shown(f, opts));
    for (const f of r.result.findings) counts[f.severity]++;
    if (list.length === 0) continue;
    const starts = lineStarts(r.result.doc.text);
    out.push('', c.underline(r.filePath));
    const rows = list.map((f) => {
      const [line, col] = lineCol(starts, f.start);
      return { pos: `${line}:${col}`, f };
    });
    const w = Math.max(...rows.map((x) => x.pos.length));
    for (const { pos, f } of rows) {
      const sev = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : f.severity === 'info' ? c.blue('info   ') : c.dim('hint   ');
      out.push(`  ${c.dim(pos.padEnd(w))}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`);
    }
  }
  const total = counts.error + counts.warning + counts.info + (opts.includeHints ? counts.hint : 0);
  out.push('');
  if (total === 0) out.push(c.green(`✔ ${reports.filter((r) => r.result).length} file(s) checked, no problems`));
  else {
    const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`, `${counts.info} info`];
    if (opts.includeHints) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
    const mark = counts.error ? c.red('✖') : counts.warning ? c.yellow('✖') : c.blue('ℹ');
    out.push(`${mark} ${c.bold(`${total} problem${total === 1 ? '' : 's'}`)} (${parts.join(', ')}) in ${reports.filter((r) => r.result).length} file(s)`);
  }
  if (fixedTotal) out.push(c.green(`fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'}`));
  if (!opts.quiet) for (const r of reports) out.push(...scoreText(r, reports.length > 1, c));
  return out.join('\n') + '\n';
}

export function main(argv: string[], io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s + '\n'), readStdin: () => fs.readFileSync(0, 'utf8') }): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bulletproof: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (opts === 'version') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (opts === 'list-rules') {
    for (const r of RULES) io.stdout(`${r.meta.id.padEnd(20)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.fixable ? 'fix ' : '    '} ${r.meta.description}\n`);
    return 0;
  }
  configErrors = 0;
  configCache.clear();
  const reports: FileReport[] = [];
  let usageProblem = false;
  if (opts.stdin) {
    const name = opts.stdinFilename ?? '<stdin>';
    let text: string;
    try {
      text = io.readStdin();
    } catch (e) {
      io.stderr(`bulletproof: cannot read standard input: ${(e as Error).message}`);
      return 2;
    }
    const config = configFor(opts.stdinFilename ?? path.join(process.cwd(), 'stdin'), opts, io.stderr);
    let result = lintDocument(text, { fileName: opts.stdinFilename, format: opts.inputFormat, config });
    if (opts.fix) {
      for (let pass = 0; pass < 10; pass++) {
        const { text: next, fixed } = applyFixes(text, result.findings);
        if (!fixed || next === text) break;
        text = next;
        result = lintDocument(text, { fileName: opts.stdinFilename, format: opts.inputFormat, config });
      }
      io.stdout(text);
      return worstExit([{ filePath: name, result }], opts);
    }
    reports.push({ filePath: name, result });
  } else {
    const { files, missing } = expandArgs(opts.patterns);
    for (const m of missing) {
      io.stderr(`bulletproof: ${m}`);
      usageProblem = true;
    }
    for (const f of files) {
      const r = lintFile(f, opts, io.stderr);
      if (r.error) {
        io.stderr(`bulletproof: ${r.filePath}: ${r.error}`);
        usageProblem = true;
      }
      reports.push(r);
    }
    if (files.length === 0 && missing.length === 0) {
      io.stderr(`bulletproof: no resume files found in ${opts.patterns.join(' ')}`);
      return 2;
    }
  }
  io.stdout(opts.format === 'json' ? JSON.stringify(toJson(reports), null, 2) + '\n' : toText(reports, opts));
  if (usageProblem || configErrors) return 2;
  return worstExit(reports, opts);
}

function worstExit(reports: FileReport[], opts: Options): number {
  let errors = 0;
  let warnings = 0;
  for (const r of reports)
    for (const f of r.result?.findings ?? []) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0) return warnings > opts.maxWarnings ? 1 : 0;
  return warnings > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bulletproof: internal error: ${(e as Error)?.stack ?? String(e)}\nPlease report this with the command you ran.\n`);
    process.exitCode = 2;
  }
}
