import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from '../../../server/src/engine/parse';
import { detectFormat, FORMAT_TRAITS } from '../../../server/src/engine/formats';
import { applyEdits, applyFixes, lintDocument } from '../../../server/src/engine/index';
import { toSourceEnd } from '../../../server/src/engine/textmap';
import { assertWellFormed, bulletStarting, corpusFiles, crlfTwin, fixture, lintOnBullets, sourceOf } from './format-checks';

const json = (s: string) => parse(s, 'json');

test('JSON Resume: highlights are bullets with exact ranges, pointers and quoting', () => {
  const src = fixture('resume.json');
  const d = json(src);
  assertWellFormed(d);
  assert.deepEqual(d.problems, []);
  assert.deepEqual(
    d.bullets.filter((b) => b.kind === 'bullet').map((b) => [b.text, b.pointer]),
    [
      ['Rebuilt the tracking event pipeline on Kafka, cutting delivery-status lag from 15 min to 40 s', '/work/0/highlights/0'],
      ['Worked on the customs paperwork generator', '/work/0/highlights/1'],
      ['Café ordering kiosk: shipped the "order ahead" API that now takes 30% of orders', '/work/0/highlights/2'],
      ['Migrated appointment reminders to a queue; no-shows fell by 12%', '/work/1/highlights/0'],
      ['Successfully moved the "reminder" queue to rabbitmq; retries fell by 60%', '/work/1/highlights/1'],
      ['Taught Python basics to 30 adult learners', '/volunteer/0/highlights/0'],
      ['Reached 1.2k GitHub stars in the first year', '/projects/0/highlights/0'],
    ],
  );
  const weak = bulletStarting(d, 'Worked on');
  assert.equal(src.slice(weak.start, weak.end), 'Worked on the customs paperwork generator');
  assert.equal(weak.quote, 'double');
});

test('JSON escapes \\", \\n and \\u00e9 each map to their own source span', () => {
  const src = fixture('resume.json');
  const d = json(src);
  const cafe = bulletStarting(d, 'Café');
  assert.equal(src.slice(cafe.start, cafe.end), 'Caf\\u00e9 ordering kiosk: shipped the \\"order ahead\\" API that now takes 30% of orders');
  assert.equal(sourceOf(d, cafe, 'é'), '\\u00e9');
  assert.equal(sourceOf(d, cafe, 'Café'), 'Caf\\u00e9');
  assert.equal(sourceOf(d, cafe, 'ordering'), 'ordering');
  assert.equal(sourceOf(d, cafe, '"order ahead"'), '\\"order ahead\\"');
  assert.equal(sourceOf(d, cafe, 'ahead'), 'ahead');
  assert.equal(sourceOf(d, cafe, 'API'), 'API');
  const summary = d.bullets.find((b) => b.pointer === '/basics/summary')!;
  assert.equal(summary.kind, 'prose');
  assert.equal(summary.text, 'Backend engineer focused on "boring" reliable payment systems. I like measurable wins.');
  assert.equal(sourceOf(d, summary, ' '.concat('I like'), summary.text.indexOf('. ')), '\\nI like');
  assert.equal(sourceOf(d, summary, 'like'), 'like');
});

