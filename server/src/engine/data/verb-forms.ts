import { memoTable } from '../memo';

/**
 * Verb forms as data, for the `tense` and `repeated-verb` rules: which first words of a bullet are
 * verbs, in which tense, and how to turn one form into another (built ↔ build, led ↔ lead).
 *
 * Why a curated table and not a library: the rules need two things a conjugation library does not
 * give, knowing that a word is a verb at all ("Payments" is not) and knowing its tense, and the
 * libraries that know verbs are large. Measured on this machine (Node 20): compromise 14.17.0 takes
 * 1.5 s to load and ~120 ms per sentence; en-inflectors 1.0.12 conjugates in ~5 µs but adds ~100 KB
 * to the bundle and happily conjugates nouns ("payments" → "paymentsed"). Resume bullets open with a
 * few hundred verbs, so a base-verb list, the irregular ones spelled out, and the regular English
 * spelling rules cover them in a few KB with O(1) lookups (the index is built once, on first use).
 */

/** Base forms of verbs that open resume bullets (regular ones; irregular ones are in IRREGULAR). */
export const BASE_VERBS: readonly string[] = [
  'accelerate', 'achieve', 'add', 'adopt', 'advise', 'advocate', 'align', 'analyse', 'analyze', 'architect', 'assess',
  'audit', 'author', 'automate', 'benchmark', 'boost', 'bootstrap', 'champion', 'change', 'clean', 'coach', 'code',
  'collaborate', 'combine', 'connect', 'compile', 'complete', 'configure', 'consolidate', 'containerise', 'containerize',
  'contribute', 'convert', 'coordinate', 'craft', 'create', 'curate', 'customise', 'customize', 'debug', 'decommission',
  'decouple', 'decrease', 'define', 'delete', 'deliver', 'deploy', 'deprecate', 'design', 'detect', 'develop', 'diagnose',
  'direct', 'document', 'double', 'drop', 'eliminate', 'enable', 'encrypt', 'engineer', 'enhance', 'ensure', 'establish',
  'evaluate', 'expand', 'expose', 'extend', 'extract', 'facilitate', 'fix', 'gather', 'guide', 'halve', 'handle',
  'harden', 'head', 'help', 'host', 'identify', 'implement', 'improve', 'increase', 'index', 'initiate', 'instrument',
  'integrate', 'interview', 'introduce', 'investigate', 'iterate', 'join', 'launch', 'lower', 'maintain', 'manage',
  'map', 'measure', 'mentor', 'merge', 'migrate', 'minimise', 'minimize', 'model', 'modernise', 'modernize', 'monitor',
  'move', 'negotiate', 'normalise', 'normalize', 'onboard', 'open', 'operate', 'optimise', 'optimize', 'orchestrate',
  'organise', 'organize', 'overhaul', 'own', 'parallelise', 'parallelize', 'partition', 'partner', 'patch', 'pilot',
  'plan', 'port', 'present', 'prevent', 'prioritise', 'prioritize', 'process', 'produce', 'profile', 'program',
  'propose', 'protect', 'prototype', 'provision', 'publish', 'raise', 'recover', 'redesign', 'reduce', 'refactor', 'release',
  'remove', 'render', 'reorganise', 'reorganize', 'replace', 'replicate', 'report', 'research', 'resolve',
  'restructure', 'retire', 'review', 'rework', 'roll', 'route', 'save', 'scale', 'schedule', 'scope', 'script',
  'secure', 'serve', 'shard', 'ship', 'shorten', 'simplify', 'solve', 'stabilise', 'stabilize', 'standardise',
  'standardize', 'start', 'streamline', 'strengthen', 'structure', 'supervise', 'support', 'test', 'track', 'train',
  'transform', 'translate', 'triage', 'trim', 'troubleshoot', 'tune', 'unify', 'update', 'upgrade', 'use', 'validate',
  'verify', 'work',
];

/** Irregular verbs: base → simple past. Base and past spelled alike ("cut", "set") are listed too. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  become: 'became', begin: 'began', bring: 'brought', build: 'built', buy: 'bought', choose: 'chose', cut: 'cut',
  deal: 'dealt', do: 'did', draw: 'drew', drive: 'drove', feed: 'fed', find: 'found', forecast: 'forecast',
  get: 'got', give: 'gave', grow: 'grew', hold: 'held', keep: 'kept', lay: 'laid', lead: 'led',
  make: 'made', meet: 'met', oversee: 'oversaw', put: 'put', read: 'read', rebuild: 'rebuilt', rerun: 'reran',
  rewrite: 'rewrote', run: 'ran', see: 'saw', sell: 'sold', send: 'sent', set: 'set', shut: 'shut', shrink: 'shrank',
  speak: 'spoke', spend: 'spent', speed: 'sped', spin: 'spun', split: 'split', stand: 'stood', take: 'took',
  teach: 'taught', tell: 'told', think: 'thought', undertake: 'undertook', understand: 'understood', win: 'won',
  withdraw: 'withdrew', write: 'wrote',
};

/** Regular verbs that double their last consonant before -ed/-ing ("ship" → "shipped"). */
const DOUBLING: ReadonlySet<string> = new Set(['ship', 'plan', 'map', 'drop', 'trim', 'debug', 'program', 'commit', 'control', 'scrap', 'step', 'stop', 'tag', 'log', 'spin', 'run', 'rerun', 'begin', 'win', 'cut', 'set', 'put', 'shut', 'split', 'get']);

