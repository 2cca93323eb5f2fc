import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disagreements, findingsOf } from '../proof-doc';

const table = {
  invalid: [
    'Wrote Lambda functions in Python with DynamoDB.',
    'Developed REST APIs using Node.js and Express.',
    'Deployed services to Kubernetes with Helm and Terraform.',
    'Created Grafana dashboards and Prometheus alerts.',
    'Used Spring Boot and Java to build microservices.',
    'Managed Kafka clusters and Jenkins pipelines.',
    'Migrated applications to Docker and ECS.',
  ],
  valid: [
    'Moved the payroll export from cron scripts to Airflow, cutting failed runs from 12 a month to 1.',
    'Rewrote the PDF invoice renderer in Rust.',
    'Added Redis caching to the product catalog API.',
    'Replaced polling with Kafka consumers after delivery updates arrived minutes late.',
    'Cut cold starts of the quote API from 2.3s to 400ms by trimming its Lambda bundle.',
    'Worked on backend APIs and microservices for the company.',
    'Led a team of 6 through the first audit of the platform.',
  ],
};

test('stack-only: warns on technology lists with no product area, problem or result', () => {
  assert.deepEqual(disagreements('stack-only', table), []);
});

test('stack-only: names the technologies it saw and says what to add', () => {
  const [f] = findingsOf('stack-only', [['Wrote Lambda functions in Python with DynamoDB.']]);
  assert.match(f.message, /“Lambda”, “Python” and “DynamoDB”/);
  assert.match(f.message, /product area/);
  assert.doesNotMatch(f.message, /stack-only/);
  assert.equal(f.words, 'Lambda functions in Python with DynamoDB');
});

test('stack-only: an everyday word that is also a technology name in lower case is not a technology', () => {
  assert.equal(findingsOf('stack-only', [['Helped the team go live with a spring release.']]).length, 0);
});
