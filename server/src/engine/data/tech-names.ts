/**
 * Technology names as data: the canonical spelling, other spellings that are fine as written, and
 * wrong spellings. Read by the `tech-name` rule (spelling) and by the proof rules (is a word a bare
 * technology name?). Matching is case-insensitive and by whole tokens (see checks/tokens.ts), so a
 * form is listed once in any casing; a form of several words matches across spaces or hyphens.
 *
 * `ambiguous` lists lower-case forms that are also ordinary English words ("go", "react", "spring",
 * "node"). Written in lower case (or capitalised at a sentence start, which is the canonical form
 * anyway) they are never flagged and are not counted as a technology mention on their own.
 */
export interface TechName {
  /** the canonical spelling, e.g. "PostgreSQL" */
  name: string;
  /** other spellings that are correct exactly as written here, e.g. "Postgres", "K8s" */
  accepted?: readonly string[];
  /** wrong spellings (matched in any casing), rewritten to `name` */
  misspellings?: readonly string[];
  /** lower-case forms (of `name` or an accepted spelling) that are also everyday words */
  ambiguous?: readonly string[];
  /**
   * wrong spellings made of everyday words ("fast api", "my sql"), counted only when every word is
   * capitalised ("Fast API", "My SQL"): "a fast API" and "my SQL queries" are English
   */
  titleCaseMisspellings?: readonly string[];
}

