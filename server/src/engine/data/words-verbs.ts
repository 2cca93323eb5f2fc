/**
 * Verbs as data, for the weak-verb rule's rewrites: stronger verbs by what the bullet is about, past
 * tenses, and nouns that hide a verb ("the migration of" → "Migrated").
 */

/** Stronger verbs by topic: the first topic whose words appear after the weak phrase wins. */
export const VERB_TOPICS: ReadonlyArray<{ topic: string; words: readonly string[]; verbs: readonly string[] }> = [
  { topic: 'migration', words: ['migration', 'migrations', 'migrate', 'migrating', 'move', 'moving', 'port', 'porting', 'upgrade', 'upgrades', 'upgrading', 'cutover', 'transition', 'legacy', 'sunset', 'decommission', 'decommissioning'], verbs: ['Migrated', 'Moved', 'Upgraded'] },
  { topic: 'on call', words: ['on call', 'oncall', 'incident response', 'rotation', 'rotations', 'pager', 'support rotation'], verbs: ['Ran', 'Covered', 'Owned'] },
  { topic: 'incidents', words: ['incident', 'incidents', 'outage', 'outages', 'production', 'bug', 'bugs', 'issues', 'issue', 'errors', 'failures', 'defects', 'flaky', 'flakes', 'escalations', 'tickets', 'sev1', 'sev2', 'pages', 'alerts'], verbs: ['Resolved', 'Debugged', 'Fixed'] },
  { topic: 'performance', words: ['performance', 'latency', 'slow', 'speed', 'throughput', 'query', 'queries', 'p95', 'p99', 'caching', 'cache', 'bottleneck', 'bottlenecks', 'load', 'scalability', 'scaling', 'memory', 'cpu'], verbs: ['Optimised', 'Sped up', 'Tuned'] },
  { topic: 'observability', words: ['monitoring', 'observability', 'alerting', 'dashboards', 'dashboard', 'tracing', 'logging', 'metrics', 'slo', 'slos'], verbs: ['Instrumented', 'Built', 'Set up'] },
  { topic: 'testing', words: ['test', 'tests', 'testing', 'qa', 'coverage', 'ci', 'pipeline', 'pipelines'], verbs: ['Automated', 'Built', 'Wrote'] },
  { topic: 'security', words: ['security', 'auth', 'authentication', 'authorization', 'permissions', 'vulnerabilities', 'compliance', 'encryption'], verbs: ['Hardened', 'Secured', 'Built'] },
  { topic: 'design', words: ['design', 'architecture', 'schema', 'schemas', 'rfc', 'rfcs', 'data model'], verbs: ['Designed', 'Architected', 'Defined'] },
  { topic: 'systems', words: ['api', 'apis', 'service', 'services', 'endpoint', 'endpoints', 'backend', 'platform', 'feature', 'features', 'integration', 'integrations', 'app', 'application', 'tool', 'tools', 'tooling', 'library', 'sdk', 'worker', 'workers', 'job', 'jobs'], verbs: ['Built', 'Designed', 'Shipped'] },
  { topic: 'people', words: ['team', 'teams', 'mentoring', 'mentored', 'onboarding', 'hiring', 'interns', 'juniors', 'engineers', 'stakeholders', 'customers', 'partners'], verbs: ['Led', 'Coordinated', 'Mentored'] },
  { topic: 'documentation', words: ['documentation', 'docs', 'runbooks', 'runbook', 'guides', 'wiki'], verbs: ['Wrote', 'Rewrote', 'Published'] },
];

/** People one works with: "worked with product managers" → "Partnered with product managers". */
export const COLLABORATORS: ReadonlySet<string> = new Set([
  'product', 'managers', 'pms', 'pm', 'designers', 'analysts', 'engineers', 'stakeholders', 'customers', 'partners', 'clients',
  'vendors', 'sales', 'support', 'leadership', 'researchers', 'scientists', 'teams', 'team', 'colleagues', 'marketing', 'finance', 'legal',
]);

/** Verbs for when no topic matches. */
export const DEFAULT_VERBS: readonly string[] = ['Built', 'Delivered', 'Shipped'];

/** Irregular past tenses of verbs that open resume bullets (base or -ing form → past). */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  build: 'built', building: 'built', rebuild: 'rebuilt', rebuilding: 'rebuilt', write: 'wrote', writing: 'wrote',
  rewrite: 'rewrote', rewriting: 'rewrote', lead: 'led', leading: 'led', run: 'ran', running: 'ran', make: 'made',
  making: 'made', set: 'set', setting: 'set', keep: 'kept', keeping: 'kept', drive: 'drove', driving: 'drove',
  bring: 'brought', bringing: 'brought', teach: 'taught', teaching: 'taught', hold: 'held', holding: 'held',
  take: 'took', taking: 'took', get: 'got', getting: 'got', do: 'did', doing: 'did', cut: 'cut', cutting: 'cut',
  split: 'split', splitting: 'split', shut: 'shut', put: 'put', putting: 'put', find: 'found', finding: 'found',
  choose: 'chose', choosing: 'chose', spend: 'spent', spending: 'spent', send: 'sent', sending: 'sent',
  win: 'won', winning: 'won', begin: 'began', beginning: 'began', grow: 'grew', growing: 'grew', give: 'gave',
  giving: 'gave', meet: 'met', meeting: 'met', oversee: 'oversaw', overseeing: 'oversaw', understand: 'understood',
  stand: 'stood', standing: 'stood', spin: 'spun', spinning: 'spun', sell: 'sold', selling: 'sold', tell: 'told',
  think: 'thought', go: 'went', going: 'went', use: 'used', using: 'used', feed: 'fed', feeding: 'fed', ship: 'shipped', shipping: 'shipped', plan: 'planned', planning: 'planned',
  map: 'mapped', mapping: 'mapped', debug: 'debugged', debugging: 'debugged', log: 'logged', logging: 'logged',
  tag: 'tagged', tagging: 'tagged', drop: 'dropped', dropping: 'dropped', stop: 'stopped', stopping: 'stopped',
  scrap: 'scrapped', trim: 'trimmed', trimming: 'trimmed', step: 'stepped', spot: 'spotted', chat: 'chatted',
};

