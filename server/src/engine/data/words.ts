/**
 * Word lists of the wording rules, as data. Each entry lists every form it matches (inflections are
 * listed, not generated) and is matched by checks/phrases.ts: whole words, any casing, a form of several
 * words across spaces or one hyphen. Users add their own through `words` in .bulletproofrc.json.
 */

/**
 * Where a weak phrase counts:
 * - `own`: it describes the person's own part, unless a relative pronoun or another subject comes right
 *   before it ("the cache, which handled..." describes a system);
 * - `clause-start`: only where a clause of the person's own begins (the bullet start, after `;`/`:`,
 *   after "I", "we" or "and"), because elsewhere it usually describes a system ("responsible for routing").
 */
export type WeakWhere = 'own' | 'clause-start';

export interface WeakVerb {
  /** what the message calls it */
  label: string;
  where: WeakWhere;
  /** a plain replacement word that keeps the grammar ("utilized" → "used"); otherwise a verb is chosen from context */
  replaceWith?: string;
  /** verbs to offer whatever the topic (what follows "duties included" is a list of activities) */
  verbs?: readonly string[];
  /** verbs to offer when no topic of the bullet suggests better ones (default: Built, Delivered, Shipped) */
  fallbackVerbs?: readonly string[];
  /** no rewrite verb fits without claiming more than the phrase says ("was part of the team") */
  noRewrite?: boolean;
  /** the phrase is "helped": its outcome use is not weak (", which helped analysts find fraud faster") */
  helped?: boolean;
}

export const WEAK_VERBS: ReadonlyArray<{ forms: readonly string[]; data: WeakVerb }> = [
  { forms: ['worked on', 'working on', 'worked with', 'working with', 'worked closely with'], data: { label: 'worked on', where: 'own' } },
  { forms: ['helped', 'helping', 'helped with', 'helping with', 'helped to', 'helped out with', 'helped on'], data: { label: 'helped', where: 'own', helped: true } },
  { forms: ['assisted', 'assisting', 'assisted with', 'assisted in', 'assisting with', 'assisting in'], data: { label: 'assisted', where: 'own' } },
  { forms: ['was responsible for', 'were responsible for', 'am responsible for'], data: { label: 'responsible for', where: 'own' } },
  { forms: ['responsible for'], data: { label: 'responsible for', where: 'clause-start' } },
  { forms: ['involved in', 'was involved in', 'were involved in', 'got involved in'], data: { label: 'involved in', where: 'own' } },
  { forms: ['participated in', 'participating in', 'took part in'], data: { label: 'participated in', where: 'own' } },
  { forms: ['tasked with', 'was tasked with', 'were tasked with'], data: { label: 'tasked with', where: 'own' } },
  { forms: ['duties included', 'duties include', 'my duties included', 'duties included the'], data: { label: 'duties included', where: 'own', verbs: ['Ran', 'Owned', 'Performed'] } },
  { forms: ['was part of', 'were part of', 'am part of'], data: { label: 'was part of', where: 'own', noRewrite: true } },
  { forms: ['contributed to', 'contributing to', 'contributed towards'], data: { label: 'contributed to', where: 'own' } },
  { forms: ['handled'], data: { label: 'handled', where: 'clause-start', fallbackVerbs: ['Ran', 'Owned', 'Managed'] } },
  { forms: ['utilized', 'utilised', 'utilizing', 'utilising', 'utilize', 'utilise', 'utilizes', 'utilises'], data: { label: 'utilized', where: 'own', replaceWith: 'used' } },
];

/** Words that, right before a weak phrase, make it describe something other than the person. */
export const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whom', 'it', 'this', 'these', 'those', 'they', 'he', 'she', 'them', 'what', 'where']);

/** Words that may stand between a clause start and its verb ("I also worked on", "and then helped"). */
export const CLAUSE_FILLERS: ReadonlySet<string> = new Set(['i', 'we', 'also', 'then', 'and', 'mainly', 'primarily', 'directly', 'personally', 'previously', 'actively', 'closely', 'initially', 'later', 'very', 'really', 'just', 'often', 'sometimes']);

export interface Buzzword {
  label: string;
  /** a word that can go without breaking the sentence (an adjective): offer to remove it */
  removable?: boolean;
  /** a plainer word, by form written (lower case) */
  replace?: Readonly<Record<string, string>>;
  /** what to write instead, for the message */
  advice: string;
  /** only a buzzword when the next word is one of these (for words with technical senses: "dynamic pricing") */
  onlyBefore?: readonly string[];
  /** capitalised mid-sentence it is a name ("built with Ninja", "Rockstar Games"), not the buzzword */
  alsoProduct?: boolean;
}

const PEOPLE_AND_PLACES = [
  'engineer', 'engineers', 'developer', 'developers', 'professional', 'professionals', 'leader', 'leaders', 'team', 'teams',
  'environment', 'environments', 'individual', 'person', 'personality', 'culture', 'startup', 'startups', 'company',
  'organization', 'organisation', 'workplace', 'role', 'self', 'problem', 'contributor', 'player', 'manager', 'specialist',
];

