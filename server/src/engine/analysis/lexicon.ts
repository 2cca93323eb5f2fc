import { PhraseSet } from './tokens';
import * as W from '../data/proof-words';

/** The word lists of data/proof-words.ts, indexed once for matching. */
export const L = {
  heads: new Set(W.SYSTEM_HEADS),
  generic: new Set(W.GENERIC_MODIFIERS),
  genericTails: new Set(W.GENERIC_HYPHEN_TAILS),
  domain: new Set(W.DOMAIN_WORDS),
  standalone: new Set(W.STANDALONE_DOMAINS),
  claims: new PhraseSet(W.OUTCOME_CLAIMS),
  improvements: new PhraseSet(W.IMPROVEMENT_CLAIMS),
  intensifiers: new PhraseSet(W.INTENSIFIERS),
  vagueQuantities: new PhraseSet(W.VAGUE_QUANTITIES),
  changeVerbs: new PhraseSet(W.CHANGE_VERBS),
  changeVerbSet: new Set(W.CHANGE_VERBS),
  changeNouns: new PhraseSet(W.CHANGE_NOUNS),
  problems: new PhraseSet(W.PROBLEM_WORDS),
  challengeCues: new PhraseSet(W.CHALLENGE_CUES),
  problemPurposes: new PhraseSet(W.PROBLEM_PURPOSES),
  worsening: new Set(W.WORSENING_WORDS),
  scopeNouns: new Set(W.SCOPE_NOUNS),
  problemCountNouns: new Set(W.PROBLEM_COUNT_NOUNS),
  removalVerbs: new PhraseSet(W.REMOVAL_VERBS),
  units: new Set(W.UNITS),
  comparators: new PhraseSet(W.LEVEL_COMPARATORS),
  moneyOutcomes: new Set(W.MONEY_OUTCOMES),
  zeroOutcomes: new PhraseSet(W.ZERO_OUTCOMES),
  problemAdjectives: new Set(W.PROBLEM_ADJECTIVES),
  versionCues: new Set(W.VERSION_CUES),
  genericGerunds: new Set(W.GENERIC_GERUNDS),
  genericNouns: new Set(W.GENERIC_NOUNS),
  weakChangeVerbs: new Set(W.WEAK_CHANGE_VERBS),
  stopwords: new Set(W.STOPWORDS),
  moreTech: new PhraseSet(W.MORE_TECH_NAMES),
  everydayTech: new Set(W.EVERYDAY_TECH),
  specificHeads: new PhraseSet(W.SPECIFIC_HEADS),
  quality: new Set(W.QUALITY_NOUNS),
};

export const TIME_UNITS = new Set(['ms', 'msec', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'µs', 'us']);
export const MAGNITUDES = new Set(['k', 'm', 'bn', 'b', 'mm', 'thousand', 'million', 'billion']);
