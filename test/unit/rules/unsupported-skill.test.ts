import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, messagesClean, resume, role } from './resume-doc';

const skills = (line: string) => ['## Skills', '', line, ''];
const experience = (...bullets: string[]) => ['## Experience', '', role('Backend Engineer | Marlpit | 2021 – 2024', ...bullets)];

test('unsupported-skill: a listed skill no bullet uses is information, pointing to where it would show', () => {
  const text = resume(...skills('Go, Kafka, Terraform'), ...experience('Built the fraud-scoring API in Go, fed by a Kafka topic of 2M card events a day.'));
  const fs = findings('unsupported-skill', text);
  assert.deepEqual(fs.map((f) => [f.words, f.severity]), [['Terraform', 'info']]);
  assert.match(fs[0].message, /“Terraform”/);
  assert.ok(messagesClean('unsupported-skill', fs));
  const rel = fs[0].related?.[0];
  assert.ok(rel && text.slice(rel.start, rel.end).startsWith('Backend Engineer | Marlpit'), 'related points at the most recent role');
});

test('unsupported-skill: aliases count both ways (Postgres = PostgreSQL, k8s = Kubernetes, JS = JavaScript)', () => {
  const text = resume(
    ...skills('PostgreSQL, Kubernetes, JS, Amazon Web Services, Microservices'),
    ...experience('Moved 14 Postgres-backed services onto k8s with zero downtime.', 'Rewrote the JavaScript checkout widget loader for AWS Lambda@Edge.', 'Split the monolith into 6 microservices.'),
  );
  assert.deepEqual(findings('unsupported-skill', text), []);
});

test('unsupported-skill: a stack line or an entry title backs a skill; the summary does not', () => {
  const text = resume(
    '## Summary',
    '',
    'Backend engineer who loves Rust and Elixir.',
    '',
    ...skills('Rust, Elixir, Redis'),
    '## Experience',
    '',
    role('Backend Engineer | Marlpit | 2021 – 2024 | Redis, Go, gRPC', 'Built the session store.'),
    role('Elixir Developer | Cobnut | 2019 – 2021', 'Ran the chat presence service.'),
  );
  assert.deepEqual(findings('unsupported-skill', text).map((f) => f.words), ['Rust']);
});

test('unsupported-skill: everyday-word technologies must be written as names', () => {
  const text = resume(...skills('Go, React'), ...experience('Helped the team go live with a react-to-alerts runbook for 3 services.'));
  assert.deepEqual(findings('unsupported-skill', text).map((f) => f.words), ['Go', 'React']);
});

test('unsupported-skill: quiet without a Skills section, and for words in words.allow', () => {
  assert.deepEqual(findings('unsupported-skill', resume(...experience('Built the session store in Redis.'))), []);
  const text = resume(...skills('Spanish, Redis'), ...experience('Built the session store in Redis.'));
  assert.equal(findings('unsupported-skill', text).length, 1);
  assert.deepEqual(findings('unsupported-skill', text, { words: { allow: ['Spanish'] } }), []);
});

test('unsupported-skill: a combined entry ("HTML/CSS", "SQL (Postgres)") is backed by any of its parts', () => {
  const text = resume(...skills('HTML/CSS, SQL (Postgres), C/C++'), ...experience('Cut the render time of the invoice PDF template by 40% by inlining its CSS.', 'Moved reporting queries to Postgres read replicas.'));
  assert.deepEqual(findings('unsupported-skill', text).map((f) => f.words), ['C/C++']);
});