export const TECH_NAMES: readonly TechName[] = [
  // languages
  { name: 'JavaScript', accepted: ['JS'], titleCaseMisspellings: ['java script'], misspellings: ['javascipt', 'javasript', 'javscript'] },
  { name: 'TypeScript', accepted: ['TS'], misspellings: ['type script', 'typescipt', 'typscript'] },
  { name: 'Python', misspellings: ['phyton', 'pyhton'] },
  { name: 'Java' },
  { name: 'Go', accepted: ['Golang'], ambiguous: ['go'] },
  { name: 'Rust', ambiguous: ['rust'] },
  { name: 'Ruby' },
  { name: 'Kotlin' },
  { name: 'SwiftUI' },
  { name: 'Flutter', ambiguous: ['flutter'] },
  { name: 'Swift', ambiguous: ['swift'] },
  { name: 'Scala' },
  { name: 'PHP' },
  { name: 'C++', misspellings: ['cpp'] },
  { name: 'C#', misspellings: ['csharp', 'c sharp'] },
  { name: 'Objective-C', misspellings: ['objectivec'] },
  { name: 'Elixir', ambiguous: ['elixir'] },
  { name: 'Erlang' },
  { name: 'Haskell' },
  { name: 'Clojure' },
  { name: 'Perl' },
  { name: 'Lua' },
  { name: 'Bash', ambiguous: ['bash'] },
  { name: 'Dart', ambiguous: ['dart'] },
  { name: 'SQL' },
  { name: 'GraphQL', misspellings: ['graph ql'] },
  { name: 'HTML' },
  { name: 'CSS' },
  // runtimes and frameworks
  { name: 'Node.js', accepted: ['Node'], misspellings: ['nodejs', 'node js'], ambiguous: ['node'] },
  { name: 'Deno' },
  { name: 'React', accepted: ['React.js'], misspellings: ['reactjs', 'react js'], ambiguous: ['react'] },
  { name: 'React Native', misspellings: ['reactnative'] },
  { name: 'Angular', ambiguous: ['angular'] },
  { name: 'AngularJS', misspellings: ['angular js', 'angular.js'] },
  { name: 'Vue.js', accepted: ['Vue'], misspellings: ['vuejs', 'vue js'] },
  { name: 'Next.js', misspellings: ['nextjs', 'next js'] },
  { name: 'Svelte', ambiguous: ['svelte'] },
  { name: 'Redux', ambiguous: ['redux'] },
  { name: 'jQuery' },
  { name: 'RxJS' },
  { name: 'Storybook' },
  { name: 'styled-components' },
  { name: 'Apollo', ambiguous: ['apollo'] },
  { name: 'Retrofit', ambiguous: ['retrofit'] },
  { name: 'GraalVM' },
  { name: 'Hibernate', ambiguous: ['hibernate'] },
  { name: 'Kotlin Multiplatform' },
  { name: 'Express', accepted: ['Express.js'], misspellings: ['expressjs', 'express js'], ambiguous: ['express'] },
  { name: 'NestJS', misspellings: ['nest js'] },
  { name: 'Django' },
  { name: 'Flask', ambiguous: ['flask'] },
  { name: 'FastAPI', titleCaseMisspellings: ['fast api'] },
  { name: 'Spring Boot', accepted: ['Spring'], misspellings: ['springboot'], ambiguous: ['spring'] },
  { name: 'Ruby on Rails', accepted: ['Rails', 'RoR'], misspellings: ['rubyonrails'], ambiguous: ['rails'] },
  { name: 'Laravel' },
  { name: '.NET', misspellings: ['dotnet', 'dot net'] },
  { name: 'ASP.NET', misspellings: ['asp net'] },
  { name: 'gRPC' },
  { name: 'Celery', ambiguous: ['celery'] },
  { name: 'Sidekiq' },
  { name: 'TensorFlow', misspellings: ['tensor flow'] },
  { name: 'PyTorch', misspellings: ['py torch'] },
  { name: 'NumPy' },
  { name: 'scikit-learn', accepted: ['Scikit-learn'] },
  { name: 'LangChain' },
  { name: 'OpenAI', titleCaseMisspellings: ['open ai'] },
  // data stores
  { name: 'PostgreSQL', accepted: ['Postgres'], misspellings: ['postgre', 'postgress', 'postgressql', 'postgre sql', 'postgres sql'] },
  { name: 'MySQL', titleCaseMisspellings: ['my sql'] },
  { name: 'MongoDB', accepted: ['Mongo'], misspellings: ['mongo db'] },
  { name: 'Redis' },
  { name: 'DynamoDB', accepted: ['Dynamo'], misspellings: ['dynamo db'], ambiguous: ['dynamo'] },
  { name: 'Elasticsearch', titleCaseMisspellings: ['elastic search'] },
  { name: 'OpenSearch', titleCaseMisspellings: ['open search'] },
  { name: 'Cassandra' },
  { name: 'SQLite' },
  { name: 'SQL Server', accepted: ['MSSQL'] },
  { name: 'Oracle', ambiguous: ['oracle'] },
  { name: 'MariaDB' },
  { name: 'CockroachDB' },
  { name: 'ClickHouse' },
  { name: 'Snowflake', ambiguous: ['snowflake'] },
  { name: 'BigQuery', titleCaseMisspellings: ['big query'] },
  { name: 'Redshift' },
  { name: 'Memcached' },
  { name: 'Neo4j' },
  { name: 'InfluxDB' },
  { name: 'Firebase' },
  { name: 'Firestore' },
  { name: 'Prisma', ambiguous: ['prisma'] },
  { name: 'Entity Framework' },
  { name: 'Supabase' },
  // messaging and data processing
  { name: 'Kafka', misspellings: ['kafak'] },
  { name: 'RabbitMQ', misspellings: ['rabbit mq'] },
  { name: 'SQS' },
  { name: 'SNS' },
  { name: 'Kinesis' },
  { name: 'ZeroMQ' },
  { name: 'Spark', ambiguous: ['spark'] },
  { name: 'Flink' },
  { name: 'Hadoop' },
  { name: 'Airflow', ambiguous: ['airflow'] },
  { name: 'Databricks' },
  // cloud
  { name: 'AWS' },
  { name: 'Azure', ambiguous: ['azure'] },
  { name: 'Google Cloud', accepted: ['GCP', 'Google Cloud Platform'] },
  { name: 'Lambda', ambiguous: ['lambda'] },
  { name: 'S3' },
  { name: 'EC2' },
  { name: 'ECS' },
  { name: 'EKS' },
  { name: 'CloudFormation' },
  { name: 'CloudWatch' },
  { name: 'Step Functions', ambiguous: ['step functions'] },
  { name: 'Fargate' },
  { name: 'Aurora', ambiguous: ['aurora'] },
  { name: 'RDS' },
  { name: 'SageMaker' },
  { name: 'Heroku' },
  { name: 'Vercel' },
  { name: 'Netlify' },
  { name: 'Cloudflare' },
  { name: 'DigitalOcean', titleCaseMisspellings: ['digital ocean'] },
  { name: 'OpenShift' },
  // infrastructure, delivery, tooling
  { name: 'Docker' },
  { name: 'Kubernetes', accepted: ['K8s', 'k8s'], misspellings: ['kubernates', 'kubernets', 'kubernetties'] },
  { name: 'Terraform' },
  { name: 'Pulumi' },
  { name: 'Ansible' },
  { name: 'Helm', ambiguous: ['helm'] },
  { name: 'Jenkins' },
  { name: 'Git', ambiguous: ['git'] },
  { name: 'GitHub', misspellings: ['git hub'] },
  { name: 'GitHub Actions' },
  { name: 'GitLab', misspellings: ['git lab'] },
  { name: 'Bitbucket' },
  { name: 'CircleCI', misspellings: ['circle ci'] },
  { name: 'Argo CD', accepted: ['ArgoCD'] },
  { name: 'NGINX', accepted: ['Nginx', 'nginx'] },
  { name: 'Istio' },
  { name: 'Envoy', ambiguous: ['envoy'] },
  { name: 'Linux' },
  { name: 'Prometheus' },
  { name: 'Grafana' },
  { name: 'Datadog' },
  { name: 'Splunk' },
  { name: 'Sentry', ambiguous: ['sentry'] },
  { name: 'New Relic', misspellings: ['newrelic'] },
  { name: 'PagerDuty', titleCaseMisspellings: ['pager duty'] },
  { name: 'OpenTelemetry', accepted: ['OTel'], misspellings: ['open telemetry'] },
  { name: 'Jaeger' },
  { name: 'Kibana' },
  { name: 'Logstash' },
  { name: 'Jira', accepted: ['JIRA'] },
  { name: 'npm' },
  { name: 'Gradle' },
  { name: 'Bazel' },
  { name: 'Flyway' },
  { name: 'Fastlane' },
  { name: 'Salesforce' },
  { name: 'Zendesk' },
  { name: 'Tableau' },
  { name: 'Maven', ambiguous: ['maven'] },
  { name: 'JUnit' },
  { name: 'Jest', ambiguous: ['jest'] },
  { name: 'Cypress', ambiguous: ['cypress'] },
  { name: 'Selenium', ambiguous: ['selenium'] },
  { name: 'Playwright', ambiguous: ['playwright'] },
  { name: 'OAuth' },
  { name: 'macOS' },
  { name: 'iOS' },
  { name: 'Android' },
  { name: 'Figma' },
  { name: 'Twilio' },
  { name: 'Stripe', ambiguous: ['stripe'] },
  { name: 'Excel', ambiguous: ['excel'] },
  { name: 'Looker' },
  { name: 'Power BI', misspellings: ['powerbi'] },
  { name: 'Postman', ambiguous: ['postman'] },
  { name: 'Fastly' },
  { name: 'Vault', ambiguous: ['vault'] },
  { name: 'Consul', ambiguous: ['consul'] },
];

