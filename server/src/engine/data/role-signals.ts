/**
 * Words that say what kind of work a bullet or summary is about, as data, for the whole-resume rules:
 * `off-target` (which area a bullet's work belongs to), `generic-summary` (does a summary name a role,
 * a domain or a system at all) and `scope-for-level` (does any bullet show scope beyond one's own code).
 *
 * Entries are lower case, one or more words; they are matched as whole words (several words in a row
 * for a phrase), after the text is lower-cased and split on anything that is not a letter, digit,
 * `+`, `#` or an inner dot ("node.js"). Hyphenated words are split, so "front-end" is "front end".
 */
import { lowerWordsOf } from '../checks/tokens';

export type WorkArea = 'frontend' | 'backend' | 'data' | 'platform';

export const AREA_WORDS: Readonly<Record<WorkArea, readonly string[]>> = {
  frontend: [
    'ui', 'ux', 'css', 'html', 'scss', 'sass', 'tailwind', 'component', 'components', 'react', 'vue', 'vue.js', 'angular',
    'svelte', 'redux', 'next.js', 'frontend', 'front end', 'web app', 'single page', 'spa', 'accessibility', 'a11y',
    'responsive', 'design system', 'layout', 'layouts', 'animation', 'animations', 'browser', 'browsers', 'dom',
    'storybook', 'webpack', 'vite', 'figma', 'pixel', 'landing page', 'landing pages', 'web vitals', 'lighthouse',
    'client side', 'widget', 'widgets', 'forms', 'button', 'buttons', 'modal', 'modals', 'page load', 'jquery',
    'styling', 'stylesheet', 'stylesheets', 'screens', 'onboarding flow',
  ],
  backend: [
    'api', 'apis', 'endpoint', 'endpoints', 'service', 'services', 'microservice', 'microservices', 'backend', 'back end',
    'server', 'servers', 'database', 'databases', 'schema', 'schemas', 'query', 'queries', 'index', 'indexes', 'queue',
    'queues', 'worker', 'workers', 'job', 'jobs', 'cache', 'caching', 'latency', 'throughput', 'idempotency', 'retry',
    'retries', 'webhook', 'webhooks', 'grpc', 'rest', 'graphql', 'postgresql', 'postgres', 'mysql', 'redis', 'kafka',
    'rabbitmq', 'sqs', 'dynamodb', 'mongodb', 'go', 'java', 'python', 'ruby', 'node.js', 'django', 'rails', 'spring',
    'fastapi', 'express', 'auth', 'authentication', 'billing', 'payments', 'ledger', 'transactions', 'concurrency',
    'rate limiting', 'sharding', 'replication', 'migration', 'migrations', 'consistency', 'integration', 'integrations',
  ],
  data: [
    'pipeline', 'pipelines', 'etl', 'elt', 'warehouse', 'data warehouse', 'dbt', 'spark', 'airflow', 'analytics',
    'dataset', 'datasets', 'bigquery', 'snowflake', 'redshift', 'ingestion', 'batch', 'streaming', 'flink', 'model',
    'models', 'machine learning', 'ml', 'feature store', 'dashboards', 'reporting', 'data quality', 'hadoop', 'kinesis',
  ],
  platform: [
    'kubernetes', 'k8s', 'terraform', 'ci', 'cd', 'deploy', 'deploys', 'deployment', 'deployments', 'infrastructure',
    'cluster', 'clusters', 'docker', 'helm', 'observability', 'monitoring', 'alerting', 'alerts', 'tracing', 'on call',
    'incident', 'incidents', 'reliability', 'slo', 'slos', 'sla', 'uptime', 'aws', 'gcp', 'azure', 'linux', 'networking',
    'autoscaling', 'capacity', 'failover', 'disaster recovery', 'rollback', 'rollbacks', 'mttr', 'sre', 'devops',
    'ansible', 'prometheus', 'grafana', 'datadog',
  ],
};

/** For each target role: the areas that count as on-target work and the ones that pull away from it. */
export const TARGETS: Readonly<Record<string, { on: readonly WorkArea[]; off: readonly WorkArea[]; label: string; offLabel: string; wants: string }>> = {
  backend: { on: ['backend', 'data', 'platform'], off: ['frontend'], label: 'backend', offLabel: 'front-end work (UI, styling, components)', wants: 'the services, data, reliability or infrastructure side of the work' },
  frontend: { on: ['frontend'], off: ['backend', 'data', 'platform'], label: 'front-end', offLabel: 'server, data or infrastructure work', wants: 'the interface side: components, accessibility, performance in the browser' },
  data: { on: ['data', 'backend'], off: ['frontend'], label: 'data', offLabel: 'front-end work (UI, styling, components)', wants: 'pipelines, data models, quality and the numbers they feed' },
  platform: { on: ['platform', 'backend'], off: ['frontend'], label: 'platform', offLabel: 'front-end work (UI, styling, components)', wants: 'infrastructure, delivery, reliability and the tools other teams use' },
};

