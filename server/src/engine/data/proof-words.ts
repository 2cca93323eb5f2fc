/**
 * Word lists the proof analysis reads (server/src/engine/analysis/). Kept as data so they can be
 * reviewed and extended without touching the matching code. All entries are lower case; a phrase is
 * several words separated by spaces and matches token by token.
 */

/** Nouns that name a piece of software when something concrete modifies them ("billing service"). */
export const SYSTEM_HEADS: readonly string[] = [
  'service', 'services', 'api', 'apis', 'endpoint', 'endpoints', 'pipeline', 'pipelines', 'platform', 'platforms',
  'worker', 'workers', 'job', 'jobs', 'queue', 'queues', 'scheduler', 'schedulers', 'indexer', 'indexers', 'index',
  'ledger', 'ledgers', 'engine', 'engines', 'gateway', 'gateways', 'dashboard', 'dashboards', 'app', 'apps',
  'application', 'applications', 'product', 'products', 'system', 'systems', 'tool', 'tools', 'tooling', 'library',
  'libraries', 'sdk', 'sdks', 'cli', 'bot', 'bots', 'portal', 'portals', 'site', 'website', 'backend', 'backends',
  'database', 'databases', 'db', 'store', 'stores', 'cache', 'caches', 'cluster', 'clusters', 'flow', 'flows',
  'workflow', 'workflows', 'integration', 'integrations', 'module', 'modules', 'component', 'components',
  'microservice', 'microservices', 'feature', 'features', 'console', 'framework', 'frameworks', 'server', 'servers',
  'layer', 'warehouse', 'lake', 'consumer', 'consumers', 'producer', 'producers', 'processor', 'processors',
  'handler', 'handlers', 'connector', 'connectors', 'extension', 'plugin', 'plugins', 'widget', 'widgets',
  'crawler', 'crawlers', 'scraper', 'router', 'proxy', 'broker', 'registry', 'monolith', 'stack', 'infrastructure',
  'infra', 'page', 'pages', 'screen', 'screens', 'ui', 'client', 'clients', 'agent', 'agents', 'daemon', 'cron',
  'model', 'models', 'checkout', 'funnel', 'feed', 'feeds', 'emails', 'notifications', 'webhooks', 'webhook',
  'sync', 'editor', 'runner', 'runners', 'orchestrator', 'mesh', 'network', 'storage', 'repository', 'repo',
  'schema', 'schemas', 'tables', 'table', 'topics', 'topic', 'streams', 'stream', 'suite', 'harness', 'simulator',
];

/**
 * Words that say nothing about which system: generic kinds of software, vague adjectives, places.
 * "backend APIs", "internal tools", "new microservices" name no system.
 */
export const GENERIC_MODIFIERS: readonly string[] = [
  'backend', 'back-end', 'frontend', 'front-end', 'internal', 'external', 'new', 'existing', 'various', 'multiple',
  'several', 'numerous', 'many', 'core', 'legacy', 'rest', 'restful', 'web', 'micro', 'production', 'prod', 'key',
  'critical', 'large', 'small', 'big', 'scalable', 'robust', 'reliable', 'distributed', 'cloud', 'custom', 'company',
  'team', 'modern', 'complex', 'simple', 'main', 'primary', 'shared', 'common', 'general', 'generic', 'full-stack',
  'fullstack', 'server-side', 'client-side', 'in-house', 'third-party', 'open-source', 'enterprise', 'software',
  'application', 'app', 'data', 'database', 'code', 'service', 'services', 'api', 'apis', 'system', 'systems',
  'mobile', 'desktop', 'online', 'digital', 'technical', 'tech', 'it', 'high', 'low', 'fast', 'slow', 'important',
  'different', 'other', 'additional', 'several', 'some', 'all', 'each', 'every', 'any', 'our', 'their', 'its', 'his',
  'her', 'my', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'background', 'scheduled', 'cron', 'nightly', 'daily', 'weekly', 'batch', 'customer', 'client', 'user', 'end-user', 'business',
  'product', 'platform', 'microservice', 'microservices', 'feature', 'features', 'infrastructure', 'infra',
  'cross-functional', 'stateless', 'stateful', 'async', 'asynchronous', 'synchronous', 'realtime', 'real-time',
  'containerized', 'serverless', 'monolithic', 'relational', 'nosql', 'sql', 'http', 'https', 'json', 'xml', 'crud',
  'saas', 'paas', 'various', 'misc', 'miscellaneous', 'basic', 'standard', 'existing', 'old', 'older', 'current',
  'next-generation', 'next-gen', 'greenfield', 'brownfield', 'key', 'major', 'minor', 'global', 'local', 'remote',
  'open', 'public', 'private', 'secure', 'efficient', 'performant', 'maintainable', 'testable', 'modular',
  'production-grade', 'enterprise-grade', 'mission-critical', 'business-critical', 'high-traffic', 'high-volume',
  'high-performance', 'low-latency', 'large-scale', 'small-scale', 'event-driven', 'cloud-native', 'microservice-based',
  'customer-facing', 'user-facing', 'client-facing', 'internal-facing', 'end-to-end', 'e2e', 'several', 'key',
  'bug', 'bugs', 'issue', 'issues', 'ticket', 'tickets', 'task', 'tasks', 'project', 'projects', 'solution', 'solutions',
  'vpc', 'vpcs', 'subnet', 'subnets', 'iam', 'dns', 'roles', 'policies', 'buckets', 'instances', 'containers', 'images',
  'vms', 'vm', 'environment', 'environments', 'env', 'envs', 'config', 'configuration', 'configs', 'etl', 'elt', 'automation', 'ci', 'cd', 'ci/cd', 'unit', 'integration', 'e2e', 'test', 'tests', 'on-call', 'devops', 'sre', 'qa', 'ops', 'sprint',
  'sprints', 'agile', 'scrum', 'jira', 'daily', 'weekly', 'routine', 'ad-hoc', 'adhoc', 'assigned', 'various', 'random',
  'small', 'minor', 'major', 'cool', 'interesting', 'challenging', 'exciting', 'impactful', 'innovative', 'cutting-edge',
  'lightweight', 'flexible', 'dynamic', 'interactive', 'intuitive', 'responsive', 'seamless', 'advanced',
  'sophisticated', 'comprehensive', 'powerful', 'elegant', 'clean', 'novel', 'smart', 'intelligent', 'automatic',
  'unified', 'bespoke', 'proprietary', 'essential', 'crucial', 'vital', 'quick', 'rapid', 'easy', 'stable', 'safe',
  'accessible', 'native', 'hybrid', 'offline', 'live', 'static', 'visual', 'graphical', 'secondary', 'extra', 'whole',
  'entire', 'full', 'complete', 'overall', 'latest', 'better', 'faster', 'larger', 'bigger', 'smaller', 'great', 'good',
  'high-quality', 'high-availability', 'highly-available', 'state-of-the-art', 'best-in-class', 'world-class',
  'first-class', 'top-tier', 'user-friendly', 'full-featured', 'feature-rich', 'well-tested', 'multi',
];