export const BUZZWORDS: ReadonlyArray<{ forms: readonly string[]; data: Buzzword }> = [
  { forms: ['results-driven', 'results-oriented', 'result-driven'], data: { label: 'results-driven', removable: true, advice: 'show one result instead' } },
  { forms: ['team player'], data: { label: 'team player', advice: 'name something you shipped with other teams' } },
  { forms: ['hard-working', 'hardworking'], data: { label: 'hard-working', removable: true, advice: 'let the work show it' } },
  { forms: ['passionate', 'passionately'], data: { label: 'passionate', removable: true, advice: 'name what you built because you cared' } },
  { forms: ['self-starter', 'self starter', 'self-starters', 'self-motivated'], data: { label: 'self-starter', advice: 'name something you started without being asked' } },
  { forms: ['go-getter', 'go-getters'], data: { label: 'go-getter', advice: 'name something you went and got done' } },
  { forms: ['synergy', 'synergies', 'synergistic', 'synergize', 'synergise'], data: { label: 'synergy', advice: 'say which teams worked together on what' } },
  { forms: ['think outside the box', 'thinking outside the box', 'thinks outside the box', 'thought outside the box', 'think outside of the box', 'thinking outside of the box', 'out-of-the-box thinker', 'out of the box thinking'], data: { label: 'think outside the box', advice: 'describe the unusual approach you took' } },
  { forms: ['detail-oriented', 'detail oriented', 'detail-focused'], data: { label: 'detail-oriented', removable: true, advice: 'name an error you caught or prevented' } },
  { forms: ['rockstar', 'rock star', 'rockstars'], data: { label: 'rockstar', advice: 'state the level and the scope of your work', alsoProduct: true } },
  { forms: ['ninja', 'ninjas'], data: { label: 'ninja', advice: 'state the level and the scope of your work', alsoProduct: true } },
  { forms: ['guru', 'gurus'], data: { label: 'guru', advice: 'state the level and the scope of your work', alsoProduct: true } },
  { forms: ['dynamic'], data: { label: 'dynamic', removable: true, advice: 'describe what changed', onlyBefore: PEOPLE_AND_PLACES } },
  { forms: ['world-class', 'world class'], data: { label: 'world-class', removable: true, advice: 'compare with a number' } },
  { forms: ['cutting-edge', 'cutting edge', 'bleeding-edge'], data: { label: 'cutting-edge', removable: true, advice: 'name the technology' } },
  { forms: ['best-of-breed', 'best of breed', 'best-in-class', 'best in class'], data: { label: 'best-of-breed', removable: true, advice: 'compare with a number' } },
  { forms: ['best practices', 'best practice', 'best-practice'], data: { label: 'best practices', advice: 'name the practice (code review, canary releases, schema migrations...)' } },
  {
    forms: ['leverage', 'leveraged', 'leverages', 'leveraging'],
    data: { label: 'leverage', advice: 'say "used" or name what it made possible', replace: { leverage: 'use', leveraged: 'used', leverages: 'uses', leveraging: 'using' } },
  },
];

export interface Filler {
  label: string;
  /** the trailing word(s) the fix keeps ("in order to" → "to") */
  keep?: string;
}

export const FILLERS: ReadonlyArray<{ forms: readonly string[]; data: Filler }> = [
  { forms: ['successfully'], data: { label: 'successfully' } },
  { forms: ['effectively'], data: { label: 'effectively' } },
  { forms: ['actively'], data: { label: 'actively' } },
  { forms: ['very'], data: { label: 'very' } },
  { forms: ['really'], data: { label: 'really' } },
  { forms: ['basically'], data: { label: 'basically' } },
  { forms: ['in order to'], data: { label: 'in order to', keep: 'to' } },
];

export interface Pronoun {
  kind: 'subject' | 'object' | 'possessive' | 'reflexive';
}

/** First-person pronouns (contractions such as "I'm" are caught through their "I"). */
export const FIRST_PERSON: ReadonlyArray<{ forms: readonly string[]; data: Pronoun }> = [
  { forms: ['i', 'we'], data: { kind: 'subject' } },
  { forms: ['me', 'us'], data: { kind: 'object' } },
  { forms: ['my', 'our', 'ours'], data: { kind: 'possessive' } },
  { forms: ['myself', 'ourselves'], data: { kind: 'reflexive' } },
];

/** Words before an "I" that make it a Roman numeral ("level I", "Phase I"). */
export const ROMAN_CONTEXT: ReadonlySet<string> = new Set(['level', 'phase', 'tier', 'type', 'grade', 'part', 'stage', 'class', 'series', 'war', 'volume', 'vol', 'chapter', 'book', 'step', 'round', 'section', 'appendix', 'cohort', 'band', 'category']);

/** Job titles before a capital "I" that make it a level ("Software Engineer I"); only when the title is capitalised. */
export const ROMAN_TITLES: ReadonlySet<string> = new Set(['engineer', 'developer', 'analyst', 'scientist', 'technician', 'associate', 'programmer', 'swe', 'sde', 'specialist', 'consultant', 'administrator']);
