import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuggestion, findings, messagesClean, resume, role } from './resume-doc';

const ended = (...bullets: string[]) => resume('## Experience', '', role('Platform Engineer | Brightwell | 2018 – 2021', ...bullets));
const current = (...bullets: string[]) => resume('## Experience', '', role('Staff Engineer | Kelpie Labs | Mar 2022 – Present', ...bullets));

test('tense: a finished role in the present tense is a warning, with the past as quick fix (irregular verbs too)', () => {
  const text = ended('Run the nightly settlement batch for 40 merchant banks.', 'Lead the move of card tokens into a separate vault.', 'Migrates ledger rows to the new schema each night.');
  const fs = findings('tense', text);
  assert.deepEqual(fs.map((f) => [f.words, f.severity]), [['Run', 'warning'], ['Lead', 'warning'], ['Migrates', 'warning']]);
  assert.match(fs[0].message, /“Run”.*2018 – 2021.*“Ran”/);
  assert.ok(messagesClean('tense', fs));
  let fixed = text;
  for (const f of [...fs].reverse()) fixed = applySuggestion(fixed, f);
  assert.match(fixed, /- Ran the nightly/);
  assert.match(fixed, /- Led the move/);
  assert.match(fixed, /- Migrated ledger rows/);
  assert.deepEqual(findings('tense', fixed), [], 'after the fixes the role reads in one tense');
});

test('tense: a current role slipping into the past, against a present majority, converts to the present', () => {
  const text = current('Build the payout scheduler for 3,000 merchants.', 'Own the on-call rotation for the ledger.', 'Wrote the runbook for failed payouts.');
  const fs = findings('tense', text);
  assert.deepEqual(fs.map((f) => f.words), ['Wrote']);
  assert.equal(fs[0].suggestions?.[0].title, 'Change “Wrote” to “Write”');
  assert.ok(fs[0].related?.length, 'points to a bullet in the present');
});

test('tense: the present form matches the resume ("Builds" when the rest uses -s)', () => {
  const text = current('Builds the payout scheduler for 3,000 merchants.', 'Owns the on-call rotation for the ledger.', 'Drove the retry redesign for failed payouts.');
  assert.equal(findings('tense', text)[0].suggestions?.[0].title, 'Change “Drove” to “Drives”');
});

test('tense: mixed tenses in an undated project go to the majority', () => {
  const text = resume('## Projects', '', role('Tidepool | Rust, SQLite', 'Built a tide-table cache in Rust.', 'Wrote a SQLite importer for 40 years of readings.', 'Add a CLI for offline lookups.'));
  assert.deepEqual(findings('tense', text).map((f) => f.words), ['Add']);
});

test('tense: stays quiet on consistent roles, a current role told in the past, same-spelled verbs and nouns', () => {
  const texts = [
    ended('Ran the nightly settlement batch for 40 merchant banks.', 'Led the move of card tokens into a separate vault.'),
    current('Build the payout scheduler.', 'Lead the ledger on-call rotation.', 'Cut payout failures by 30%.'),
    current('Built the payout scheduler.', 'Led the ledger on-call rotation.'),
    ended('Cut failed settlements from 2% to 0.3%.', 'Set up tracing for the batch workers.', 'Lead engineer for the vault migration, moving 9M tokens.'),
    ended('**Vault service**: Rebuilt token storage on HSM-backed keys.'),
    resume('## Experience', '', role('Engineer | Quay | 2019 – 2020', 'Payments API with idempotent retries.', 'Support for 4 currencies in the refund flow.')),
  ];
  for (const t of texts) assert.deepEqual(findings('tense', t), [], t);
});

test('tense: a lead-in before the verb is skipped', () => {
  const fs = findings('tense', ended('**Vault service**: Rebuild token storage on HSM-backed keys.'));
  assert.deepEqual(fs.map((f) => f.words), ['Rebuild']);
  assert.match(fs[0].message, /“Rebuilt”/);
});

test('tense: -ing openers are left alone (often nouns or participles)', () => {
  assert.deepEqual(findings('tense', ended('Using Kafka, cut settlement lag from 3 hours to 20 minutes.', 'Monitoring and alerting for 40 bank links.', 'Led the vault migration.')), []);
});

test('tense: "Cuts" is present even though "Cut" is both', () => {
  const fs = findings('tense', ended('Cuts failed settlements from 2% to 0.3%.'));
  assert.deepEqual(fs.map((f) => f.words), ['Cuts']);
  assert.match(fs[0].message, /“Cut”/);
});

test('tense: a single date is not a finished range (it may start an open-ended role)', () => {
  const text = resume('## Experience', '', role('Engineer | Quay | 2023 –', 'Build the refund service.', 'Own the payments on-call rotation.'));
  assert.deepEqual(findings('tense', text), []);
});