test('sections, entries (position, organisation, dates, stack), prose summaries and skills', () => {
  const src = fixture('resume.json');
  const d = json(src);
  assert.deepEqual(d.sections.map((s) => [s.kind, s.title]), [['summary', 'Summary'], ['experience', 'work'], ['experience', 'volunteer'], ['projects', 'projects'], ['skills', 'skills']]);
  assert.deepEqual(d.entries.map((e) => [e.title, e.organisation, e.dates?.text]), [
    ['Senior Software Engineer', 'Corvid Freight', '2021-04 – 2024-06'],
    ['Software Engineer', 'Lumen Clinics', '2018-01 – Present'],
    ['Mentor', 'Code Harbour', '2019-09 – Present'],
    ['Ledgerline', undefined, undefined],
  ]);
  const e = d.entries[0];
  assert.equal(src.slice(e.titleStart, e.titleEnd), 'Senior Software Engineer');
  assert.ok(src.slice(e.dates!.start, e.dates!.end).startsWith('2021-04'));
  assert.ok(src.slice(e.dates!.start, e.dates!.end).endsWith('2024-06'));
  assert.deepEqual(d.entries[3].stack, ['Rust', 'SQLite']);
  assert.deepEqual(
    d.bullets.filter((b) => b.kind === 'prose').map((b) => b.pointer),
    ['/basics/summary', '/work/0/summary', '/projects/0/description'],
  );
  assert.equal(d.bullets.find((b) => b.pointer === '/work/0/summary')!.entry, 0);
  assert.deepEqual(d.skills.map((s) => s.name), ['Go', 'PostgreSQL', 'Kafka']);
  for (const s of d.skills) assert.equal(src.slice(s.start, s.end), s.name);
});

test('a syntax error gives one problem at its position, and the rest of the file is still read', () => {
  const src = '{\n  "work": [\n    {\n      "position": "Engineer",\n      "highlights": [\n        "First bullet here"\n        "Second after a missing comma",\n        "Third bullet"\n      ]\n    }\n  ]\n}\n';
  const d = json(src);
  assert.equal(d.problems.length, 1);
  const p = d.problems[0];
  assert.match(p.message, /comma expected/i);
  assert.equal(src.slice(p.start, p.start + 8), '"Second ');
  assert.deepEqual(d.bullets.map((b) => b.text), ['First bullet here', 'Second after a missing comma', 'Third bullet']);
  assertWellFormed(d);
  // the engine reports it as a finding
  const r = lintDocument(src, { fileName: 'resume.json' });
  const parseErrors = r.findings.filter((f) => f.ruleId === 'parse-error');
  assert.equal(parseErrors.length, 1);
  assert.equal(parseErrors[0].start, p.start);
});

test('a truncated file reports an error and keeps the bullets before the cut', () => {
  const src = fixture('resume.json');
  const cut = src.slice(0, src.indexOf('customs paperwork') + 8);
  const d = json(cut);
  assert.equal(d.problems.length, 1);
  assert.ok(d.bullets.some((b) => b.text.startsWith('Rebuilt the tracking event pipeline')));
  assertWellFormed(d);
});

test('CRLF input gives the same bullets with exact ranges', () => {
  const { crlf, doc } = crlfTwin(fixture('resume.json'), json);
  const weak = bulletStarting(doc, 'Worked on');
  assert.equal(crlf.slice(weak.start, weak.end), 'Worked on the customs paperwork generator');
});

test('not JSON Resume, or not JSON at all: no bullets, never a throw', () => {
  for (const src of ['', '[]', '42', '{"a": 1}', '{', '{"work": "x"}', '{"work": [1, null, ["x"], {"highlights": [3, "ok bullet"]}]}', '\u0000\u0001', '"\\u12']) {
    const d = json(src);
    assertWellFormed(d);
  }
  assert.deepEqual(json('{"work": [{"highlights": [3, "ok bullet"]}]}').bullets.map((b) => b.text), ['ok bullet']);
  const bom = json('\ufeff{"work": [{"highlights": ["after a byte-order mark"]}]}');
  assert.deepEqual([bom.problems, bom.bullets.map((b) => b.text)], [[], ['after a byte-order mark']]);
  assert.equal(bom.text[0], '\ufeff');
});

test('any text: the reader never throws and every range is inside (property)', () => {
  const token = fc.constantFrom('{', '}', '[', ']', ',', ':', '"work"', '"highlights"', '"position"', '"a\\"b"', '"\\u00e9x"', '"\\n"', '"text here"', ' ', '\n', '\\', '"', '1');
  fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (parts) => assertWellFormed(json(parts.join('')))), { numRuns: 300 });
});

