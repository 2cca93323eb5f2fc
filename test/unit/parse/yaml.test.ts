import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYamlText } from 'yaml';
import { parse } from '../../../server/src/engine/parse';
import { detectFormat, FORMAT_TRAITS } from '../../../server/src/engine/formats';
import { applyEdits, applyFixes, lintDocument } from '../../../server/src/engine/index';
import { toSourceEnd } from '../../../server/src/engine/textmap';
import type { Bullet } from '../../../server/src/engine/model';
import { assertWellFormed, bulletStarting, corpusFiles, crlfTwin, fixture, lintOnBullets, sourceOf } from './format-checks';

const yaml = (s: string) => parse(s, 'yaml');

test('RenderCV highlights: plain, single, double, folded; wrapped lines map back line by line', () => {
  const src = fixture('rendercv.yaml');
  const d = yaml(src);
  assertWellFormed(d);
  assert.deepEqual(d.problems, []);
  assert.deepEqual(
    d.bullets.filter((b) => d.sections[b.section]?.kind === 'experience').map((b) => [b.text, b.quote, b.depth]),
    [
      ['Moved the fleet telemetry service from polling to MQTT, cutting battery-drain reports by 22% across 3,000 robots', 'plain', 0],
      ['Wrote the canary controller: bad firmware now rolls back in 90 s', 'single', 0],
      ['Cut CI time for the "map builder" from 41 to 9 minutes', 'double', 0],
      ['Responsible for the on-call rota', 'plain', 0],
      ['Tasked with the build farm', 'plain', 0],
      ['Scaled the simulation cluster for the path planner', 'plain', 0],
      ['Added spot instances, saving $4k a month', 'plain', 1],
      ['Cached map tiles, cutting job start time by half', 'plain', 1],
      ['Replaced the hand-written deploy scripts with Argo CD for 40 services', 'block', 0],
    ],
  );
  const wrapped = bulletStarting(d, 'Moved the fleet');
  assert.equal(src.slice(wrapped.start, wrapped.end), 'Moved the fleet telemetry service from polling to MQTT,\n            cutting battery-drain reports by 22% across 3,000 robots');
  // a word on the second line maps to that line; a range across the fold covers both lines
  assert.equal(sourceOf(d, wrapped, 'cutting'), 'cutting');
  assert.equal(sourceOf(d, wrapped, 'MQTT, cutting'), 'MQTT,\n            cutting');
  const single = bulletStarting(d, 'Wrote the canary');
  assert.equal(src.slice(single.start, single.end), 'Wrote the canary controller: bad firmware now rolls back in 90 s');
  const dq = bulletStarting(d, 'Cut CI time');
  assert.equal(sourceOf(d, dq, '"map builder"'), '\\"map builder\\"');
  assert.equal(sourceOf(d, dq, 'builder'), 'builder');
  assert.equal(sourceOf(d, dq, 'from 41'), 'from 41');
  const folded = bulletStarting(d, 'Replaced the hand-written');
  assert.equal(sourceOf(d, folded, 'for 40 services'), 'for 40 services');
});

test('the clean text of every scalar bullet reads like the value the yaml package gives', () => {
  const src = fixture('rendercv.yaml');
  const data = parseYamlText(src) as { cv: { sections: { experience: Array<{ highlights: string[] }> } } };
  const values = data.cv.sections.experience[0].highlights.map((h) => h.replace(/\s+/g, ' ').trim());
  const d = yaml(src);
  const ours = d.entries[0].bullets.map((i) => d.bullets[i]).filter((b) => b.depth === 0).map((b) => b.text);
  // the nested "- " lines are folded into their parent by YAML; we split them back out
  assert.deepEqual(ours, values.map((v) => v.replace(/ - .*$/, '')));
});