/** Words that name a role: a summary with one of them says who the person is. */
export const ROLE_WORDS: readonly string[] = [
  'engineer', 'engineers', 'developer', 'developers', 'programmer', 'architect', 'sre', 'devops', 'scientist', 'analyst',
  'designer', 'administrator', 'consultant', 'manager', 'lead', 'cto', 'founder', 'researcher', 'technologist', 'tester',
  'backend', 'frontend', 'full stack', 'fullstack', 'back end', 'front end', 'student', 'graduate', 'intern',
];

/** Domains of work: a summary naming one says where the person's experience lies. */
export const DOMAIN_WORDS: readonly string[] = [
  'payments', 'payment', 'billing', 'fintech', 'banking', 'finance', 'insurance', 'healthcare', 'health', 'medical',
  'e commerce', 'ecommerce', 'commerce', 'retail', 'logistics', 'supply chain', 'travel', 'gaming', 'games', 'media',
  'streaming', 'advertising', 'ads', 'adtech', 'marketplace', 'marketplaces', 'saas', 'b2b', 'b2c', 'security',
  'identity', 'search', 'recommendations', 'telecom', 'automotive', 'energy', 'education', 'edtech', 'government',
  'legal', 'real estate', 'crypto', 'blockchain', 'iot', 'robotics', 'analytics', 'observability', 'infrastructure',
  'devtools', 'developer tools', 'mobile', 'embedded', 'machine learning', 'ml', 'ai', 'data', 'cloud', 'networking',
];

/** Systems: a summary naming one shows what the person built or ran. */
export const SYSTEM_WORDS: readonly string[] = [
  'api', 'apis', 'service', 'services', 'microservices', 'platform', 'platforms', 'pipeline', 'pipelines', 'database',
  'databases', 'system', 'systems', 'backend', 'server', 'servers', 'queue', 'queues', 'cluster', 'clusters', 'app',
  'apps', 'application', 'applications', 'website', 'compiler', 'sdk', 'cli', 'library', 'engine', 'warehouse',
  'distributed', 'checkout', 'ledger', 'scheduler', 'gateway', 'storage',
];

/** What scope beyond one's own code looks like in a bullet, for senior resumes. */
export const SCOPE_WORDS: readonly string[] = [
  'architecture', 'architected', 'architect', 'migration', 'migrations', 'migrated', 'cross team', 'teams', 'org wide',
  'company wide', 'organisation', 'organization', 'standard', 'standards', 'standardised', 'standardized', 'mentored',
  'mentoring', 'mentor', 'coached', 'on call', 'rotation', 'incident review', 'postmortem', 'postmortems', 'rfc', 'rfcs',
  'design review', 'design reviews', 'design doc', 'roadmap', 'strategy', 'hired', 'hiring', 'interviewed', 'led',
  'lead', 'leading', 'owned', 'ownership', 'principal', 'tech lead', 'platform', 'adopted by', 'engineers',
];

/** Splits lower-cased text into words: letters/digits with inner dots, trailing + and #. Linear. */
export function wordsOf(text: string): string[] {
  return lowerWordsOf(text);
}

/** A matcher for a list of words and phrases: which entries occur in a list of words. */
export function phraseMatcher(list: readonly string[]): (words: readonly string[]) => string[] {
  const byFirst = new Map<string, string[][]>();
  for (const p of list) {
    const parts = wordsOf(p);
    if (parts.length === 0) continue;
    const l = byFirst.get(parts[0]) ?? [];
    l.push(parts);
    byFirst.set(parts[0], l);
  }
  const joined = new Map<string[], string>();
  for (const list of byFirst.values()) for (const parts of list) joined.set(parts, parts.join(' '));
  // a loop with no allocation per word: it runs over every word of every bullet
  return (words) => {
    const found: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const list = byFirst.get(words[i]);
      if (list === undefined) continue;
      for (const parts of list) {
        let k = 1;
        while (k < parts.length && words[i + k] === parts[k]) k++;
        if (k === parts.length) found.push(joined.get(parts)!);
      }
    }
    return found;
  };
}
