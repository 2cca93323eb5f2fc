/**
 * Linting many files on several threads for the CLI. Every thread (the main one included) takes the
 * next file index from one shared counter, so the work spreads itself whatever the file sizes; the
 * outcomes are put back in file order, so the report is the same as a run on one thread. A worker
 * that fails is reported, and the files it took but did not return are linted on the main thread:
 * a crash never hangs the CLI and never loses a file.
 */
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { buffersOf, FileLinter, type FileLintOptions, type FileOutcome } from './cli-lint';

const WORKER_KIND = 'bulletproof-cli-worker';

/**
 * Below this many files the CLI stays on one thread. A worker pays about 0.1 s to start (a fresh V8,
 * the bundle compiled) and then lints cold: on the bench machine the first 20 files take about 22 ms
 * each against 4 ms once the JIT has warmed up, so a thread needs on the order of 100 files to repay
 * itself.
 */
export const AUTO_MIN_FILES = 100;
/** Each automatic thread gets at least this many files. */
const MIN_FILES_PER_THREAD = 50;
/** Automatic thread count never goes above this (memory: each thread has its own heap). */
export const MAX_AUTO_THREADS = 8;
/**
 * Cores left to V8's own helper threads: one linting thread keeps more than one core busy while V8
 * compiles the engine and collects garbage beside it, and every thread compiles the engine anew.
 * Measured on 2 cores: a second thread made 200 files a third slower and 1,000 files from 3-6% faster
 * to 1% slower across sessions (it was 15-20% slower before the engine needed half the compiling), so
 * 2 cores lint on one thread; 4 cores get 3 threads, 8 get 7.
 */
const CORES_FOR_V8 = 1;
/** Results a worker sends per message. */
const BATCH = 8;

interface WorkerInput {
  kind: typeof WORKER_KIND;
  files: string[];
  opts: FileLintOptions;
  /** the next unclaimed file index (an Int32Array over a SharedArrayBuffer) */
  next: Int32Array;
}

type WorkerMessage = { results: Array<[number, FileOutcome]> } | { done: true };

/** How many threads lint `fileCount` files: `jobs` when given, else automatic. */
export function threadsFor(fileCount: number, jobs: number | undefined): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, fileCount));
  if (fileCount < AUTO_MIN_FILES) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores - CORES_FOR_V8, MAX_AUTO_THREADS, Math.floor(fileCount / MIN_FILES_PER_THREAD)));
}

/** Lints files by claiming indices from the shared counter until none is left. */
function claimLoop(files: readonly string[], next: Int32Array, linter: FileLinter, emit: (i: number, o: FileOutcome) => void): void {
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    if (i >= files.length) return;
    emit(i, linter.lint(files[i]));
  }
}

export interface ParallelRun {
  /** one per file, in the order of `files` */
  outcomes: FileOutcome[];
  /** a sentence per worker that failed (its files were linted on the main thread) */
  failures: string[];
  /** how many files the workers linted (the rest were linted on the main thread) */
  byWorkers: number;
}

export interface ParallelOptions {
  /** the script each worker runs: the bundled CLI (dist/cli.js), which starts `runWorker` in a worker */
  workerFile: string;
  /** the main thread lints too (default), or only waits (tests use this to be sure the workers lint) */
  mainLints?: boolean;
}

/** Lints `files` on `threads` threads (the main one and `threads - 1` workers, or `threads` workers with mainLints false). */
export async function lintInParallel(files: readonly string[], opts: FileLintOptions, threads: number, options: ParallelOptions): Promise<ParallelRun> {
  const mainLints = options.mainLints ?? true;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const outcomes: Array<FileOutcome | undefined> = new Array(files.length);
  const failures: string[] = [];
  let byWorkers = 0;
  const workers: Worker[] = [];
  const stopped: Array<Promise<void>> = [];
  const input: WorkerInput = { kind: WORKER_KIND, files: [...files], opts, next };
  try {
    for (let k = 0; k < (mainLints ? threads - 1 : threads); k++) {
      let w: Worker;
      try {
        w = new Worker(options.workerFile, { workerData: input });
      } catch (e) {
        failures.push(`a worker thread could not start (${(e as Error)?.message ?? String(e)})`);
        break;
      }
      workers.push(w);
      stopped.push(
        new Promise<void>((resolve) => {
          let done = false;
          let error: string | undefined;
          w.on('message', (m: WorkerMessage) => {
            if ('results' in m)
              for (const [i, o] of m.results) {
                outcomes[i] = o;
                byWorkers++;
              }
            else done = true;
          });
          w.on('error', (e: unknown) => {
            error ??= (e as Error)?.message ?? String(e);
          });
          // Node delivers a worker's pending messages before its 'exit' event
          w.on('exit', (code) => {
            if (!done) failures.push(`a worker thread stopped before it finished (${error ?? `exit code ${code}`})`);
            resolve();
          });
        }),
      );
    }
    const linter = new FileLinter(opts);
    if (mainLints) claimLoop(files, next, linter, (i, o) => (outcomes[i] = o));
    await Promise.all(stopped);
    // files a failed worker took but did not return, or all of them if no worker could start
    for (let i = 0; i < files.length; i++) outcomes[i] ??= linter.lint(files[i]);
  } catch (e) {
    for (const w of workers) void w.terminate();
    throw e;
  }
  return { outcomes: outcomes as FileOutcome[], failures, byWorkers };
}

/** This thread is a CLI worker started by `lintInParallel`. */
export function isCliWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.kind === WORKER_KIND;
}

/** A worker's whole life: lint the files it claims, send the outcomes in batches, say it is done. */
export function runWorker(): void {
  const input = workerData as WorkerInput;
  const port = parentPort!;
  let batch: Array<[number, FileOutcome]> = [];
  // the rendered buffers are moved to the main thread, not copied
  let buffers: ArrayBuffer[] = [];
  const send = () => {
    port.postMessage({ results: batch } satisfies WorkerMessage, buffers);
    batch = [];
    buffers = [];
  };
  claimLoop(input.files, input.next, new FileLinter(input.opts), (i, o) => {
    batch.push([i, o]);
    buffers.push(...buffersOf(o));
    if (batch.length >= BATCH) send();
  });
  if (batch.length) send();
  port.postMessage({ done: true } satisfies WorkerMessage);
}