test('quote styles and escapes: doubled single quotes, \\u escapes and escaped line breaks map exactly', () => {
  const src = [
    'cv:',
    '  sections:',
    '    experience:',
    '      - company: Acme',
    '        position: Engineer',
    '        highlights:',
    "          - 'Fixed the shop''s cart totals'",
    '          - "Caf\\u00e9 orders now \\',
    '            sync in 2 s"',
    '          - |',
    '            Literal block bullet',
    '            on two lines',
    '',
  ].join('\n');
  const d = yaml(src);
  assertWellFormed(d);
  assert.deepEqual(d.bullets.map((b) => [b.text, b.quote]), [
    ["Fixed the shop's cart totals", 'single'],
    ['Café orders now sync in 2 s', 'double'],
    ['Literal block bullet on two lines', 'block'],
  ]);
  const [a, b] = d.bullets;
  assert.equal(sourceOf(d, a, "shop's"), "shop''s");
  assert.equal(sourceOf(d, a, 'cart'), 'cart');
  assert.equal(sourceOf(d, b, 'é'), '\\u00e9');
  assert.equal(sourceOf(d, b, 'sync'), 'sync');
});

test('RenderCV inline Markdown reads as its words: markers and link targets dropped, words mapped', () => {
  const src = "cv:\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        highlights:\n          - '**Checkout API:** cut p95 from 900 to 200 ms, see [the write-up](https://example.org/post) and `perf.md`'\n";
  const d = yaml(src);
  assertWellFormed(d);
  const b = d.bullets[0];
  assert.equal(b.text, 'Checkout API: cut p95 from 900 to 200 ms, see the write-up and perf.md');
  assert.equal(src.slice(b.start, b.end), 'Checkout API:** cut p95 from 900 to 200 ms, see [the write-up](https://example.org/post) and `perf.md');
  assert.equal(sourceOf(d, b, 'the write-up'), 'the write-up');
  assert.equal(sourceOf(d, b, 'cut p95'), 'cut p95');
  assert.equal(sourceOf(d, b, 'perf.md'), 'perf.md');
});

test('nested "- " continuation lines become nested bullets, each on its own characters', () => {
  const src = fixture('rendercv.yaml');
  const d = yaml(src);
  const sub = bulletStarting(d, 'Added spot instances');
  assert.equal(src.slice(sub.start, sub.end), 'Added spot instances, saving $4k a month');
  const parent = bulletStarting(d, 'Scaled the simulation');
  assert.equal(src.slice(parent.start, parent.end), 'Scaled the simulation cluster for the path planner');
  assert.equal(sub.entry, parent.entry);
});

test('sections by key, entries from company/position/dates or name/date, skills from label/details', () => {
  const src = fixture('rendercv.yaml');
  const d = yaml(src);
  assert.deepEqual(d.sections.map((s) => [s.kind, s.title]), [['summary', 'summary'], ['experience', 'experience'], ['projects', 'projects'], ['other', 'honors'], ['skills', 'technologies']]);
  assert.deepEqual(d.entries.map((e) => [e.title, e.organisation, e.dates?.text]), [
    ['Senior Platform Engineer', 'Hoshi Robotics', '2021-02 – present'],
    ['Kumo', undefined, '2023'],
  ]);
  const e = d.entries[0];
  assert.equal(src.slice(e.titleStart, e.titleEnd), 'Senior Platform Engineer');
  assert.equal(d.bullets.find((b) => b.kind === 'prose')?.text, 'Platform engineer who keeps deploys boring and fast.');
  assert.ok(d.bullets.some((b) => b.text === 'Speaker at a regional SRE meetup (2023)'), 'a "- bullet:" entry');
  assert.deepEqual(d.skills.map((s) => s.name), ['Go', 'Rust', 'Python', 'Kubernetes', 'Terraform', 'MQTT']);
  for (const s of d.skills) assert.equal(src.slice(s.start, s.end), s.name);
});

test('# comments are collected for directives; commented-out items are not bullets', () => {
  const src = fixture('rendercv.yaml') + '    # - bullet: An old commented-out item\n';
  const d = yaml(src);
  assert.ok(d.comments.some((c) => c.text.trim() === 'bulletproof-disable-next-line weak-verb'));
  assert.ok(!d.bullets.some((b) => /commented-out/.test(b.text)));
  const r = lintDocument(fixture('rendercv.yaml'), { fileName: 'cv.yaml' });
  const disabled = bulletStarting(r.doc, 'Responsible for');
  assert.ok(!r.findings.some((f) => f.ruleId === 'weak-verb' && f.bullet === disabled.index));
});