export type VerbTense = 'past' | 'base' | 'third' | 'ing';

/** A form of a verb: its base and which form it is. `ambiguous` when base and past are spelled alike. */
export interface VerbForm {
  base: string;
  tense: VerbTense;
  ambiguous: boolean;
}

/** The form of `base` in `tense`, by the irregular table and the regular spelling rules. */
export function conjugate(base: string, tense: VerbTense): string {
  const b = base.toLowerCase();
  const cvc = DOUBLING.has(b) ? b + b[b.length - 1] : b;
  switch (tense) {
    case 'base':
      return b;
    case 'past': {
      const irregular = IRREGULAR[b];
      if (irregular) return irregular;
      if (b.endsWith('e')) return b + 'd';
      if (/[^aeiou]y$/.test(b)) return b.slice(0, -1) + 'ied';
      return cvc + 'ed';
    }
    case 'third':
      if (/(?:s|x|z|ch|sh)$/.test(b)) return b + 'es';
      if (/[^aeiou]y$/.test(b)) return b.slice(0, -1) + 'ies';
      if (b === 'do') return 'does';
      return b + 's';
    case 'ing':
      if (b.endsWith('ie')) return b.slice(0, -2) + 'ying';
      if (b.endsWith('e') && !b.endsWith('ee')) return b.slice(0, -1) + 'ing';
      return cvc + 'ing';
  }
}

let index: Map<string, VerbForm> | undefined;

function verbIndex(): Map<string, VerbForm> {
  if (index) return index;
  index = new Map();
  const add = (base: string) => {
    const ambiguous = conjugate(base, 'past') === base;
    // the past first, so "read"/"cut" keep one entry; base wins over past only for ambiguous forms
    for (const tense of ['past', 'base', 'third', 'ing'] as const) {
      const form = conjugate(base, tense);
      // only the shared spelling is ambiguous: "cut" is either tense, "cuts" is present
      const shared = ambiguous && (tense === 'past' || tense === 'base');
      if (!index!.has(form) || shared) index!.set(form, { base, tense, ambiguous: shared });
    }
  };
  for (const b of BASE_VERBS) add(b);
  for (const b of Object.keys(IRREGULAR)) add(b);
  return index;
}

/** The verb form a word is ("Built" → build, past), or undefined when it is not a known verb form. */
export function verbForm(word: string): VerbForm | undefined {
  return verbIndex().get(word.toLowerCase());
}

/** Gives `to` the casing of `from` ("Built" → "Build", "BUILT" → "BUILD"). */
export function likeCase(from: string, to: string): string {
  if (from.length > 1 && from === from.toUpperCase()) return to.toUpperCase();
  if (from[0] && from[0] !== from[0].toLowerCase()) return to[0].toUpperCase() + to.slice(1);
  return to;
}

/**
 * Verbs by what they say, for `repeated-verb`'s alternatives: a repeated verb is swapped for another
 * of its group, so the meaning stays and only the word changes. Base forms.
 */
export const INTENT_GROUPS: ReadonlyArray<{ intent: string; verbs: readonly string[] }> = [
  { intent: 'build', verbs: ['build', 'develop', 'create', 'implement', 'engineer', 'ship', 'deliver', 'launch', 'write', 'code'] },
  { intent: 'reduce', verbs: ['reduce', 'cut', 'lower', 'decrease', 'trim', 'shrink', 'halve', 'eliminate', 'minimise', 'minimize'] },
  { intent: 'increase', verbs: ['increase', 'raise', 'grow', 'boost', 'double', 'expand', 'extend'] },
  { intent: 'improve', verbs: ['improve', 'optimise', 'optimize', 'tune', 'accelerate', 'streamline', 'enhance', 'strengthen'] },
  { intent: 'lead', verbs: ['lead', 'direct', 'drive', 'coordinate', 'run', 'head', 'oversee', 'champion', 'organise', 'organize'] },
  { intent: 'own', verbs: ['own', 'operate', 'maintain', 'run', 'support', 'manage', 'handle'] },
  { intent: 'design', verbs: ['design', 'architect', 'redesign', 'plan', 'model', 'define', 'propose', 'prototype', 'structure'] },
  { intent: 'migrate', verbs: ['migrate', 'move', 'port', 'upgrade', 'replace', 'modernise', 'modernize', 'convert', 'transform'] },
  { intent: 'fix', verbs: ['fix', 'resolve', 'debug', 'diagnose', 'troubleshoot', 'triage', 'patch', 'recover', 'solve'] },
  { intent: 'automate', verbs: ['automate', 'script', 'orchestrate', 'schedule', 'simplify'] },
  { intent: 'mentor', verbs: ['mentor', 'coach', 'train', 'onboard', 'teach', 'guide', 'advise'] },
  { intent: 'analyse', verbs: ['analyse', 'analyze', 'investigate', 'evaluate', 'assess', 'audit', 'profile', 'benchmark', 'measure', 'research', 'review'] },
  { intent: 'introduce', verbs: ['introduce', 'add', 'establish', 'initiate', 'start', 'adopt', 'enable', 'set'] },
  { intent: 'standardise', verbs: ['standardise', 'standardize', 'unify', 'consolidate', 'normalise', 'normalize', 'merge', 'combine'] },
  { intent: 'document', verbs: ['document', 'author', 'publish', 'present', 'report'] },
  { intent: 'secure', verbs: ['secure', 'harden', 'encrypt', 'protect', 'validate', 'verify'] },
  { intent: 'observe', verbs: ['instrument', 'monitor', 'track', 'detect', 'measure'] },
  { intent: 'integrate', verbs: ['integrate', 'connect', 'expose', 'partner', 'collaborate', 'join'] },
  { intent: 'deploy', verbs: ['deploy', 'release', 'provision', 'host', 'serve'] },
  { intent: 'refactor', verbs: ['refactor', 'rework', 'restructure', 'rebuild', 'rewrite', 'overhaul', 'decouple', 'simplify'] },
];

