import { TECH_NAMES, lookupTech, techKey, type TechForm, type TechName } from '../data/tech-names';
import { cachedPhrases, findPhrases, type PhraseEntry, type PhraseSet } from './phrases';
import { isAllCaps } from './tokens';
import { memoTable } from '../memo';

// Module constants, not literals in the function: the bundle (target node18) turns a `\p{..}` literal into
// `new RegExp(...)` where it stands, which made a new regex object per call in hot loops.
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Technology names in a text, by the shared phrase matcher over data/tech-names.ts. Used by the
 * tech-name rule (spelling) and the proof rules (is a bullet only a list of technologies?).
 */
export interface TechMention {
  /** offsets in the text */
  start: number;
  end: number;
  /** as written */
  text: string;
  /** the canonical name, e.g. "PostgreSQL" for "postgres" */
  canonical: string;
  /** the spelling the rule would write: the canonical name, or the accepted spelling it is a casing of */
  correct: string;
  /** written exactly in a correct spelling */
  isCorrect: boolean;
  /** an everyday English word written in lower case ("go", "react", "spring"): perhaps not the technology */
  ambiguous: boolean;
}

function entriesFor(names: readonly TechName[]): PhraseEntry<TechForm>[] {
  const out: PhraseEntry<TechForm>[] = [];
  for (const tech of names) {
    for (const form of [tech.name, ...(tech.accepted ?? []), ...(tech.misspellings ?? []), ...(tech.titleCaseMisspellings ?? [])]) {
      const f = lookupTech(form);
      out.push({ forms: [form], data: f && f.tech === tech ? f : { tech, correct: tech.name, misspelling: false, ambiguous: false } });
    }
  }
  return out;
}

const NO_EXTRA: readonly string[] = Object.freeze([]);

/** The compiled set of built-in names plus the user's `words.techNames` (cached per list). */
export function techPhrases(extra: readonly string[] = NO_EXTRA): PhraseSet<TechForm> {
  return cachedPhrases(extra.length ? extra : TECH_NAMES, () => {
    const builtIn = entriesFor(TECH_NAMES);
    if (!extra.length) return builtIn;
    const known = new Set(builtIn.flatMap((e) => e.forms.map(techKey)));
    // a user name overrides nothing built in; it adds its own spelling
    const user = extra.filter((n) => !known.has(techKey(n))).map((name): TechName => ({ name }));
    return [...entriesFor(user), ...builtIn];
  });
}

const builtInMentions = memoTable<readonly TechMention[]>();

/**
 * Every technology name in `text`, left to right. Without user names the list is memoized by text:
 * the analysis and the tech-name rule both ask for every bullet. The array is shared: do not change it.
 */
export function findTechMentions(text: string, extra?: readonly string[]): readonly TechMention[] {
  if (extra && extra.length) return mentionsIn(text, extra);
  let list = builtInMentions.get(text);
  if (!list) builtInMentions.set(text, (list = mentionsIn(text, undefined)));
  return list;
}

function mentionsIn(text: string, extra: readonly string[] | undefined): TechMention[] {
  const out: TechMention[] = [];
  for (const m of findPhrases(text, techPhrases(extra), { allowHyphenated: true })) {
    const f = m.data;
    // "a fast API", "my SQL queries": English unless written as a name ("Fast API")
    if (f.titleCaseOnly && !m.text.split(/[\s-]+/).every((w) => STARTS_UPPER.test(w))) continue;
    const isCorrect = !f.misspelling && (m.text === f.tech.name || (f.tech.accepted ?? []).includes(m.text));
    const lowerOrTitle = m.text === m.text.toLowerCase() || m.text === m.text[0].toUpperCase() + m.text.slice(1).toLowerCase() || isAllCaps(m.text);
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      canonical: f.tech.name,
      correct: f.correct,
      isCorrect,
      ambiguous: f.ambiguous && !isCorrect && lowerOrTitle,
    });
  }
  return out;
}
