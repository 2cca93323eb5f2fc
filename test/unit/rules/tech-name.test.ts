import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lintDocument } from '../../../server/src/engine/index';
import { TECH_NAMES } from '../../../server/src/engine/data/tech-names';
import { findingsFor, ruleTester } from './word-tester';

ruleTester('tech-name', {
  valid: [
    'Moved session storage from MongoDB to PostgreSQL on Kubernetes with GitHub Actions.',
    'Ran the Postgres upgrade and the K8s node pool rotation for the ledger.',
    'Wrote the Node.js gateway in TypeScript and the workers in Go.',
    // everyday words that are also technology names stay alone in lower case
    'Helped go-live teams react faster when the spring sale traffic arrived.',
    'Made the express checkout path swift enough to rust-proof the old rails of the cart.',
    'Shipped the 12-node cluster that keeps spark plug orders flowing.',
    // paths, handles and package names are written as their owners spell them
    'Published github.com/fernhill/queue-tools and the postgres_exporter dashboards.',
    'Replaced docker-compose files with Helm charts for 14 services.',
    'Kept the IOS router configs in Git for the branch offices.',
    // misspellings made of everyday words count only when written as a name
    'Tuned my SQL queries behind a fast API for the big query console, with a java script for exports.',
  ],
  invalid: [
    { text: 'Moved session storage from Mongo db to Postgresql on kubernetes.', errors: ['Mongo db', 'Postgresql', 'kubernetes'], output: 'Moved session storage from MongoDB to PostgreSQL on Kubernetes.' },
    { text: 'Rewrote the nodejs gateway in Typescript and published it on Github.', errors: ['nodejs', 'Typescript', 'Github'], output: 'Rewrote the Node.js gateway in TypeScript and published it on GitHub.' },
    { text: 'Added Elastic Search and rabbitmq to the order pipeline.', errors: ['Elastic Search', 'rabbitmq'], message: /usually spelled|the way its makers do/, output: 'Added Elasticsearch and RabbitMQ to the order pipeline.' },
    { text: 'Moved the Fast API service from My SQL to Big Query.', errors: ['Fast API', 'My SQL', 'Big Query'], output: 'Moved the FastAPI service from MySQL to BigQuery.' },
    { text: 'Built the fastapi service behind the graphql layer on aws.', errors: ['fastapi', 'graphql', 'aws'], output: 'Built the FastAPI service behind the GraphQL layer on AWS.' },
    { text: 'Cut DynamoDb costs by 30% by moving cold items to s3.', errors: ['DynamoDb', 's3'], output: 'Cut DynamoDB costs by 30% by moving cold items to S3.' },
    { text: 'Deployed with terraform and Gitlab CI, monitored in datadog.', errors: ['terraform', 'Gitlab', 'datadog'], output: 'Deployed with Terraform and GitLab CI, monitored in Datadog.' },
    { text: 'Ported the ReactJS admin to Next js and the Javascript SDK to TypeScript.', errors: ['ReactJS', 'Next js', 'Javascript'], output: 'Ported the React admin to Next.js and the JavaScript SDK to TypeScript.' },
    { text: 'Wrote the Postgresql-backed ledger and its JAVA client.', errors: ['Postgresql', 'JAVA'], output: 'Wrote the PostgreSQL-backed ledger and its Java client.' },
    { text: 'Moved the pricing jobs to ClickHouse and clickhouse-keeper-free replicas on Clickhouse Cloud.', errors: ['Clickhouse'], output: 'Moved the pricing jobs to ClickHouse and clickhouse-keeper-free replicas on ClickHouse Cloud.' },
    { text: '📦 Packaged the billing worker for kubernetes in 2 weeks.', crlf: true, errors: ['kubernetes'], output: '📦 Packaged the billing worker for Kubernetes in 2 weeks.' },
    { text: 'Ran the temporal workflows for the refund saga.', errors: ['temporal'], config: { words: { techNames: ['Temporal'] } }, output: 'Ran the Temporal workflows for the refund saga.' },
  ],
});

test('tech-name: the list holds at least 80 names, each with a unique canonical spelling', () => {
  assert.ok(TECH_NAMES.length >= 80, `only ${TECH_NAMES.length} names`);
  const names = TECH_NAMES.map((t) => t.name.toLowerCase());
  assert.equal(new Set(names).size, names.length);
});

test('tech-name: checks Skills lines and the stack on an entry title line too', () => {
  const doc = '# Avery Quinn\n\n## Experience\n\n### Backend Engineer | Fernhill | 2020 – 2023 | Go, Postgresql, redis\n\n- Built the quote API for 12 insurers.\n\n## Skills\n\n- Languages: Javascript, Python\n';
  const r = lintDocument(doc, { format: 'markdown' });
  const f = r.findings.filter((x) => x.ruleId === 'tech-name');
  assert.deepEqual(f.map((x) => doc.slice(x.start, x.end)), ['Postgresql', 'redis', 'Javascript']);
  assert.equal(applyFixes(doc, f).text, doc.replace('Postgresql, redis', 'PostgreSQL, Redis').replace('Javascript', 'JavaScript'));
});

test('tech-name: a name the user allows is left as written', () => {
  const { findings } = findingsFor('tech-name', 'Ran the nodejs build farm for 30 teams.', 'Experience', { words: { allow: ['nodejs'] } });
  assert.equal(findings.length, 0);
});

test('tech-name: user names are literal, never regular expressions', () => {
  // "C.*" would match "Cut" and "Cache" as a pattern; as a literal it matches nothing here
  const { findings } = findingsFor('tech-name', 'Cut Cache misses for the C++ pricing engine by 40%.', 'Experience', { words: { techNames: ['C.*', '(a+)+$'] } });
  assert.deepEqual(findings, []);
});
