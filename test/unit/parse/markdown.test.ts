import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/src/engine/parse';
import { toSourceEnd, toSourceStart } from '../../../server/src/engine/textmap';
import type { ResumeDoc } from '../../../server/src/engine/model';

const md = (s: string) => parse(s, 'markdown');
const bulletTexts = (d: ResumeDoc) => d.bullets.filter((b) => b.kind === 'bullet').map((b) => b.text);

/** Every bullet's range must hold its own characters: the source slice, markup aside, is the clean text. */
function assertExact(d: ResumeDoc) {
  for (const b of d.bullets) {
    assert.ok(b.start >= 0 && b.start <= b.end && b.end <= d.text.length, `range inside text: ${b.text}`);
    for (const seg of b.map.segments) {
      if (seg.sourceLength !== undefined) continue;
      assert.equal(d.text.slice(seg.source, seg.source + seg.length), b.text.slice(seg.text, seg.text + seg.length));
    }
  }
}

test('list markers -, *, +, •, numbered, all become bullets', () => {
  const d = md('## Experience\n\n- dash item here\n* star item here\n+ plus item here\n• dot item here\n1. first numbered\n2) second numbered\n');
  assert.deepEqual(bulletTexts(d), ['dash item here', 'star item here', 'plus item here', 'dot item here', 'first numbered', 'second numbered']);
  assertExact(d);
});

test('a wrapped continuation line is one bullet, not two, and maps back line by line', () => {
  const src = '## Experience\n\n- Rebuilt the invoice exporter so finance\n  gets files in minutes\n- Second bullet\n';
  const d = md(src);
  assert.deepEqual(bulletTexts(d), ['Rebuilt the invoice exporter so finance gets files in minutes', 'Second bullet']);
  const b = d.bullets[0];
  const i = b.text.indexOf('gets');
  assert.equal(src.slice(toSourceStart(b.map, i), toSourceEnd(b.map, i + 4)), 'gets');
  assert.equal(src.slice(b.start, b.end), 'Rebuilt the invoice exporter so finance\n  gets files in minutes');
});

test('nested items get a depth; their parents stay separate bullets', () => {
  const d = md('## Experience\n\n- parent item\n  - child item\n    - grandchild item\n- sibling item\n');
  assert.deepEqual(d.bullets.map((b) => [b.text, b.depth]), [['parent item', 0], ['child item', 1], ['grandchild item', 2], ['sibling item', 0]]);
});

test('bold lead-ins are read as the bullet lead and the markup is dropped from the text', () => {
  const src = '## Experience\n\n- **Search indexer**: moved reindexing to a queue\n';
  const d = md(src);
  assert.equal(d.bullets[0].lead, 'Search indexer');
  assert.equal(d.bullets[0].text, 'Search indexer: moved reindexing to a queue');
  assertExact(d);
});

test('trailing hard breaks (two spaces, backslash) are not part of the bullet', () => {
  const src = '## Experience\n\n- first line  \n- second line\\\n';
  const d = md(src);
  assert.deepEqual(bulletTexts(d), ['first line', 'second line']);
  assert.equal(src.slice(d.bullets[1].start, d.bullets[1].end), 'second line');
});

test('headings by synonym become sections; deeper headings become entries with title, organisation, dates and stack', () => {
  const d = md('# Ana Diaz\n\n## Work Experience\n\n### Staff Engineer | Lumen Bank | Jan 2021 – Present\n\n- one bullet here\n\n### Ledger Service | Go, PostgreSQL, Redis | Lumen Bank | 2019 – 2021\n\n- two bullet here\n\n## Technical Skills\n\n- Go, Rust\n');
  assert.deepEqual(d.sections.map((s) => s.kind), ['header', 'experience', 'skills']);
  const [a, b] = d.entries;
  assert.equal(a.title, 'Staff Engineer');
  assert.equal(a.organisation, 'Lumen Bank');
  assert.equal(a.dates?.text, 'Jan 2021 – Present');
  assert.equal(d.text.slice(a.dates!.start, a.dates!.end), 'Jan 2021 – Present');
  assert.deepEqual(b.stack, ['Go', 'PostgreSQL', 'Redis']);
  assert.deepEqual(a.bullets.length + b.bullets.length, 2);
  assert.deepEqual(d.skills.map((s) => s.name), ['Go', 'Rust']);
});

