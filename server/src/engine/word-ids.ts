/**
 * Word ids for the phrase matchers. Every lexicon (the analysis word sets, the word-list rules, the
 * technology names, the user's extra words) indexes its phrases by the id of their first word, and a
 * token carries the id of its lower-case form, so finding the phrases that may start at a token is an
 * array read instead of a hash lookup in each of two dozen lists (those lookups were ~8% of a lint).
 *
 * Only lexicon words get ids; a document's other words are id 0 and start no phrase. The table grows
 * only when a lexicon is compiled (once per built-in list, once per user word list), never with
 * document text. A token remembers which table version its id is from, so a word that a list compiled
 * later makes known (a user's extra word) is looked up again.
 */
const ids = new Map<string, number>();
let version = 0;

/** The id of a lexicon word, made on first use (ids start at 1). */
export function internWord(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(word, id);
    version++;
  }
  return id;
}

/** What a token needs for an id: its lower-case form and two fields set to `NO_ID` / `UNSEEN` when it is made. */
export interface WordIdSlot {
  lower: string;
  /** the lower-case form's word id (0: no lexicon has it), valid for table version `widAt` */
  wid: number;
  widAt: number;
}

/** Initial values of a token's id fields (set at creation, so every token has one shape). */
export const NO_ID = 0;
export const UNSEEN = -1;

/** The word id of a token's lower-case form (0 when no lexicon has the word). */
export function wordIdOf(t: WordIdSlot): number {
  if (t.widAt !== version) {
    t.wid = ids.get(t.lower) ?? NO_ID;
    t.widAt = version;
  }
  return t.wid;
}

/**
 * A lexicon's lists by the id of their first word, as an array filled up to its highest id. Filled
 * rather than sparse: an array written at scattered high indices becomes a dictionary in V8, and
 * reading it costs the hash lookup the ids are there to avoid. Ids made after it (other lists' words)
 * fall past its end and read as undefined, which is right: this lexicon has no phrase starting there.
 */
export function denseById<L>(byFirst: ReadonlyMap<string, L>): (L | undefined)[] {
  const entries: Array<[number, L]> = [];
  let max = 0;
  for (const [first, list] of byFirst) {
    const id = internWord(first);
    entries.push([id, list]);
    if (id > max) max = id;
  }
  const byId = new Array<L | undefined>(max + 1).fill(undefined);
  for (const [id, list] of entries) byId[id] = list;
  return byId;
}