/** British and American spellings of one verb ("optimise", "optimize") are the same verb. */
const spelling = (v: string) => v.replace(/is(e|ing)$/, 'iz$1').replace(/ys(e|ing)$/, 'yz$1');

/** The other verbs of the groups `base` belongs to, in group order, without duplicates or respellings. */
export function alternativesFor(base: string): string[] {
  const out: string[] = [];
  const seen = new Set([spelling(base)]);
  for (const g of INTENT_GROUPS)
    if (g.verbs.includes(base))
      for (const v of g.verbs)
        if (!seen.has(spelling(v)) && verbForm(v)) {
          seen.add(spelling(v));
          out.push(v);
        }
  return out;
}

/** Base forms that are at least as often nouns ("Support for ...", "Code reviews ..."). */
const NOUNISH: ReadonlySet<string> = new Set([
  'code', 'model', 'index', 'process', 'report', 'present', 'document', 'support', 'research', 'review', 'test', 'work',
  'open', 'help', 'start', 'plan', 'map', 'host', 'schedule', 'script', 'scope', 'structure', 'track', 'train', 'route',
  'save', 'shard', 'patch', 'pilot', 'program', 'profile', 'partition', 'lead', 'head', 'change', 'design', 'release',
  'update', 'upgrade', 'use', 'double', 'drop', 'fix', 'set', 'cut', 'read', 'guide', 'partner', 'coach', 'audit',
]);

/** Words after a base form that show it is a noun: "Lead engineer", "Support for", "Design of". */
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'of', 'for', 'on', 'in', 'at', 'with', 'from', 'and', 'or', 'to', 'engineer', 'developer', 'architect', 'designer',
  'analyst', 'scientist', 'role', 'team', 'reviews', 'review', 'owner', 'manager', 'member', 'contributor', 'is', 'was',
]);

/** The verb that opens a bullet: the word, its offsets in the text and its form. */
export interface LeadingVerb {
  word: string;
  start: number;
  end: number;
  form: VerbForm;
}

// Letters (with inner apostrophes or hyphens), one bounded run: linear time.
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The leading verb of a bullet's text, after a markup lead-in ("Payments API: Built ...") when there
 * is one. Undefined when the first word is not a known verb form, or is a base form used as a noun.
 */
export function leadingVerb(text: string, lead?: string): LeadingVerb | undefined {
  // memoized by text for bullets without a bold lead-in (nearly all): two rules ask, every lint
  if (lead) return findLeadingVerb(text, lead);
  const hit = leadMemo.get(text);
  if (hit !== undefined) return hit === NO_VERB ? undefined : hit;
  const found = findLeadingVerb(text, undefined);
  leadMemo.set(text, found ?? NO_VERB);
  return found;
}

/** What the memo keeps for a text that opens with no verb (undefined means "not looked up"). */
const NO_VERB = 0;
const leadMemo = memoTable<LeadingVerb | typeof NO_VERB>();

function findLeadingVerb(text: string, lead: string | undefined): LeadingVerb | undefined {
  let from = 0;
  if (lead && text.startsWith(lead)) {
    from = lead.length;
    const sep = /^\s*[:—–-]?\s*/.exec(text.slice(from, from + 8));
    from += sep ? sep[0].length : 0;
  }
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  // the verb must open the text (only spaces or an opening quote before it)
  if (!m || text.slice(from, m.index).trim().replace(/^["“'‘(]+/, '') !== '') return undefined;
  const form = verbForm(m[0]);
  if (!form) return undefined;
  if (form.tense === 'base' || form.ambiguous) {
    const next = WORD.exec(text);
    const gap = next ? text.slice(m.index + m[0].length, next.index) : '';
    if (NOUNISH.has(form.base) && (!next || /[:,;(]/.test(gap) || NOUN_FOLLOWERS.has(next[0].toLowerCase()))) return undefined;
  }
  return { word: m[0], start: m.index, end: m.index + m[0].length, form };
}
