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
 * Generational: each lint starts a new generation; a key's entries from the previous lint are carried
 * over when the key is read again, the rest are dropped when the lint ends. So a memo holds what its
 * last lint read.
 */
const NO_SLOTS: ReadonlyMap<string, unknown[]> = new Map();

export class LintMemo {
  /**
   * @internal the current lint's slots, by key (a bullet's text): one array per key, indexed by
   * table. One map of slots rather than a map per table: a lint reads five or six tables for every
   * bullet, and with one map the first read of a bullet finds its slot and the others find it again
   * under the very same string (a pointer compare), where each table's map compared the text anew.
   */
  cur = new Map<string, unknown[]>();
  /** @internal the previous lint's slots (only read: between lints, the shared empty map) */
  prev: ReadonlyMap<string, unknown[]> = NO_SLOTS;

  /** Number of entries held (for tests and benchmarks). */
  get size(): number {
    let n = 0;
    for (const m of [this.cur, this.prev]) for (const slot of m.values()) for (const v of slot) if (v !== undefined) n++;
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

/** A slot with room for every table (all are made at module load, before any lint). */
function newSlot(): unknown[] {
  const slot = new Array<unknown>(tables);
  for (let i = 0; i < tables; i++) slot[i] = undefined;
  return slot;
}

/** The current lint's slot for `key`; a key the previous lint read comes over whole, with what every table kept for it. */
function slotOf(m: LintMemo, key: string): unknown[] | undefined {
  let slot = m.cur.get(key);
  if (slot === undefined && m.prev.size !== 0) {
    slot = m.prev.get(key);
    if (slot !== undefined) m.cur.set(key, slot);
  }
  return slot;
}

/** A named kind of per-text result. Make one per kind, at module level. */
export function memoTable<T>(): MemoTable<T> {
  const id = tables++;
  return {
    get(key: string): T | undefined {
      const m = active;
      return m ? (slotOf(m, key)?.[id] as T | undefined) : undefined;
    },
    set(key: string, value: T): void {
      const m = active;
      if (!m) return;
      let slot = slotOf(m, key);
      if (slot === undefined) m.cur.set(key, (slot = newSlot()));
      slot[id] = value;
    },
  };
}

/** Runs one lint with `memo` active, starting its new generation. */
export function withMemo<T>(memo: LintMemo | undefined, run: () => T): T {
  const m = memo ?? new LintMemo();
  m.prev = m.cur;
  m.cur = new Map();
  const saved = active;
  active = m;
  try {
    return run();
  } finally {
    active = saved;
    // what this lint did not read again is not kept
    m.prev = NO_SLOTS;
  }
}
