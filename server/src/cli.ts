/**
 * The `bulletproof` command: lints resume files with the engine and reports like ESLint.
 * Exit codes: 0 nothing at warning or above (within --max-warnings), 1 findings, 2 usage error,
 * unreadable file or bad configuration (the other files are still linted).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FORMATS, RULES, type Format } from './engine/index';
import { countFindings, FileLinter, lintAndFix, type Counts, type FileLintOptions } from './cli-lint';
import { ReportWriter } from './cli-report';
import { isCliWorker, lintInParallel, runWorker, threadsFor } from './cli-parallel';
import { expandArgs } from './globs';

const VERSION = '0.1.0';

const HELP = `Usage: bulletproof [options] <files, folders or globs...>

Lints resumes (Markdown, plain text, LaTeX, JSON Resume, RenderCV YAML) for bullets that prove nothing.

Options:
  --format text|json        output format (default: text)
  --fix                     apply safe fixes (technology names, filler words) in place
  --max-warnings N          exit 1 when there are more than N warnings (default: any warning fails)
  --jobs N                  lint on N threads (default: from 100 files on, one per CPU core
                            but one, up to 8; 1 with 2 cores)
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
  /** threads to lint on (undefined: automatic) */
  jobs?: number;
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
      case '--jobs':
      case '-j': {
        const v = take();
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--jobs needs a whole number of threads, 1 or more, not "${v}"`);
        o.jobs = Math.min(Number(v), 64);
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

type Io = { stdout: (s: string | Uint8Array) => void; stderr: (s: string) => void; readStdin: () => string };

let stdoutClosed = false;
const defaultIo: Io = { stdout: (s) => void (stdoutClosed || process.stdout.write(s)), stderr: (s) => process.stderr.write(s + '\n'), readStdin: () => fs.readFileSync(0, 'utf8') };

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
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
  let usageProblem = false;
  const report = new ReportWriter(io, opts);
  const fileOpts = (many: boolean): FileLintOptions => ({ format: opts.format, fix: opts.fix, config: opts.config, inputFormat: opts.inputFormat, includeHints: opts.includeHints, quiet: opts.quiet, color: opts.color, many });
  if (opts.stdin) {
    const name = opts.stdinFilename ?? '<stdin>';
    let text: string;
    try {
      text = io.readStdin();
    } catch (e) {
      io.stderr(`bulletproof: cannot read standard input: ${(e as Error).message}`);
      return 2;
    }
    const linter = new FileLinter(fileOpts(false));
    const { config, problems = [] } = linter.configFor(opts.stdinFilename ?? path.join(process.cwd(), 'stdin'));
    for (const p of problems) io.stderr(p);
    const linted = lintAndFix(text, opts.stdinFilename, opts.inputFormat, config, opts.fix);
    const result = linted.result;
    if (opts.fix) {
      io.stdout(linted.text);
      return worstExit(countFindings(result.findings), opts);
    }
    report.put(0, linter.render(name, result));
    report.configErrors += problems.length;
  } else {
    const { files, missing } = expandArgs(opts.patterns);
    for (const m of missing) {
      io.stderr(`bulletproof: ${m}`);
      usageProblem = true;
    }
    if (files.length === 0 && missing.length === 0) {
      io.stderr(`bulletproof: no resume files found in ${opts.patterns.join(' ')}`);
      return 2;
    }
    const threads = threadsFor(files.length, opts.jobs);
    if (threads > 1) {
      const run = await lintInParallel(files, fileOpts(files.length > 1), threads, { workerFile: __filename });
      report.knowProblems(run.outcomes);
      run.outcomes.forEach((o, i) => report.put(i, o));
      for (const f of run.failures) {
        io.stderr(`bulletproof: ${f}; its files were linted on the main thread`);
        usageProblem = true;
      }
    } else {
      // each file's report is written as soon as it is linted (cli-report.ts)
      const linter = new FileLinter(fileOpts(files.length > 1));
      for (let i = 0; i < files.length; i++) report.put(i, linter.lint(files[i]));
    }
  }
  report.finish();
  if (usageProblem || report.fileErrors || report.configErrors) return 2;
  return worstExit(report.counts, opts);
}

function worstExit(counts: Counts, opts: Options): number {
  if (counts.error > 0) return 1;
  if (opts.maxWarnings >= 0) return counts.warning > opts.maxWarnings ? 1 : 0;
  return counts.warning > 0 ? 1 : 0;
}

if (isCliWorker()) runWorker();
else if (require.main === module) {
  const internalError = (e: unknown) => {
    process.stderr.write(`bulletproof: internal error: ${(e as Error)?.stack ?? String(e)}\nPlease report this with the command you ran.\n`);
    process.exitCode = 2;
  };
  // A reader that stops early (`bulletproof resumes/ | head`) closes the pipe: the rest of the report
  // is dropped quietly instead of the process dying on an unhandled EPIPE, and the exit code still
  // says what the lint found.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') stdoutClosed = true;
    else internalError(err);
  });
  try {
    main(process.argv.slice(2)).then((code) => (process.exitCode = code), internalError);
  } catch (e) {
    internalError(e);
  }
}