/**
 * System nouns specific enough to name a component even with a generic word in front ("the API
 * gateway", "the job scheduler"), unless only a technology name modifies them ("Kafka brokers").
 */
export const SPECIFIC_HEADS: readonly string[] = [
  'gateway', 'gateways', 'indexer', 'indexers', 'ledger', 'ledgers', 'scheduler', 'schedulers', 'crawler', 'crawlers',
  'scraper', 'scrapers', 'router', 'orchestrator', 'renderer', 'compiler', 'interpreter', 'debugger', 'profiler',
  'load balancer', 'rate limiter', 'limiter', 'autoscaler', 'bootstrapper', 'provisioner', 'reconciler', 'matcher',
  'recommender', 'classifier', 'tokenizer', 'transcoder', 'uploader', 'downloader', 'exporter', 'importer', 'emailer',
  'notifier', 'dispatcher', 'allocator', 'resolver', 'validator', 'checker', 'linter', 'formatter', 'generator',
];

/**
 * Qualities of a system, not systems: "query speed", "database performance", "code quality" name
 * what got better, not where.
 */
export const QUALITY_NOUNS: readonly string[] = [
  'speed', 'performance', 'uptime', 'scalability', 'reliability', 'latency', 'throughput', 'robustness', 'stability',
  'maintainability', 'quality', 'efficiency', 'security', 'cost', 'costs', 'availability', 'resilience', 'usability',
  'readability', 'observability', 'visibility', 'velocity', 'productivity', 'experience', 'satisfaction', 'health',
  'coverage', 'consistency', 'accuracy', 'correctness', 'responsiveness', 'capacity', 'load', 'times', 'time',
  'rate', 'rates', 'process', 'processes', 'practices', 'standards', 'culture', 'morale', 'collaboration',
  'communication', 'documentation', 'requirements', 'stakeholders', 'meetings', 'reviews', 'standups', 'sprints',
  'support', 'operations', 'maintenance', 'updates', 'changes', 'fixes', 'improvements',
  'enhancements', 'migrations', 'releases', 'deploys', 'deployments', 'tests', 'testing', 'scripts', 'dashboards',
  'alerts', 'metrics', 'logs', 'reports', 'efforts', 'initiatives', 'work', 'responsibilities', 'duties', 'team',
  'teams', 'engineers', 'members', 'users', 'customers', 'clients', 'pull requests', 'prs', 'tickets', 'incidents',
  'development', 'design', 'implementation', 'delivery', 'planning', 'research', 'analysis', 'ways', 'methods',
  'approaches', 'savings', 'gains', 'reductions', 'increases', 'wins', 'benefits', 'impact', 'value', 'size', 'sizes', 'count', 'counts', 'footprint', 'volume', 'volumes', 'spend', 'bill', 'budget', 'share',
  'score', 'scores', 'ratio', 'percentage', 'number', 'amount', 'level', 'levels', 'frequency', 'duration', 'setup', 'set-up', 'setups', 'findings', 'results', 'outcomes', 'goals', 'objectives', 'tasks', 'managers', 'manager', 'lead',
];

/** Hyphenated modifiers ending in one of these are descriptive, not a name ("queue-backed", "event-driven"). */
export const GENERIC_HYPHEN_TAILS: readonly string[] = [
  'driven', 'backed', 'based', 'facing', 'native', 'side', 'scale', 'grade', 'ready', 'heavy', 'intensive', 'critical',
  'time', 'house', 'party', 'source', 'stack', 'performance', 'traffic', 'volume', 'latency', 'available',
  'friendly', 'oriented', 'first', 'aware', 'safe', 'proof', 'free', 'powered', 'enabled', 'centric', 'wide',
  'quality', 'class', 'art', 'tier', 'featured', 'rich', 'tested', 'known', 'designed', 'built', 'made',
];

/**
 * Product and business areas: a bullet that names one of these names what the work was for, even
 * with no system noun after it ("for account provisioning", "the checkout").
 */