test('plain lists under a section and any .yaml with highlights: lists', () => {
  const src = 'experience:\n  - title: Backend Engineer\n    highlights:\n      - Built the rate limiter for the public API\n      - Cut cold starts from 3 s to 400 ms\nprojects:\n  - A plain string project bullet\n';
  const d = yaml(src);
  assertWellFormed(d);
  assert.deepEqual(d.bullets.map((b) => [b.text, d.sections[b.section].kind]), [
    ['Built the rate limiter for the public API', 'experience'],
    ['Cut cold starts from 3 s to 400 ms', 'experience'],
    ['A plain string project bullet', 'projects'],
  ]);
  assert.equal(d.entries[0].title, 'Backend Engineer');
  const loose = yaml('somewhere:\n  deep:\n    highlights:\n      - Loose bullet with no section\n');
  assert.deepEqual(loose.bullets.map((b) => b.text), ['Loose bullet with no section']);
});

test('a syntax error gives one problem at its position, and the rest of the file is still read', () => {
  const src = 'cv:\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        highlights:\n          - Shipped the invoice exporter\n          - "Unclosed quote here\n    projects:\n      - name: Kumo\n        highlights:\n          - Built a log shipper in Rust\n';
  const d = yaml(src);
  assert.equal(d.problems.length, 1);
  assert.match(d.problems[0].message, /^YAML syntax error: /);
  assert.ok(d.problems[0].start > src.indexOf('Shipped'), 'the problem is after the good part');
  assert.ok(d.bullets.some((b) => b.text === 'Shipped the invoice exporter'));
  assertWellFormed(d);
  const bad = yaml('cv:\n  sections:\n    experience:\n      - company: Acme\n        highlights:\n          - Kept bullet one\n      bad indent: [\n');
  assert.equal(bad.problems.length, 1);
  assert.ok(bad.bullets.some((b) => b.text === 'Kept bullet one'));
  const r = lintDocument(src, { fileName: 'cv.yaml' });
  assert.equal(r.findings.filter((f) => f.ruleId === 'parse-error').length, 1);
});

test('CRLF input gives the same bullets with exact ranges', () => {
  const { crlf, doc } = crlfTwin(fixture('rendercv.yaml'), yaml);
  const wrapped = bulletStarting(doc, 'Moved the fleet');
  assert.equal(crlf.slice(wrapped.start, wrapped.end), 'Moved the fleet telemetry service from polling to MQTT,\r\n            cutting battery-drain reports by 22% across 3,000 robots');
  assert.equal(sourceOf(doc, wrapped, 'cutting'), 'cutting');
});

test('any text: the reader never throws and every range is inside (property)', () => {
  const token = fc.constantFrom('cv:', '\n', '  ', '- ', 'highlights:', 'sections:', 'experience:', "'", '"', '\\', '#', ': ', 'word', '|', '>-', '[', ']', '{', '}', '\r\n', 'bullet: ');
  fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (parts) => assertWellFormed(yaml(parts.join('')))), { numRuns: 300 });
});

test('content sniffing picks YAML for RenderCV and highlights: lists', () => {
  assert.equal(detectFormat(undefined, fixture('rendercv.yaml')), 'yaml');
  assert.equal(detectFormat(undefined, 'jobs:\n  - name: x\n    highlights:\n      - did a thing\n'), 'yaml');
  assert.equal(detectFormat('cv.yml', ''), 'yaml');
});

function insertAtEnd(src: string, b: Bullet, text: string): string {
  const at = toSourceEnd(b.map, b.text.length);
  return applyEdits(src, [{ start: at, end: at, newText: FORMAT_TRAITS.yaml.escape(text, b) }]).text;
}

