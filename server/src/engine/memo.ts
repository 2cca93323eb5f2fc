/**
 * Results computed from a bullet's text alone (its tokens, its analysis, its word sets), reused
 * within one lint (several rules read the same bullet) and, when the caller keeps a {@link LintMemo}
 * for a document, between lints of that document: an editor re-lints the whole file on every change
 * and every bullet but the edited one is unchanged.
 *
 * Why not module-level caches keyed by text (what this replaced): they kept results for texts that
 * no open document held any more, so memory only levelled off instead of returning to where it
 * started after documents closed, and a batch of different files (the CLI) paid to fill caches it
 * never hit, with the retained objects promoted to the old generation and collected there. Now a
 * memo lives as long as its owner (the language server keeps one per open document and drops it on
 * close), and a lint without one uses a fresh memo that dies with the lint.
 *
 * Generational: each lint starts a new generation; entries of the previous lint are carried over
 * when read again, the rest are dropped when the lint ends. So a memo holds what its last lint read.
 */
export class LintMemo {
  /** @internal entries of the current lint, by table */
  cur: Array<Map<string, unknown> | undefined> = [];
  /** @internal entries of the previous lint, by table */
  prev: Array<Map<string, unknown> | undefined> = [];

  /** Number of entries held (for tests and benchmarks). */
  get size(): number {
    let n = 0;
    for (const m of this.cur) n += m?.size ?? 0;
    for (const m of this.prev) n += m?.size ?? 0;
    return n;
  }
}

export interface MemoTable<T> {
  /** The value stored for `key` in the active memo, or undefined (also when no lint is running). */
  get(key: string): T | undefined;
  /** Stores a value in the active memo (a no-op outside a lint). */
  set(key: string, value: T): void;
}

let active: LintMemo | null = null;
let tables = 0;

/** A named kind of per-text result. Make one per kind, at module level. */
export function memoTable<T>(): MemoTable<T> {
  const id = tables++;
  return {
    get(key: string): T | undefined {
      const m = active;
      if (!m) return undefined;
      const hit = m.cur[id]?.get(key);
      if (hit !== undefined) return hit as T;
      const old = m.prev[id]?.get(key);
      if (old !== undefined) (m.cur[id] ??= new Map()).set(key, old);
      return old as T | undefined;
    },
    set(key: string, value: T): void {
      const m = active;
      if (m) (m.cur[id] ??= new Map()).set(key, value);
    },
  };
}

/** Runs one lint with `memo` active, starting its new generation. */
export function withMemo<T>(memo: LintMemo | undefined, run: () => T): T {
  const m = memo ?? new LintMemo();
  m.prev = m.cur;
  m.cur = [];
  const saved = active;
  active = m;
  try {
    return run();
  } finally {
    active = saved;
    // what this lint did not read again is not kept
    m.prev = [];
  }
}