export const DOMAIN_WORDS: readonly string[] = [
  'billing', 'invoicing', 'invoice', 'invoices', 'payment', 'payments', 'payout', 'payouts', 'checkout', 'cart',
  'carts', 'order', 'orders', 'ordering', 'fulfillment', 'fulfilment', 'shipping', 'shipment', 'shipments',
  'inventory', 'pricing', 'tax', 'taxes', 'ledger', 'loyalty', 'rewards', 'subscription', 'subscriptions',
  'refund', 'refunds', 'fraud', 'identity', 'auth', 'authentication', 'authorization', 'login', 'sign-in', 'signup',
  'sign-up', 'signups', 'registration', 'onboarding', 'provisioning', 'notification', 'notifications', 'messaging',
  'email', 'emails', 'sms', 'chat', 'search', 'recommendation', 'recommendations', 'ranking', 'catalog', 'catalogue',
  'booking', 'bookings', 'reservation', 'reservations', 'scheduling', 'calendar', 'reporting', 'analytics',
  'ingestion', 'entitlements', 'entitlement', 'permissions', 'accounts', 'account', 'ticketing', 'payroll', 'claims',
  'underwriting', 'lending', 'loans', 'trading', 'settlement', 'settlements', 'reconciliation', 'compliance', 'audit',
  'kyc', 'marketplace', 'storefront', 'cms', 'crm', 'erp', 'ecommerce', 'e-commerce', 'commerce', 'healthcare',
  'telehealth', 'insurance', 'banking', 'wallet', 'wallets', 'checkout', 'coupon', 'coupons', 'promotions',
  'advertising', 'ads', 'bidding', 'auction', 'routing', 'dispatch', 'delivery', 'deliveries', 'logistics', 
  'geolocation', 'maps', 'mapping', 'video',  'transcoding',    'file-sharing',
  'sharing', 'collaboration', 'documents', 'document', 'contracts', 'quotes', 'quoting', 'procurement', 'expense',
  'expenses', 'hr', 'hiring', 'recruiting', 'scheduling', 'appointment', 'appointments', 'patient', 'patients',
  'prescription', 'pharmacy', 'clinical', 'lab', 'student', 'students', 'grading', 'enrollment', 'course', 'courses',
  'ticket', 'support', 'helpdesk', 'sales', 'marketing', 'finance', 'accounting', 'legal', 'feedback', 'survey', 'surveys', 'review', 'reviews', 'ratings', 'comments',
  'feed', 'newsfeed', 'timeline', 'profile', 'profiles', 'user-profile',   'consent', 'privacy',
  'gdpr', 'mfa', '2fa', 'sso', 'password', 'passwords',     
       
  'experimentation', 'a/b', 'localization', 'translation', 'i18n', 'accessibility', 'fleet', 'telematics', 'iot',
  'sensor', 'sensors', 'firmware', 'device', 'devices', 'vehicle', 'vehicles', 'rides', 'ride', 'drivers', 'riders',
  'merchant', 'merchants', 'seller', 'sellers', 'buyer', 'buyers', 'vendor', 'vendors', 'partner', 'partners',
  'tenant', 'tenants', 'multi-tenant',  'back-office', 'backoffice',    'metering',
  'quota', 'quotas', 'rate-limiting',     'storage',  
];

/**
 * Of the domain words above, the ones that stand on their own as a product area; the others (build,
 * test, event, cost...) only count when they modify a system noun ("build pipeline", "event consumer").
 */
export const STANDALONE_DOMAINS: readonly string[] = [
  'billing', 'invoicing', 'invoice', 'invoices', 'payment', 'payments', 'payout', 'payouts', 'checkout', 'cart',
  'fulfillment', 'fulfilment', 'shipping', 'shipments', 'inventory', 'pricing', 'tax', 'ledger', 'loyalty', 'rewards',
  'subscription', 'subscriptions', 'refund', 'refunds', 'fraud', 'identity', 'auth', 'authentication', 'authorization',
  'login', 'signup', 'sign-up', 'signups', 'onboarding', 'provisioning', 'notification', 'notifications', 'messaging',
  'search', 'recommendation', 'recommendations', 'ranking', 'catalog', 'catalogue', 'booking', 'bookings',
  'reservation', 'reservations', 'scheduling', 'reporting', 'analytics', 'ingestion', 'entitlements', 'permissions',
  'ticketing', 'payroll', 'underwriting', 'lending', 'trading', 'settlement', 'reconciliation', 'kyc', 'marketplace',
  'storefront', 'ecommerce', 'e-commerce', 'commerce', 'telehealth', 'wallet', 'coupons', 'promotions', 'advertising',
  'bidding', 'dispatch', 'logistics', 'geolocation', 'transcoding', 'procurement', 'payroll', 'enrollment', 'grading',
  'appointments', 'prescription', 'pharmacy', 'helpdesk', 'newsfeed', 'consent', 'sso', 'mfa', 'localization',
  'i18n', 'experimentation', 'telematics', 'metering', 'quotas', 'storage', 'orders', 'accounts', 'account', 'sales',
  'marketing', 'finance', 'accounting', 'legal',
];

