import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDocument } from '../../../server/src/engine/index';
import { findings, messagesClean, resume, role } from './resume-doc';

const roles = (...titles: string[]) => resume('## Experience', '', ...titles.map((t) => role(t, 'Moved the dispatch board to a websocket feed.')));

test('date-order: an older entry above a newer one is a warning on the newer one', () => {
  const text = roles('Data Engineer | Quillmark | 2017 – 2019', 'Data Engineer | Orbisoft | 2020 – Present');
  const fs = findings('date-order', text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].words, '2020 – Present');
  assert.match(fs[0].message, /“Data Engineer” \(to Present\) is listed below the older “Data Engineer” \(to 2019\)/);
  assert.equal(text.slice(fs[0].related![0].start, fs[0].related![0].end), '### Data Engineer | Quillmark | 2017 – 2019'.slice(4));
  assert.ok(messagesClean('date-order', fs));
});

test('date-order: an end before its start', () => {
  const fs = findings('date-order', roles('Engineer | Brook | Mar 2021 – Jan 2019'));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /ends before it starts/);
});

test('date-order: an unreadable date shows the formats understood', () => {
  for (const [title, quoted] of [
    ['Engineer | Brook | 13/2020 – 2022', '13/2020 – 2022'],
    ["Engineer | Brook | Jan '20 – Present", "Jan '20 – Present"],
  ]) {
    const fs = findings('date-order', roles(title));
    assert.equal(fs.length, 1, title);
    assert.equal(fs[0].words, quoted);
    for (const f of ['“Jan 2020”', '“2020-01”', '“01/2020”', '“2020”', '“Present”']) assert.ok(fs[0].message.includes(f), fs[0].message);
  }
});

test('date-order: quiet on reverse-chronological entries in every understood format', () => {
  const text = roles(
    'Engineer | Alder | Jan 2023 – Present',
    'Engineer | Birch | 2021-03 – 2022-12',
    'Engineer | Cedar | 06/2019 – 02/2021',
    'Engineer | Dogwood | Summer 2018 – March 2019',
    'Engineer | Elm | 2016 – 2018',
  );
  assert.deepEqual(findings('date-order', text), []);
  // the seed's layout: two-year roles sharing their boundary years
  assert.deepEqual(findings('date-order', roles('Engineer | One | 2022 – 2024', 'Engineer | Two | 2020 – 2022', 'Engineer | Three | 2018 – 2020')), []);
});

test('date-order: a title word like "Current" with no range around it is not a date', () => {
  assert.deepEqual(findings('date-order', roles('Senior Backend Engineer | Current Company')), []);
});

test('date-order and tense read the model, so JSON Resume and RenderCV YAML get the same findings', () => {
  const json = JSON.stringify({
    basics: { name: 'Ana Ruiz' },
    work: [
      { name: 'Quillmark', position: 'Data Engineer', startDate: '2017-01', endDate: '2019-06', highlights: ['Run the nightly ledger export for 300 stores.'] },
      { name: 'Orbisoft', position: 'Data Engineer', startDate: '2020-02', highlights: ['Built the clickstream pipeline on Kafka.'] },
    ],
  }, null, 2);
  const yaml = [
    'cv:',
    '  name: Ana Ruiz',
    '  sections:',
    '    experience:',
    '      - company: Quillmark',
    '        position: Data Engineer',
    '        start_date: 2017-01',
    '        end_date: 2019-06',
    '        highlights:',
    '          - Run the nightly ledger export for 300 stores.',
    '      - company: Orbisoft',
    '        position: Data Engineer',
    '        start_date: 2020-02',
    '        end_date: present',
    '        highlights:',
    '          - Built the clickstream pipeline on Kafka.',
    '',
  ].join('\n');
  for (const [text, format] of [[json, 'json'], [yaml, 'yaml']] as const) {
    const r = lintDocument(text, { format });
    const ids = r.findings.filter((f) => f.ruleId === 'date-order' || f.ruleId === 'tense').map((f) => [f.ruleId, text.slice(f.start, f.end).split('\n')[0]]);
    assert.deepEqual(ids, [['tense', 'Run'], ['date-order', '2020-02']], format);
    const order = r.findings.find((f) => f.ruleId === 'date-order')!;
    assert.match(order.message, /\(to Present\) is listed below the older “Data Engineer” \(to 2019\)/, format);
  }
});