test('content sniffing and file names pick JSON', () => {
  assert.equal(detectFormat('resume.json', '{}'), 'json');
  assert.equal(detectFormat('me.resume.json', '{}'), 'json');
  assert.equal(detectFormat(undefined, fixture('resume.json')), 'json');
});

test('inserted text is escaped for JSON: quotes and backslashes keep the file valid', () => {
  const src = fixture('resume.json');
  const d = json(src);
  const b = bulletStarting(d, 'Worked on');
  const at = toSourceEnd(b.map, b.text.length);
  const insert = FORMAT_TRAITS.json.escape(' so a "sent" invoice is never lost\\retried', b);
  assert.equal(insert, ' so a \\"sent\\" invoice is never lost\\\\retried');
  const out = applyEdits(src, [{ start: at, end: at, newText: insert }]).text;
  const parsed = JSON.parse(out);
  assert.equal(parsed.work[0].highlights[1], 'Worked on the customs paperwork generator so a "sent" invoice is never lost\\retried');
  assert.equal(json(out).bullets.find((x) => x.pointer === '/work/0/highlights/1')!.text, 'Worked on the customs paperwork generator so a "sent" invoice is never lost\\retried');
});

test('lint on JSON: findings sit inside their bullet, and every edit leaves valid JSON', () => {
  lintOnBullets(fixture('resume.json'), 'resume.json', 'json', 'Worked on', 'worked on', (out, ruleId) => {
    assert.doesNotThrow(() => JSON.parse(out), `${ruleId} edit keeps the JSON valid`);
  });
});

test('safe fixes (--fix) rewrite words next to JSON escapes and leave valid JSON', () => {
  const src = fixture('resume.json');
  const out = applyFixes(src, lintDocument(src, { fileName: 'resume.json' }).findings).text;
  assert.equal(JSON.parse(out).work[1].highlights[1], 'Moved the "reminder" queue to RabbitMQ; retries fell by 60%');
  assert.ok(out.includes('"Moved the \\"reminder\\" queue to RabbitMQ; retries fell by 60%"'));
});

test('config ignore by JSON pointer silences one bullet (or a whole entry), nothing else', () => {
  const src = fixture('resume.json');
  const all = lintDocument(src, { fileName: 'resume.json' }).findings;
  const on = (p: string, fs: typeof all, d = lintDocument(src, { fileName: 'resume.json' }).doc) => fs.filter((f) => f.bullet !== undefined && (d.bullets[f.bullet].pointer ?? '').startsWith(p));
  assert.ok(on('/work/0/highlights/1', all).length > 0, 'the weak bullet has findings to silence');
  const one = lintDocument(src, { fileName: 'resume.json', config: { ignore: ['/work/0/highlights/1'] } }).findings;
  assert.equal(on('/work/0/highlights/1', one).length, 0);
  assert.equal(one.length, all.length - on('/work/0/highlights/1', all).length);
  const entry = lintDocument(src, { fileName: 'resume.json', config: { ignore: ['/work/0'] } }).findings;
  assert.equal(on('/work/0/', entry).length, 0);
  assert.equal(on('/work/1/', entry).length, on('/work/1/', all).length);
});

for (const file of corpusFiles(/\.json$/)) {
  test(`corpus template ${path.basename(file)} parses with every range inside and bullets found`, () => {
    const src = fs.readFileSync(file, 'utf8');
    const d = json(src);
    assertWellFormed(d);
    assert.deepEqual(d.problems, []);
    assert.ok(d.bullets.filter((b) => b.kind === 'bullet').length > 0);
    assert.ok(d.entries.length > 0 && d.skills.length > 0);
    for (const b of d.bullets) assert.equal(b.text, String(pointerValue(JSON.parse(src), b.pointer!)).trim().replace(/[\r\n]/g, ' '));
  });
}

function pointerValue(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const part of pointer.split('/').slice(1)) v = (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return v;
}