/** Verbs and words that claim an outcome: a bullet with one promises a number. */
export const OUTCOME_CLAIMS: readonly string[] = [
  'reduced', 'reducing', 'reduce', 'reduces', 'improved', 'improving', 'improve', 'improves', 'cut', 'cutting',
  'lowered', 'lowering', 'decreased', 'decreasing', 'increased', 'increasing', 'boosted', 'boosting', 'raised',
  'grew', 'growing', 'accelerated', 'accelerating', 'sped up', 'speeding up', 'faster', 'quicker', 'cheaper',
  'savings', 'eliminated', 'eliminating', 'minimized', 'minimizing', 'minimised', 'maximized',
  'maximizing', 'maximised', 'optimized', 'optimizing', 'optimised', 'enhanced', 'enhancing', 'shortened',
  'shortening', 'streamlined', 'streamlining', 'strengthened', 'prevented', 'preventing', 'slashed', 'trimmed',
  'shrank', 'shrunk', 'shrinking', 'slashing', 'trimming', 'scaled', 'scaling', 'doubled', 'tripled', 'halved', 'elevated', 'bolstered', 'lifted', 'drove down',
  'driving down', 'brought down', 'bringing down', 'fewer', 'more reliable',
  'more stable', 'more scalable', 'more efficient', 'more performant',
];

/** Improvement claims vague-claim looks at: a gain announced with neither a number nor a method. */
export const IMPROVEMENT_CLAIMS: readonly string[] = [
  'improved', 'improving', 'improve', 'enhanced', 'enhancing', 'enhance', 'optimized', 'optimised', 'optimizing',
  'optimize', 'boosted', 'boosting', 'boost', 'increased', 'increasing', 'reduced', 'reducing', 'decreased',
  'decreasing', 'lowered', 'lowering', 'accelerated', 'accelerating', 'sped up', 'speeding up', 'streamlined',
  'streamlining', 'strengthened', 'strengthening', 'elevated', 'bolstered', 'maximized', 'maximised', 'minimized',
  'minimised', 'upgraded performance', 'made faster',
];

/** Adverbs and phrases that stand in for a number. */
export const INTENSIFIERS: readonly string[] = [
  'significantly', 'greatly', 'drastically', 'dramatically', 'massively', 'substantially', 'considerably',
  'tremendously', 'hugely', 'vastly', 'significant', 'substantial', 'considerable', 'dramatic', 'drastic', 'massive',
  'huge', 'tremendous', 'enormous', 'sizable', 'sizeable', 'immense', 'vast', 'remarkable', 'exponential', 'immensely', 'enormously', 'exponentially', 'remarkably', 'markedly',
  'radically', 'sharply', 'noticeably', 'much faster', 'much better', 'much quicker', 'much more', 'much less',
  'much lower', 'much higher', 'much smaller', 'much fewer', 'far faster', 'far better', 'far fewer', 'far more',
  'far less', 'way faster', 'way more', 'a lot faster', 'a lot more', 'a lot less', 'a lot better',
  'by a wide margin', 'by a large margin', 'many times faster',
];

/** Quantities that hide the count. */
export const VAGUE_QUANTITIES: readonly string[] = [
  'various', 'several', 'numerous', 'multiple', 'many', 'countless', 'myriad', 'a myriad of', 'a number of',
  'a variety of', 'a wide variety of', 'a range of', 'a wide range of', 'a host of', 'a lot of', 'lots of',
  'a bunch of', 'a handful of', 'a few', 'plenty of', 'tons of', 'a ton of', 'a great deal of', 'assorted',
  'a multitude of', 'dozens of', 'hundreds of', 'thousands of', 'millions of', 'billions of', 'tons of', 'etc', 'and more', 'and so on', 'among others',
  'and many more', 'countless', 'a slew of',
];

/**
 * Verbs (past and -ing forms) that show a concrete change to a system: what was done, not just that
 * something got better.
 */
export const CHANGE_VERBS: readonly string[] = [
  'redesigned', 'redesigning', 'reworked', 'reworking', 'rebuilt', 'rebuilding', 'rewrote', 'rewriting', 'rewritten',
  'refactored', 'refactoring', 'replaced', 'replacing', 'migrated', 'migrating', 'moved', 'moving', 'split',
  'splitting', 'merged', 'merging', 'consolidated', 'consolidating', 'decomposed', 'decomposing', 'extracted',
  'extracting', 'introduced', 'introducing', 'added', 'adding', 'implemented', 'implementing', 'built', 'building',
  'designed', 'designing', 'created', 'creating', 'developed', 'developing', 'automated', 'automating', 'cached',
  'caching', 'indexed', 'partitioned', 'partitioning', 'sharded', 'sharding', 'batched', 'batching', 'parallelized',
  'parallelised', 'parallelizing', 'tuned', 'tuning', 'standardized', 'standardised', 'standardizing', 'instrumented',
  'instrumenting', 'containerized', 'containerised', 'containerizing', 'configured', 'configuring', 'set up',
  'setting up', 'switched', 'switching', 'upgraded', 'upgrading', 'deduplicated', 'archived', 'archiving',
  'compressed', 'compressing', 'throttled', 'rate-limited', 'restructured', 'restructuring', 're-architected',
  'rearchitected', 'modularized', 'simplified', 'simplifying', 'hardened', 'hardening', 'patched', 'wrote', 'writing',
  'established', 'establishing', 'enforced', 'enforcing', 'adopted', 'adopting', 'integrated', 'integrating',
  'removed', 'removing', 'deleted', 'retired', 'retiring', 'deprecated', 'rolled out', 'rolling out', 'put in place',
  'broke up', 'breaking up', 'launched', 'launching', 'shipped', 'deployed', 'deploying', 'created', 'wired',
  'introduced', 'converted', 'converting', 'ported', 'porting', 'optimized', 'optimised', 'optimizing', 'profiled',
  'profiling', 'benchmarked', 'vectorized', 'denormalized', 'normalized', 'precomputed', 'prefetched', 'pooled',
  'pooling', 'queued', 'debounced', 'memoized', 'streamed', 'pipelined', 'scripted', 'codified', 'templated',
  'defined', 'drafted', 'authored', 'architected', 'prototyped', 'piloted', 'trained', 'fine-tuned', 'embedded',
  'exposed', 'enabled', 'enabling', 'gated', 'canaried', 'scheduled', 'orchestrated', 'reconciled', 'validated',
  'validating', 'encrypted', 'encrypting', 'tokenized', 'sandboxed', 'isolated', 'isolating', 'decoupled',
  'decoupling', 'unified', 'unifying', 'centralized', 'centralised', 'centralizing', 'created', 'contributed',
];