/** What a lower-case form stands for. */
export interface TechForm {
  tech: TechName;
  /** the correct spelling of this form: the canonical name, or the accepted spelling it is a casing of */
  correct: string;
  /** a listed misspelling (as opposed to a casing slip of a correct form) */
  misspelling: boolean;
  /** an everyday English word in lower case */
  ambiguous: boolean;
  /** a misspelling made of everyday words: only the technology when every word is capitalised */
  titleCaseOnly?: boolean;
}

/** Normalises a form for lookup: lower case, words joined by one space (hyphens and runs of space alike). */
export function techKey(form: string): string {
  return form.toLowerCase().replace(/[\s\u00a0-]+/g, ' ').trim();
}

let index: Map<string, TechForm> | undefined;

/** Every form, keyed by {@link techKey}. Built once, on first use. */
export function techIndex(): ReadonlyMap<string, TechForm> {
  if (index) return index;
  index = new Map();
  for (const tech of TECH_NAMES) {
    const amb = new Set(tech.ambiguous ?? []);
    for (const form of [tech.name, ...(tech.accepted ?? [])]) {
      const key = techKey(form);
      if (!index.has(key)) index.set(key, { tech, correct: form, misspelling: false, ambiguous: amb.has(key) });
    }
    for (const form of tech.misspellings ?? []) {
      const key = techKey(form);
      if (!index.has(key)) index.set(key, { tech, correct: tech.name, misspelling: true, ambiguous: false });
    }
    for (const form of tech.titleCaseMisspellings ?? []) {
      const key = techKey(form);
      if (!index.has(key)) index.set(key, { tech, correct: tech.name, misspelling: true, ambiguous: false, titleCaseOnly: true });
    }
  }
  return index;
}

/**
 * Looks a word or phrase up in any casing: "postgresql", "Node JS", "k8s". Undefined when it is not a
 * known technology form. O(1) after the first call.
 */
export function lookupTech(word: string): TechForm | undefined {
  return techIndex().get(techKey(word));
}

/** Whether `written` is a correct spelling (canonical or accepted, exact casing). */
export function isCorrectTechSpelling(written: string): boolean {
  const f = lookupTech(written);
  return !!f && !f.misspelling && (f.tech.name === written || (f.tech.accepted ?? []).includes(written));
}