/** Base forms of verbs that can follow "helped (to)" ("helped build the API" → "Built the API"). */
export const BASE_VERBS: ReadonlySet<string> = new Set([
  'build', 'rebuild', 'design', 'redesign', 'migrate', 'launch', 'ship', 'reduce', 'cut', 'improve', 'scale', 'automate',
  'deploy', 'implement', 'create', 'develop', 'write', 'rewrite', 'test', 'debug', 'fix', 'resolve', 'maintain', 'monitor',
  'optimise', 'optimize', 'refactor', 'integrate', 'move', 'port', 'set', 'run', 'lead', 'drive', 'deliver', 'define',
  'plan', 'roll', 'establish', 'introduce', 'add', 'replace', 'split', 'standardise', 'standardize', 'speed', 'stabilise',
  'stabilize', 'upgrade', 'modernise', 'modernize', 'document', 'onboard', 'mentor', 'triage', 'investigate', 'diagnose',
  'secure', 'harden', 'consolidate', 'streamline', 'lower', 'increase', 'grow', 'deprecate', 'decommission', 'architect',
  'prototype', 'benchmark', 'profile', 'tune', 'instrument', 'configure', 'containerise', 'containerize', 'evaluate',
  'review', 'audit', 'analyse', 'analyze', 'support', 'operate', 'own', 'manage', 'coordinate', 'organise', 'organize',
]);

/** Nouns that hide a verb: "contributed to the migration of the ledger" → "Migrated the ledger". */
export const NOMINALISATIONS: Readonly<Record<string, string>> = {
  migration: 'Migrated', design: 'Designed', redesign: 'Redesigned', development: 'Developed', implementation: 'Implemented',
  rollout: 'Rolled out', launch: 'Launched', creation: 'Created', optimization: 'Optimised', optimisation: 'Optimised',
  integration: 'Integrated', maintenance: 'Maintained', deployment: 'Deployed', testing: 'Tested', rewrite: 'Rewrote',
  automation: 'Automated', modernization: 'Modernised', modernisation: 'Modernised', consolidation: 'Consolidated',
  refactoring: 'Refactored', refactor: 'Refactored', upgrade: 'Upgraded', build: 'Built', construction: 'Built',
  documentation: 'Documented', evaluation: 'Evaluated', analysis: 'Analysed', investigation: 'Investigated',
  standardization: 'Standardised', standardisation: 'Standardised', decommissioning: 'Decommissioned', delivery: 'Delivered',
  planning: 'Planned', review: 'Reviewed', redevelopment: 'Redeveloped', expansion: 'Expanded', overhaul: 'Overhauled',
};

/** Past tense of a verb given in its base or -ing form ("maintaining" → "maintained", "build" → "built"). */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_PAST[v];
  if (irregular) return irregular;
  let stem = v;
  if (v.endsWith('ing') && v.length > 4) {
    stem = v.slice(0, -3);
    // "migrat" + "ed": the silent e dropped by -ing comes back with -ed; "shipp" + "ed" keeps the doubling
    if (/[^aeiou]y$/.test(stem)) return stem.slice(0, -1) + 'ied';
    return stem + 'ed';
  }
  if (stem.endsWith('e')) return stem + 'd';
  if (/[^aeiou]y$/.test(stem)) return stem.slice(0, -1) + 'ied';
  return stem + 'ed';
}

/** Words ending in -ing that name a thing more often than an action ("worked on billing"). */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'engineering', 'billing', 'pricing', 'onboarding', 'logging', 'caching', 'routing', 'testing', 'monitoring', 'scheduling',
  'accounting', 'marketing', 'training', 'hosting', 'tooling', 'networking', 'streaming', 'processing', 'ticketing',
  'messaging', 'booking', 'banking', 'shipping', 'trading', 'publishing', 'recruiting', 'hiring', 'alerting', 'reporting',
  'indexing', 'ranking', 'matching', 'searching', 'learning', 'computing', 'tracing', 'rendering', 'batching', 'queueing',
  'queuing', 'financing', 'lending', 'payroll', 'labeling', 'labelling', 'mapping', 'landing', 'building', 'something',
  'anything', 'everything', 'nothing', 'morning', 'evening', 'spring', 'string', 'strings', 'thing', 'things', 'during',
]);

/** Words that open a noun phrase ("the", "a", "our"), so the word before them is a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'its', 'this', 'that', 'these', 'those', 'all', 'each', 'every', 'new', 'two', 'three', 'several', 'multiple']);