/** Nouns for a technical change, read after "with", "using", "through", "via", "after" ("with Redis caching"). */
export const CHANGE_NOUNS: readonly string[] = [
  'caching', 'cache', 'indexes', 'indices', 'index', 'indexing', 'sharding', 'partitioning', 'batching',
  'retries', 'retry', 'backoff', 'idempotency', 'queue', 'queues', 'queueing', 'workers', 'pooling', 'pagination',
  'denormalization', 'compression', 'parallelism', 'concurrency', 'streaming', 'prefetching', 'lazy loading',
  'circuit breakers', 'circuit breaker', 'rate limiting', 'rate limits', 'feature flags', 'canary', 'canaries',
  'rollouts', 'rollout', 'migration', 'rewrite', 'refactor', 'redesign', 'tracing', 'alerts', 'alerting',
  'dashboards', 'health checks', 'autoscaling', 'load balancing', 'replication', 'read replicas', 'cdn',
  'materialized views', 'precomputation', 'deduplication', 'validation', 'checkpoints', 'schema changes', 'tests',
  'test coverage', 'automation', 'scripts', 'templates', 'runbooks', 'profiling', 'tuning', 'query plans', 'adoption',
  'introduction', 'overhaul', 'consolidation', 'replacement', 're-architecture', 'rearchitecture', 'split',
];

/**
 * Words that name an engineering problem: what was slow, failing, risky or painful. One of these, or
 * an "after/because/due to" clause, shows the challenge.
 */
export const PROBLEM_WORDS: readonly string[] = [
  'latency', 'slow', 'slowness', 'slowdowns', 'slowdown', 'error', 'errors', 'failure', 'failures', 'failed',
  'failing', 'outage', 'outages', 'incident', 'incidents', 'downtime', 'duplicate', 'duplicates', 'duplicated',
  'stale', 'lag', 'backlog', 'backlogs', 'bottleneck', 'bottlenecks', 'timeout', 'timeouts', 'flaky', 'flakiness',
  'fragile', 'brittle', 'noisy', 'noise', 'spike', 'spikes', 'leak', 'leaks', 'race condition', 'race conditions',
  'deadlock', 'deadlocks', 'contention', 'drift', 'inconsistent', 'inconsistency', 'inconsistencies', 'corruption',
  'corrupted', 'data loss', 'lost', 'missed', 'dropped', 'regression', 'regressions', 'crash', 'crashes', 'crashing',
  'churn', 'escalation', 'escalations', 'toil', 'manual', 'costly', 'expensive', 'overload', 'overloaded',
  'saturation', 'saturated', 'throttling', 'retry storms', 'hot partitions', 'hot spots', 'hotspots', 'unreliable',
  'broken', 'misconfiguration', 'misconfigured', 'vulnerability', 'vulnerabilities', 'security findings',
  'tech debt', 'technical debt', 'defects', 'complaints', 'paging', 'alert fatigue', 'bloat', 'bloated', 'blocking',
  'blocked', 'stuck', 'ceiling', 'memory pressure', 'oom', 'cold starts', 'cold start', 'risky', 'migration risk',
  'waste', 'wasted', 'overruns', 'overrun', 'sprawl', 'bottlenecked', 'congestion', 'jitter', 'tail latency',
  'surge', 'surges', 'friction', 'pain', 'painful', 'tedious', 'error-prone', 'unowned', 'orphaned', 'undocumented',
  'aging', 'outdated', 'exhausted', 'exhausting', 'exhaustion', 'overwhelmed', 'overwhelming', 'starved', 'stalled',
  'stalling', 'hung', 'piled up', 'piling up', 'ballooned', 'spiked', 'spiking', 'broke', 'breaking', 'leaked', 'leaking',
  'timed out', 'late', 'delays', 'delay', 'delayed', 'unavailable', 'degraded', 'degradation', 'backed up', 'thrashing',
  'hit their ceiling', 'ran out', 'running out', 'out of memory', 'rejected', 'rejections', 'abandoned', 'abandonment',
  'conflicts', 'collisions', 'double', 'timing out', 'unstable', 'instability', 'slowing', 'slowed', 'slowing down', 'hard to', 'impossible to', 'unable to', 'could not', "couldn't", 'kept failing',
];

/** Words that introduce the problem a change answered; the clause after them must name it. */
export const CHALLENGE_CUES: readonly string[] = [
  'after', 'because', 'due to', 'when', 'whenever', 'once', 'as', 'caused', 'causing', 'which caused', 'despite', 'amid',
  'under', 'in response to', 'following', 'that kept', 'which kept', 'where',
];

