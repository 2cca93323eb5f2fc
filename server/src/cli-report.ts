/**
 * The CLI's report, written file by file as the files are linted: each file's part (its JSON element
 * or its text block, and its messages on stderr) goes out as soon as it and every file before it are
 * done, and its bytes are let go. The report is the same, byte for byte, as one written at the end;
 * what changes is that a run over many files no longer holds every file's report until the last one
 * (40 MB for the benchmark's 1,000 resumes in JSON), and the first results show while the rest are
 * being linted.
 */
import { noCounts, paint, type Counts, type FileOutcome } from './cli-lint';

export interface ReportIo {
  stdout(chunk: string | Uint8Array): void;
  stderr(line: string): void;
}

export interface ReportOptions {
  format: 'text' | 'json';
  color: boolean;
  quiet: boolean;
  includeHints: boolean;
}

export class ReportWriter {
  /** the outcomes written so far, in file order, without their report bytes */
  readonly written: FileOutcome[] = [];
  /** config problems written (each config's once, where the first file that used it is) */
  configErrors = 0;
  /** files that could not be read, or fixed files that could not be written */
  fileErrors = 0;
  /** every written file's findings by severity, summed (what the exit code is decided on) */
  readonly counts: Counts = noCounts();
  private next = 0;
  private readonly waiting = new Map<number, FileOutcome>();
  private readonly problemsOf = new Map<string, string[]>();
  private readonly told = new Set<string>();

  constructor(
    private readonly io: ReportIo,
    private readonly opts: ReportOptions,
  ) {}

  /**
   * Config problems known before the files are written: threads report a config's problems with the
   * first file *they* linted with it, which need not be the first file in order that used it.
   */
  knowProblems(outcomes: readonly FileOutcome[]): void {
    for (const o of outcomes) if (o.configKey !== undefined && o.configProblems && !this.problemsOf.has(o.configKey)) this.problemsOf.set(o.configKey, o.configProblems);
  }

  /** The outcome of file `index` (0-based, in the order of the files): written once its turn comes. */
  put(index: number, outcome: FileOutcome): void {
    this.waiting.set(index, outcome);
    for (let o = this.waiting.get(this.next); o !== undefined; o = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      this.write(o);
    }
  }

  private write(o: FileOutcome): void {
    const io = this.io;
    if (o.configKey !== undefined) {
      if (o.configProblems && !this.problemsOf.has(o.configKey)) this.problemsOf.set(o.configKey, o.configProblems);
      if (!this.told.has(o.configKey)) {
        this.told.add(o.configKey);
        for (const p of this.problemsOf.get(o.configKey) ?? []) {
          io.stderr(p);
          this.configErrors++;
        }
      }
    }
    if (o.error) {
      io.stderr(`bulletproof: ${o.filePath}: ${o.error}`);
      this.fileErrors++;
    }
    if (this.opts.format === 'json') {
      // "[", then the elements one per line with a comma after all but the last, then "]"
      io.stdout(this.written.length === 0 ? '[\n' : ',\n');
      io.stdout(o.json!);
      o.json = undefined;
    } else if (o.block !== undefined) {
      io.stdout(o.block);
      o.block = undefined;
    }
    for (const k of Object.keys(this.counts) as Array<keyof Counts>) this.counts[k] += o.counts[k];
    this.written.push(o);
  }

  /** Ends the report: the JSON array's close, or the text totals and proof scores. */
  finish(): void {
    if (this.opts.format === 'json') {
      this.io.stdout(this.written.length === 0 ? '[]\n' : '\n]\n');
      return;
    }
    const opts = this.opts;
    const c = paint(opts.color);
    const out: string[] = [];
    // a file that could not be linted has no findings, so the sums are the linted files' ones
    const counts = this.counts;
    let fixedTotal = 0;
    let linted = 0;
    for (const o of this.written) {
      fixedTotal += o.fixed ?? 0;
      if (o.linted) linted++;
    }
    const total = counts.error + counts.warning + counts.info + (opts.includeHints ? counts.hint : 0);
    out.push('');
    if (total === 0) out.push(c.green(`✔ ${linted} file(s) checked, no problems`));
    else {
      const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`, `${counts.info} info`];
      if (opts.includeHints) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
      const mark = counts.error ? c.red('✖') : counts.warning ? c.yellow('✖') : c.blue('ℹ');
      out.push(`${mark} ${c.bold(`${total} problem${total === 1 ? '' : 's'}`)} (${parts.join(', ')}) in ${linted} file(s)`);
    }
    if (fixedTotal) out.push(c.green(`fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'}`));
    if (!opts.quiet) for (const o of this.written) if (o.score !== undefined) out.push(o.score);
    this.io.stdout(out.join('\n') + '\n');
  }
}
