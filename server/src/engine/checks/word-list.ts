import type { Bullet } from '../model';
import type { Report, RuleContext } from '../types';
import { allowSet, cachedPhrases, findPhrases, phraseKey, type PhraseEntry, type PhraseMatch } from './phrases';
import { tokenize, type Token } from './tokens';

/**
 * The shared body of the word-list rules (weak-verb, buzzword, filler, first-person, tech-name): find
 * the list's phrases in every bullet of the rule's scope, drop what the user allows, let the rule veto
 * a match from its context, and report what is left. A rule supplies data and wording, not matching.
 */
export interface WordListSpec<T> {
  /** the built-in list (its identity keys the compiled cache) */
  list: readonly PhraseEntry<T>[];
  /** the user's extra words for this list, from `words` in the config */
  userWords?: readonly string[];
  /** the payload of a user word */
  userData?: (word: string) => T;
  /** whether a match may touch a hyphen-joined word ("Kafka-based") */
  allowHyphenated?: boolean;
  /** a word that may stand inside a phrase ("participated actively in") */
  insertable?: (t: Token) => boolean;
  /** false drops the match (a technical sense, an outcome, a Roman numeral...) */
  accept?: (m: PhraseMatch<T>, bullet: Bullet, tokens: Token[]) => boolean;
  /** the report for a match, a new object each call (it is handed on, not copied); undefined reports nothing */
  report: (m: PhraseMatch<T>, bullet: Bullet, tokens: Token[]) => Omit<Report, 'bullet'> | undefined;
}

const builtInOnly = Object.freeze([]) as readonly string[];

export function phraseSetFor<T>(spec: Pick<WordListSpec<T>, 'list' | 'userWords' | 'userData'>) {
  const user = spec.userWords && spec.userWords.length && spec.userData ? spec.userWords : builtInOnly;
  // keyed by the (built-in list, user list) pair: the user list is stable per resolved config
  return cachedPhrases(user === builtInOnly ? spec.list : keyFor(spec.list, user), () => [
    ...spec.list,
    ...(user === builtInOnly ? [] : user.map((w) => ({ forms: [w], data: spec.userData!(w) }))),
  ]);
}

const pairKeys = new WeakMap<object, WeakMap<object, object>>();
/** One stable object per (built-in list, user list) pair, to key the compiled cache. */
function keyFor(a: object, b: object): object {
  let inner = pairKeys.get(a);
  if (!inner) pairKeys.set(a, (inner = new WeakMap()));
  let k = inner.get(b);
  if (!k) inner.set(b, (k = {}));
  return k;
}

/** Runs a word list over the bullets of a rule's scope. */
export function checkWordList<T>(ctx: RuleContext, spec: WordListSpec<T>, bullets: readonly Bullet[] = ctx.bullets): void {
  const set = phraseSetFor(spec);
  const allow = ctx.config.words.allow.length ? allowSet(ctx.config.words.allow) : undefined;
  for (const bullet of bullets) {
    const matches = findPhrases(bullet.text, set, { allowHyphenated: spec.allowHyphenated, insertable: spec.insertable });
    if (matches.length === 0) continue;
    const tokens = tokenize(bullet.text);
    for (const m of matches) {
      if (allow && allow.has(phraseKey(m.text))) continue;
      if (spec.accept && !spec.accept(m, bullet, tokens)) continue;
      const r = spec.report(m, bullet, tokens) as Report | undefined;
      if (!r) continue;
      // the rule's report object is made per match: give it its bullet rather than copying it (the
      // copy was the hottest line of the word-list rules in the bench profile)
      r.bullet = bullet;
      ctx.report(r);
    }
  }
}

/** Quotes the words as written, with typographic quotes. */
export function quote(s: string): string {
  return `“${s}”`;
}