/** Purposes that imply a problem on their own ("to unblock weekly releases", "to stop double charges"). */
export const PROBLEM_PURPOSES: readonly string[] = [
  'to fix', 'to stop', 'to prevent', 'to address', 'to eliminate', 'to resolve', 'to avoid', 'to unblock', 'to end',
  'to remove', 'to reduce', 'to cut', 'to curb', 'to contain', 'to mitigate', 'to recover', 'to untangle', 'to replace',
  'to retire', 'to survive', 'to withstand', 'to absorb', 'to handle', 'so that no', 'instead of manually',
];

/** In a cue clause, a measure that moved the wrong way is the problem ("after licence costs doubled"). */
export const WORSENING_WORDS: readonly string[] = [
  'doubled', 'tripled', 'grew', 'rose', 'climbed', 'spiked', 'surged', 'jumped', 'ballooned', 'exploded', 'increased',
  'dropped', 'fell', 'slipped', 'degraded', 'outgrew', 'exceeded', 'multiplied', 'tenfold', 'threefold', 'twofold',
];

/** Scope nouns: a number in front of one of these is the size of the work, not its result. */
export const SCOPE_NOUNS: readonly string[] = [
  'team', 'teams', 'engineers', 'engineer', 'developers', 'people', 'members', 'regions', 'region', 'countries',
  'markets', 'services', 'microservices', 'users', 'customers', 'clients', 'merchants', 'requests', 'events',
  'messages', 'records', 'rows', 'transactions', 'orders', 'invoices', 'repos', 'repositories', 'apps', 'stores',
  'locations', 'sites', 'offices', 'products', 'surfaces', 'tenants', 'accounts', 'languages', 'partners', 'brands',
  'warehouses', 'clusters', 'nodes', 'servers', 'machines', 'hosts', 'pods', 'tables', 'endpoints', 'apis', 'devices',
];

/** Nouns for problems whose count, removed or prevented, is a result ("eliminated 14 flaky tests"). */
export const PROBLEM_COUNT_NOUNS: readonly string[] = [
  'bugs', 'bug', 'defects', 'defect', 'incidents', 'incident', 'outages', 'outage', 'errors', 'failures', 'tickets',
  'escalations', 'alerts', 'pages', 'vulnerabilities', 'findings', 'issues', 'regressions', 'crashes', 'tests',
  'flaky', 'manual', 'steps', 'hours', 'days', 'minutes', 'weeks', 'sev1', 'sev2', 'sev1s', 'sev2s', 'p1', 'p1s',
  'complaints', 'chargebacks', 'duplicates', 'warnings', 'leaks', 'violations', 'hotfixes', 'rollbacks', 'jobs',
  'dependencies', 'servers', 'instances', 'licenses', 'queries', 'lines', 'handoffs',
];

/** Verbs that remove or prevent problems: with a count after them, a result. */
export const REMOVAL_VERBS: readonly string[] = [
  'eliminated', 'eliminating', 'removed', 'removing', 'fixed', 'fixing', 'resolved', 'resolving', 'prevented',
  'preventing', 'closed', 'closing', 'caught', 'catching', 'blocked', 'blocking', 'avoided', 'avoiding', 'retired',
  'retiring', 'deleted', 'deleting', 'decommissioned', 'decommissioning', 'remediated', 'remediating', 'patched',
  'stopped', 'averted', 'killed', 'cleared', 'clearing', 'saved', 'saving', 'freed', 'freeing', 'reclaimed', 'recovered',
  'automated away', 'cut', 'cutting', 'reduced', 'reducing', 'dropped', 'dropping', 'shaved', 'shaving', 'trimmed',
  'trimming', 'consolidated', 'ended', 'ending',
];

/** Units of time, size and rate that make a number measurable. */
export const UNITS: readonly string[] = [
  'ms', 'msec', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute',
  'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'µs', 'us',
  'kb', 'mb', 'gb', 'tb', 'pb', 'rps', 'qps', 'tps', 'rpm', 'ops', 'req/s', 'k', 'm', 'bn', 'b', 'x', 'pp', 'bps',
  'points', 'pts', 'percent', 'percentage', 'fps', 'ghz', 'mhz', 'gbps', 'mbps', 'cores', 'vcpus', 'nodes', 'instances',
];

/** Comparators that turn a number into a level reached ("p99 below 80ms", "under 4 minutes"). */
export const LEVEL_COMPARATORS: readonly string[] = [
  'below', 'under', 'less than', 'within', 'at most', 'at least', 'above', 'over', 'more than', 'beyond', 'up to',
  'down to', 'sub', 'to', 'of', 'at', 'near', 'nearly', 'almost', 'only', 'just', 'consistent', 'steady',
];

/** Words of money or time saved that make a currency amount a result. */
export const MONEY_OUTCOMES: readonly string[] = [
  'saved', 'saving', 'savings', 'save', 'cut', 'cutting', 'reduced', 'reducing', 'lowered', 'revenue', 'recovered',
  'raised', 'raising', 'secured', 'closed', 'sold', 'booked', 'funding', 'sales',
  'generated', 'generating', 'added', 'adding', 'grew', 'growing', 'increased', 'increasing', 'unlocked', 'avoided',
  'cost', 'costs', 'spend', 'arr', 'mrr', 'gmv', 'profit', 'margin', 'bookings', 'upsell', 'retained', 'won',
  'trimmed', 'trimming', 'shaved', 'shaving', 'lowering', 'bill', 'worth',
];