test('inserted text keeps each quoting style valid', () => {
  const src = fixture('rendercv.yaml');
  const d = yaml(src);
  const value = (out: string, i: number) => (parseYamlText(out) as { cv: { sections: { experience: Array<{ highlights: string[] }> } } }).cv.sections.experience[0].highlights[i];
  const dq = bulletStarting(d, 'Cut CI time');
  assert.equal(value(insertAtEnd(src, dq, ' for the "nightly" \\ job'), 2), 'Cut CI time for the "map builder" from 41 to 9 minutes for the "nightly" \\ job');
  const sq = bulletStarting(d, 'Wrote the canary');
  assert.equal(value(insertAtEnd(src, sq, " in the fleet's depots"), 1), "Wrote the canary controller: bad firmware now rolls back in 90 s in the fleet's depots");
  const plain = bulletStarting(d, 'Responsible for');
  const out = insertAtEnd(src, plain, ': rota #2 now covers 3 time zones');
  assert.equal(value(out, 3), 'Responsible for the on-call rota – rota No. 2 now covers 3 time zones');
  assert.equal(yaml(out).bullets.filter((b) => b.section === 1).length, d.bullets.filter((b) => b.section === 1).length, 'no bullet became a key');
});

test('safe fixes (--fix) rewrite words in a wrapped plain scalar and leave valid YAML', () => {
  const src = fixture('rendercv.yaml');
  const out = applyFixes(src, lintDocument(src, { fileName: 'cv.yaml' }).findings).text;
  const data = parseYamlText(out) as { cv: { sections: { projects: Array<{ highlights: string[] }> } } };
  assert.equal(data.cv.sections.projects[0].highlights[1], 'Moved log search to Elasticsearch, cutting p99 by 35%');
  assert.ok(out.includes('          - Moved log search to Elasticsearch,\n            cutting p99 by 35%\n'));
});

test('YAML escape by quoting style: double, single, plain, block', () => {
  const esc = (t: string, quote: Bullet['quote']) => FORMAT_TRAITS.yaml.escape(t, { quote } as Bullet);
  assert.equal(esc('a "b" \\ c\nd', 'double'), 'a \\"b\\" \\\\ c\\nd');
  assert.equal(esc("it's\nok", 'single'), "it''s ok");
  assert.equal(esc('p99: 80 ms #1\tnow', 'plain'), 'p99 – 80 ms No. 1 now');
  assert.equal(esc('C# and key:value stay', 'plain'), 'C# and key:value stay');
  assert.equal(esc('two\nlines: fine', 'block'), 'two lines: fine');
  assert.equal(FORMAT_TRAITS.yaml.escape('no: bullet given'), 'no – bullet given');
});

test('lint on YAML: findings sit inside their bullet, and every edit leaves valid YAML', () => {
  lintOnBullets(fixture('rendercv.yaml'), 'cv.yaml', 'yaml', 'Tasked with', 'tasked with', (out, ruleId, newText) => {
    assert.equal(yaml(out).problems.length, 0, `${ruleId} edit keeps the YAML valid: ${newText}`);
  });
});

for (const file of corpusFiles(/\.ya?ml$/)) {
  test(`corpus template ${path.basename(file)} parses with every range inside and bullets found`, () => {
    const src = fs.readFileSync(file, 'utf8');
    const d = yaml(src);
    assertWellFormed(d);
    assert.deepEqual(d.problems, []);
    assert.ok(d.bullets.filter((b) => b.kind === 'bullet').length > 0);
    assert.ok(d.sections.some((s) => s.kind === 'experience'));
    assert.ok(d.entries.length > 0);
    // one top-level bullet per string the yaml package reads under cv.sections (highlights, summaries,
    // "- bullet:" items, plain strings); nested "- " lines come on top, at depth 1
    const sections = (parseYamlText(src) as { cv: { sections: Record<string, unknown[]> } }).cv.sections;
    let strings = 0;
    for (const items of Object.values(sections)) {
      for (const item of items) {
        if (typeof item === 'string') strings++;
        else if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          for (const k of ['bullet', 'number', 'reversed_number', 'summary']) if (typeof o[k] === 'string' && o[k]) strings++;
          if (Array.isArray(o.highlights)) strings += o.highlights.filter((h) => typeof h === 'string').length;
        }
      }
    }
    assert.equal(d.bullets.filter((b) => b.depth === 0).length, strings);
  });
}