test('entry titles lose the brackets and commas around them, not the ones inside', () => {
  const titles = (line: string) => {
    const e = md(`## Experience\n\n### ${line}\n\n- Built the invoice export worker for finance.\n`).entries[0];
    return [e.title, e.organisation, e.dates?.text];
  };
  // the dates are read first; the bracket they stood in must not stay behind
  assert.deepEqual(titles('Senior Backend Engineer, Tidewater Billing (2021 – Present)'), ['Senior Backend Engineer, Tidewater Billing', undefined, '2021 – Present']);
  assert.deepEqual(titles('Platform Engineer | Acme [2019 – 2021]'), ['Platform Engineer', 'Acme', '2019 – 2021']);
  assert.deepEqual(titles('Engineer (Contract) | Acme | 2020 – 2021'), ['Engineer (Contract)', 'Acme', '2020 – 2021']);
  assert.deepEqual(titles('Data Engineer | (Remote) | 2020 – 2021'), ['Data Engineer', 'Remote', '2020 – 2021']);
});

test('bold-only lines and ALL-CAPS lines (plain text) are titles', () => {
  const d = md('**Experience**\n\n**Cobalt Labs** — Backend Engineer, 2020–2023\n\n- tuned the batch importer\n');
  assert.equal(d.sections[0].kind, 'experience');
  assert.equal(d.entries[0].title, 'Cobalt Labs');
  const t = parse('EXPERIENCE\n\nBackend Engineer, Cobalt Labs\nMar 2020 - Present\n• tuned the batch importer\n\nSKILLS\nGo, SQL\n', 'text');
  assert.deepEqual(t.sections.map((s) => s.kind), ['experience', 'skills']);
  assert.equal(t.entries[0].dates?.text, 'Mar 2020 - Present');
  assert.deepEqual(bulletTexts(t), ['tuned the batch importer']);
});

test('fenced code, HTML comments and front matter are skipped; comments are kept for directives', () => {
  const d = md('---\ntitle: cv\n---\n## Experience\n\n```\n- not a bullet\n```\n<!-- bulletproof-disable-next-line weak-verb -->\n<!--\n- hidden bullet\n-->\n- real bullet\n');
  assert.deepEqual(bulletTexts(d), ['real bullet']);
  assert.equal(d.comments.length, 2);
  assert.match(d.comments[0].text, /bulletproof-disable-next-line weak-verb/);
});

test('inline markup is removed but offsets stay exact: emphasis, code, links, escapes', () => {
  const src = '## Experience\n\n- Moved *search* to `Elastic` via [the indexer](https://example.com) at 50\\% load\n';
  const d = md(src);
  assert.equal(d.bullets[0].text, 'Moved search to Elastic via the indexer at 50% load');
  const b = d.bullets[0];
  const at = b.text.indexOf('indexer');
  assert.equal(src.slice(toSourceStart(b.map, at), toSourceEnd(b.map, at + 'indexer'.length)), 'indexer');
  const pct = b.text.indexOf('%');
  assert.equal(src.slice(toSourceStart(b.map, pct), toSourceEnd(b.map, pct + 1)), '\\%');
});

test('CRLF, tabs, non-breaking spaces and emoji keep offsets exact', () => {
  const src = '## Experience\r\n\r\n-\tShipped 🚀 the\u00a0billing API\r\n- Cut latency\r\n  by half\r\n';
  const d = md(src);
  assert.deepEqual(bulletTexts(d), ['Shipped 🚀 the\u00a0billing API', 'Cut latency by half']);
  const b = d.bullets[0];
  const i = b.text.indexOf('billing');
  assert.equal(src.slice(toSourceStart(b.map, i), toSourceEnd(b.map, i + 7)), 'billing');
  assert.equal(src.slice(d.bullets[1].start, d.bullets[1].end), 'Cut latency\r\n  by half');
  assertExact(d);
});

test('summary paragraphs are prose; skills lines give skills with their source ranges', () => {
  const src = '## Summary\n\nBackend engineer for\nlogistics systems.\n\n## Skills\n\nLanguages: Go, Kotlin\nData: PostgreSQL; Kafka\n';
  const d = md(src);
  const prose = d.bullets.filter((b) => b.kind === 'prose');
  assert.equal(prose[0].text, 'Backend engineer for logistics systems.');
  assert.deepEqual(d.skills.map((s) => s.name), ['Go', 'Kotlin', 'PostgreSQL', 'Kafka']);
  for (const s of d.skills) assert.equal(src.slice(s.start, s.end), s.name);
});

test('a resume with no headings at all still yields its bullets', () => {
  const d = md('- Rebuilt the exporter\n- Tuned the cache\n');
  assert.deepEqual(bulletTexts(d), ['Rebuilt the exporter', 'Tuned the cache']);
});

test('never throws on odd input and keeps ranges inside the text', () => {
  const odd = ['', '\n\n\n', '-', '- ', '#', '**', '<!--', '```', '---', '\u0000\u0001', '- [unclosed', '* * *', '[a](', '\\', '- ' + 'x'.repeat(5000), '>'.repeat(50) + ' - x'];
  for (const s of odd) {
    const d = md(s);
    assertExact(d);
    parse(s, 'text');
  }
});