/** Outcome nouns a plain "no"/"zero" turns into a result ("no lost orders", "zero downtime"). */
export const ZERO_OUTCOMES: readonly string[] = [
  'lost', 'missed', 'dropped', 'failed', 'duplicate', 'duplicated', 'downtime', 'outages', 'outage', 'incidents',
  'incident', 'regressions', 'regression', 'data loss', 'errors', 'escalations', 'customer impact', 'user impact',
  'rollbacks', 'pages', 'sev1', 'sev1s', 'sev2', 'sev2s', 'defects', 'bugs', 'complaints', 'breaches', 'violations',
  'findings', 'unplanned', 'manual', 'double charges', 'double-charges', 'chargebacks', 'leaks', 'interruptions',
  'duplicates', 'oversells', 'oversold', 'stuck', 'misses', 'failures',
];

/** Adjectives that make a counted thing a problem: "removed 300 duplicate events" is a result, not scope. */
export const PROBLEM_ADJECTIVES: readonly string[] = [
  'duplicate', 'duplicated', 'failed', 'failing', 'flaky', 'lost', 'missed', 'stale', 'broken', 'dropped', 'orphaned',
  'redundant', 'unused', 'dead', 'false', 'noisy', 'stuck', 'invalid', 'corrupt', 'corrupted', 'manual',
];

/** Words that make a following number a version rather than a quantity ("version 3", "v2", "Java 17"). */
export const VERSION_CUES: readonly string[] = ['version', 'versions', 'v', 'release', 'level', 'tier', 'stage', 'phase', 'step', 'sprint', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'cohort', 'gen', 'generation', 'series', 'type'];

/** -ing words that describe an activity, not a product area ("processing services"). */
export const GENERIC_GERUNDS: readonly string[] = [
  'processing', 'computing', 'hosting', 'networking', 'programming', 'engineering', 'coding', 'working', 'existing',
  'using', 'running', 'leading', 'growing', 'supporting', 'serving', 'including', 'shipping', 'building', 'developing',
  'maintaining', 'handling', 'powering', 'managing', 'operating', 'creating', 'making', 'enabling', 'improving',
  'reducing', 'cutting', 'delivering', 'owning', 'writing', 'designing', 'implementing', 'scaling', 'evolving',
];

/**
 * Nouns the guidance calls generic: on their own (or with a technology name) they name no system.
 * missing-system quotes them back to the reader.
 */
export const GENERIC_NOUNS: readonly string[] = [
  'backend', 'backends', 'back-end', 'api', 'apis', 'service', 'services', 'microservice', 'microservices', 'feature',
  'features', 'code', 'codebase', 'application', 'applications', 'app', 'apps', 'database', 'databases', 'db', 'system',
  'systems', 'tool', 'tools', 'tooling', 'bug', 'bugs', 'task', 'tasks', 'issue', 'issues', 'ticket', 'tickets',
  'project', 'projects', 'component', 'components', 'module', 'modules', 'endpoint', 'endpoints', 'website', 'websites',
  'software', 'solution', 'solutions', 'platform', 'platforms', 'infrastructure', 'infra', 'frontend', 'front-end',
  'server', 'servers', 'scripts', 'script', 'functions', 'function', 'pipelines', 'pipeline', 'jobs', 'stack',
  'products', 'product', 'web', 'monitoring', 'logging', 'deployments', 'production', 'requirements', 'enhancements',
  'improvements', 'changes', 'work', 'things', 'stuff', 'items', 'pages', 'ui', 'workflows', 'integrations', 'alerting',
  'dashboards', 'reports', 'observability', 'operations', 'migration', 'migrations', 'refactor', 'refactoring',
  'rewrite', 'rewrites', 'upgrade', 'upgrades', 'optimization', 'optimizations', 'optimisation', 'automation',
  'architecture', 'architectures', 'design', 'designs', 'prototype', 'prototypes', 'poc', 'pocs', 'mvp', 'demo',
];

/** Verbs too general to count as the method behind a claimed gain ("built", "worked"). */
export const WEAK_CHANGE_VERBS: readonly string[] = [
  'built', 'building', 'developed', 'developing', 'created', 'creating', 'designed', 'designing', 'wrote', 'writing',
  'contributed', 'optimized', 'optimised', 'optimizing', 'launched', 'launching', 'shipped', 'deployed', 'deploying',
  'implemented', 'implementing', 'architected', 'enabled', 'enabling', 'defined', 'drafted', 'authored',
];

/** Function words: never a modifier of a system noun. */
export const STOPWORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over',
  'under', 'across', 'via', 'using', 'through', 'as', 'that', 'which', 'who', 'while', 'so', 'than', 'then', 'per',
  'each', 'every', 'all', 'our', 'their', 'its', 'my', 'his', 'her', 'your', 'this', 'these', 'those', 'is', 'was',
  'were', 'be', 'been', 'are', 'has', 'had', 'have', 'it', 'we', 'i', 'they', 'he', 'she', 'after', 'before', 'during',
  'when', 'where', 'about', 'around', 'between', 'within', 'without', 'up', 'down', 'out', 'off', 'not', 'no', 'more',
  'most', 'less', 'new', 'both', 'how', 'what', 'why', 'whom', 'whose', 'there', 'here', 'them', 'him', 'me', 'us',
  'maintain', 'develop', 'design', 'implement', 'improve', 'optimize', 'automate', 'migrate', 'integrate', 'monitor',
  'debug', 'deliver', 'drive', 'ensure', 'perform', 'provide', 'collaborate', 'work', 'lead', 'mentor', 'review',
  'configure', 'upgrade', 'refactor', 'rewrite', 'document', 'define', 'plan', 'coordinate', 'troubleshoot',
  'resolve', 'investigate', 'analyze', 'analyse', 'research', 'could', 'would', 'should', 'can', 'will', 'may', 'might', 'must', 'did', 'does', 'do', 'ship', 'build', 'run', 'make', 'use', 'deploy', 'create', 'manage', 'own', 'help', 'support', 'handle', 'keep', 'let', 'get', 'move', 'add', 'write', 'fix', 'test', 'launch', 'also', 'plus', 'including', 'such', 'like', 'some', 'any', 'other', 'own', 'owned',
];

/**
 * More technology names, for telling a bare technology from a system name only (the tech-name rule's
 * spelling list is data/tech-names.ts; these are not spell-checked). Lower case; several words match
 * token by token. `EVERYDAY_TECH` are also ordinary words: they count only when capitalised.
 */
export const MORE_TECH_NAMES: readonly string[] = [
  'flutter', 'react native', 'xamarin', 'ionic', 'electron', 'swiftui', 'jetpack compose', 'hibernate', 'jpa',
  'mybatis', 'pandas', 'numpy', 'scipy', 'tailwind', 'tailwind css', 'bootstrap', 'webpack', 'vite', 'babel', 'nuxt',
  'gatsby', 'remix', 'astro', 'prisma', 'sequelize', 'typeorm', 'mongoose', 'sqlalchemy', 'postman', 'swagger',
  'openapi', 'mockito', 'pytest', 'rspec', 'jasmine', 'mocha', 'karma', 'zookeeper', 'consul', 'vault', 'nomad',
  'packer', 'chef', 'puppet', 'saltstack', 'kustomize', 'traefik', 'haproxy', 'varnish', 'solr', 'lucene', 'hive',
  'presto', 'trino', 'dbt', 'looker', 'tableau', 'power bi', 'metabase', 'superset', 'pulsar', 'nats', 'temporal',
  'keycloak', 'auth0', 'okta', 'cognito', 'fargate', 'athena', 'glue', 'step functions', 'cloud run',
  'cloud functions', 'app engine', 'pub/sub', 'bigtable', 'spanner', 'firestore', 'cosmos db', 'aurora', 'rds',
  'elasticache', 'cloudfront', 'route 53', 'emr', 'msk',  'dataflow', 'beam', 'storm', 'samza', 'druid',
  'pinot', 'timescaledb', 'couchbase', 'couchdb', 'hbase', 'etcd', 'minio', 'ceph', 'graphite', 'fluentd',
  'fluent bit', 'vector', 'loki', 'tempo', 'zipkin',  'honeycomb', 'opsgenie', 'statuspage', 'rollbar',
  'bugsnag', 'launchdarkly', 'unleash', 'spinnaker', 'flux', 'argo', 'tekton', 'buildkite', 'travis ci', 'teamcity',
  'bamboo', 'sonarqube', 'snyk', 'dependabot', 'renovate', 'nexus', 'artifactory', 'pnpm', 'yarn', 'lerna', 'nx',
  'turborepo', 'bazel', 'cmake', 'make', 'sbt', 'cargo', 'pip', 'poetry', 'conda', 'jupyter', 'streamlit', 'gradio',
  'hugging face', 'transformers',  'llamaindex', 'pinecone', 'weaviate', 'milvus', 'faiss', 'onnx',
  'tensorrt', 'cuda', 'ray', 'kubeflow', 'mlflow', 'airbyte', 'fivetran', 'segment', 'mixpanel', 'amplitude',
  'stripe', 'braintree', 'adyen', 'paypal', 'sendgrid', 'mailgun', 'postmark', 'slack', 'discord', 'zapier',
  'salesforce', 'hubspot', 'zendesk', 'shopify', 'wordpress', 'drupal', 'contentful', 'strapi', 'sanity', 
  'mobx', 'rxjs',  'd3', 'three.js', 'socket.io', 'websockets', 'websocket', 'webrtc',  'protobuf',
  'thrift', 'avro', 'parquet', 'kotlin coroutines', 'tokio', 'actix', 'axum', 'gin', 'echo', 'fiber', 'phoenix',
  'sinatra', 'koa', 'hapi', 'fastify', 'quarkus', 'micronaut', 'dropwizard', 'vert.x', 'akka', 'play', 'ktor',
  'unity', 'unreal', 'godot', 'opengl', 'vulkan', 'metal', 'arkit', 'core data', 'realm',  'coredns',
  'calico', 'cilium', 'linkerd',  'kong', 'apigee', 'tyk', 'cloudflare workers', 'workers', 'deno deploy',
  'windows', 'ubuntu', 'debian', 'centos', 'rhel', 'unix',  'powershell', 'zsh', 'vim', 'emacs', 'vs code',
  'intellij', 'xcode', 'android studio', 'excel', 'google sheets', 'notion', 'confluence', 'trello', 'asana',
];

/** Of the names above, those that are also everyday words; they count only when capitalised. */
export const EVERYDAY_TECH: readonly string[] = [
  'electron', 'bootstrap', 'remix', 'astro', 'vault', 'nomad', 'packer', 'chef', 'puppet', 'hive', 'presto', 'temporal',
  'glue', 'aurora', 'beam', 'storm', 'vector', 'tempo', 'flux', 'argo', 'nexus', 'make', 'cargo', 'pip', 'poetry',
  'ray', 'segment', 'slack', 'sanity', 'gin', 'echo', 'fiber', 'phoenix', 'play', 'unity', 'metal', 'realm', 'workers',
  'windows', 'excel', 'notion', 'kong', 'spanner', 'athena', 'looker', 'amplitude', 'tableau', 'snyk',
];
