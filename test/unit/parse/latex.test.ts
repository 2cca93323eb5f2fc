import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from '../../../server/src/engine/parse';
import { detectFormat, FORMAT_TRAITS } from '../../../server/src/engine/formats';
import { applyEdits, applyFixes, lintDocument } from '../../../server/src/engine/index';
import { toSourceEnd, toSourceStart } from '../../../server/src/engine/textmap';
import { assertWellFormed, bulletStarting, corpusFiles, crlfTwin, fixture, lintOnBullets, sourceOf } from './format-checks';

const tex = (s: string, latexBulletCommands?: string[]) => parse(s, 'latex', { latexBulletCommands });
const body = (s: string) => `\\begin{document}\n${s}\n\\end{document}\n`;

test("Jake's Resume: \\resumeItem bullets with exact ranges, markup removed", () => {
  const src = fixture('jake.tex');
  const d = tex(src);
  assertWellFormed(d);
  assert.deepEqual(
    d.bullets.filter((b) => d.sections[b.section]?.kind === 'experience').map((b) => b.text),
    [
      'Rebuilt the payout scheduler in Go, cutting failed transfers by 38% across 4 regions',
      'Worked on the merchant onboarding flow with the risk team',
      'Moved nightly exports to streaming with Kafka Connect, so finance sees balances within 5 min instead of the next morning',
      'Added velocity checks to card authorisation; chargebacks fell from 0.9% to 0.4%',
      'Responsible for the carrier rate API that quotes 40k shipments a day',
      'Cut p95 latency of the route planner from 900ms to 210ms by caching depot graphs in Redis & batching lookups',
      'Successfully moved the invoice store from mongodb to postgres, so 100% of exports reconcile',
    ],
  );
  const first = bulletStarting(d, 'Rebuilt');
  assert.equal(src.slice(first.start, first.end), 'Rebuilt the \\textbf{payout scheduler} in Go, cutting failed transfers by 38\\% across 4 regions');
  const weak = bulletStarting(d, 'Worked on');
  assert.equal(src.slice(weak.start, weak.end), 'Worked on the merchant onboarding flow with the risk team');
});

test('LaTeX escapes and markup map back to their own source characters', () => {
  const src = fixture('jake.tex');
  const d = tex(src);
  const b = bulletStarting(d, 'Rebuilt');
  assert.equal(sourceOf(d, b, '38%'), '38\\%');
  assert.equal(sourceOf(d, b, 'across'), 'across');
  assert.equal(sourceOf(d, b, 'payout scheduler'), 'payout scheduler');
  assert.equal(sourceOf(d, b, 'scheduler in Go'), 'scheduler} in Go');
  const kafka = bulletStarting(d, 'Moved nightly');
  assert.equal(sourceOf(d, kafka, 'Kafka Connect'), 'Kafka~Connect');
  assert.equal(sourceOf(d, kafka, 'Connect'), 'Connect');
  const amp = bulletStarting(d, 'Cut p95');
  assert.equal(sourceOf(d, amp, '& batching'), '\\& batching');
  assert.equal(sourceOf(d, amp, 'batching'), 'batching');
  // the word after an escape starts exactly where it does in the source
  const i = amp.text.indexOf('batching');
  assert.equal(src.slice(toSourceStart(amp.map, i), toSourceStart(amp.map, i) + 8), 'batching');
});

test('\\resumeItem{Title}{Description} and \\resumeSubItem: the description is the bullet, the title its lead', () => {
  const d = tex(fixture('jake.tex'));
  assert.equal(bulletStarting(d, 'Moved nightly').lead, 'Ledger export');
  assert.equal(bulletStarting(d, 'Added velocity').lead, 'Fraud rules');
  assert.equal(bulletStarting(d, 'Rebuilt').lead, undefined);
});

test('% comments: commented-out bullets are ignored, directives are kept as comments', () => {
  const d = tex(fixture('jake.tex'));
  assert.ok(!d.bullets.some((b) => /reconciliation/.test(b.text)), 'the commented \\resumeItem is not a bullet');
  assert.ok(d.comments.some((c) => c.text.trim() === 'bulletproof-disable-next-line weak-verb'));
  const plain = tex(fixture('plain.tex'));
  assert.ok(!plain.bullets.some((b) => /commented-out/.test(b.text)));
  const led = bulletStarting(plain, 'Led the move');
  assert.equal(plain.text.slice(led.start, led.end), 'Led the move of the search indexer to Elasticsearch~8, with zero lost documents');
});

test('preamble and macro definitions are not read: the \\item inside \\newcommand bodies is no bullet', () => {
  const d = tex(fixture('jake.tex'));
  assert.ok(!d.bullets.some((b) => b.text.includes('#1')));
  const hidden = tex(body('\\section{Experience}\n\\begin{itemize}\\item Shown bullet here\n\\iffalse\n\\item Hidden bullet here\n\\fi\n\\end{itemize}'));
  assert.deepEqual(hidden.bullets.map((b) => b.text), ['Shown bullet here']);
  const defs = tex('\\newcommand{\\x}[1]{\\item #1}\n\\renewcommand{\\y}{\\item nope}\n\\def\\z#1{\\item never}\n\\section{Experience}\n\\begin{itemize}\\item Real bullet here\\end{itemize}\n');
  assert.deepEqual(defs.bullets.map((b) => b.text), ['Real bullet here']);
});

test("sections, entries (title, organisation, dates, stack) and skills of Jake's layout", () => {
  const src = fixture('jake.tex');
  const d = tex(src);
  assert.deepEqual(d.sections.map((s) => [s.kind, s.title]), [['summary', 'Summary'], ['experience', 'Experience'], ['projects', 'Projects'], ['skills', 'Technical Skills']]);
  const [e1, e2, p] = d.entries;
  assert.equal(e1.title, 'Senior Backend Engineer');
  assert.equal(e1.organisation, 'Fernhill Payments');
  assert.equal(e1.dates?.text, 'Mar 2021 – Present');
  assert.equal(src.slice(e1.dates!.start, e1.dates!.end), 'Mar 2021 -- Present');
  assert.equal(src.slice(e1.titleStart, e1.titleEnd), 'Senior Backend Engineer');
  assert.equal(e1.bullets.length, 4);
  assert.equal(e2.title, 'Software Engineer');
  assert.equal(p.title, 'Tidepool');
  assert.deepEqual(p.stack, ['Rust', 'SQLite', 'WebAssembly']);
  assert.equal(d.bullets.find((b) => b.kind === 'prose')?.text, 'Backend engineer who builds ledger and payout services; keeps payment systems correct under load.');
  assert.deepEqual(d.skills.map((s) => s.name), ['Go', 'Python', 'SQL', 'TypeScript', 'Kafka', 'PostgreSQL', 'Redis', 'Terraform']);
  for (const s of d.skills) assert.equal(src.slice(s.start, s.end), s.name);
});

test('Awesome-CV: \\cvsection, \\cventry with \\cvitems, \\cvskill', () => {
  const src = fixture('awesome.tex');
  const d = tex(src);
  assertWellFormed(d);
  assert.deepEqual(d.sections.map((s) => s.kind), ['summary', 'experience', 'skills']);
  const summary = d.bullets.filter((b) => b.kind === 'prose');
  assert.deepEqual(summary.map((b) => b.text), ['Platform engineer who turns noisy alerting into calm, measured on-call.']);
  assert.equal(src.slice(summary[0].start, summary[0].end), 'Platform engineer who turns noisy alerting into calm, measured on-call.');
  assert.deepEqual(
    d.bullets.filter((b) => b.section === 1).map((b) => b.text),
    [
      'Moved the metrics ingest pipeline from cron batches to Flink, so alerts fire 6x sooner',
      'Helped the team with on-call',
      'Wrote runbooks for the billing database failover; recovery drills went from 45 to 12 minutes',
    ],
  );
  assert.deepEqual(d.entries.map((e) => [e.title, e.organisation, e.dates?.text]), [
    ['Platform Engineer', 'Northwind Telemetry', 'Jan. 2020 - Present'],
    ['Site Reliability Intern', 'Harbor & Pine', 'Summer 2019'],
  ]);
  const helped = bulletStarting(d, 'Helped');
  assert.equal(src.slice(helped.start, helped.end), 'Helped the team with on-call');
  assert.deepEqual(d.skills.map((s) => s.name), ['Kubernetes', 'Terraform', 'Prometheus', 'Go', 'Java', 'Bash']);
});

test('moderncv: six-argument \\cventry description and its itemize, \\cvitem, \\cvlistitem', () => {
  const src = fixture('moderncv.tex');
  const d = tex(src);
  assertWellFormed(d);
  assert.deepEqual(d.entries.map((e) => [e.title, e.organisation, e.dates?.text]), [
    ['Data Engineer', 'Ostwind Energy', '2019–2024'],
    ['Analyst', 'Kiel Harbour Authority', '2016–2019'],
  ]);
  assert.deepEqual(d.entries[0].bullets.map((i) => d.bullets[i].text), [
    'Owned the meter-reading warehouse. Details:',
    'Replaced hourly CSV loads with CDC from PostgreSQL, cutting data lag from 60 to 4 minutes;',
    'Utilized Airflow for scheduling;',
  ]);
  const built = bulletStarting(d, 'Built berth');
  assert.equal(src.slice(built.start, built.end), 'Built berth occupancy forecasts that reduced ship waiting time by 15\\%');
  const thesis = bulletStarting(d, 'Forecasting grid');
  assert.equal(thesis.lead, 'title');
  assert.deepEqual(d.skills.map((s) => s.name), ['Python', 'Scala', 'SQL']);
  assert.ok(d.bullets.some((b) => b.text === 'Ran a weekly SQL clinic for 20 colleagues'));
});

test('plain itemize: several \\item on one line, nesting depth, a free-text entry title, accents', () => {
  const src = fixture('plain.tex');
  const d = tex(src);
  assertWellFormed(d);
  assert.deepEqual(d.bullets.map((b) => [b.text, b.depth]), [
    ['Designed the order routing service; p99 fell from 480ms to 120ms.', 0],
    ['Mentored 5 engineers.', 0],
    ['Led the move of the search indexer to Elasticsearch 8, with zero lost documents', 0],
    ["Improved the checkout API's success rate to 99.95% by retrying idempotent calls", 0],
    ['Added idempotency keys to the payment and refund endpoints', 1],
    ['B.Sc. Computer Science, Université de Montréal, 2015', 0],
  ]);
  const first = d.bullets[0];
  assert.equal(src.slice(first.start, first.end), 'Designed the order routing service; p99 fell from 480ms to 120ms.');
  assert.deepEqual([d.entries[0].title, d.entries[0].organisation, d.entries[0].dates?.text], ['Staff Engineer', 'Kettle & Co.', '2020 – Present']);
  const edu = bulletStarting(d, 'B.Sc.');
  assert.equal(sourceOf(d, edu, 'Montréal'), "Montr\\'eal");
  assert.equal(sourceOf(d, edu, 'é'), "\\'e");
});

test('\\subsection: a known heading is a section, a role line an entry, a bare group name neither', () => {
  const d = tex(body('\\section{Work}\n\\subsection{Vocational}\n\\subsection{Backend Engineer | Acme | 2021 -- 2023}\n\\begin{itemize}\\item Built the billing exporter\\end{itemize}\n\\subsection{Projects}\n\\begin{itemize}\\item Wrote a tiny parser\\end{itemize}'));
  assert.deepEqual(d.sections.map((s) => [s.kind, s.title]), [['experience', 'Work'], ['projects', 'Projects']]);
  assert.deepEqual(d.entries.map((e) => [e.title, e.organisation, e.dates?.text]), [['Backend Engineer', 'Acme', '2021 – 2023']]);
  assert.deepEqual(d.bullets.map((b) => [b.text, b.entry, b.section]), [['Built the billing exporter', 0, 0], ['Wrote a tiny parser', -1, 1]]);
});

test('-- becomes an en dash, --- an em dash, ~ a space, math is kept as a token', () => {
  const d = tex(body('\\section{Experience}\\begin{itemize}\n\\item Ran 3--5 drills --- all passed~today, query time $O(n \\log n)$ at $|$ p99\n\\end{itemize}'));
  assert.deepEqual(d.bullets.map((b) => b.text), ['Ran 3–5 drills — all passed today, query time O(n log n) at | p99']);
  const b = d.bullets[0];
  assert.equal(sourceOf(d, b, '3–5'), '3--5');
  assert.equal(sourceOf(d, b, 'today'), 'today');
  assertWellFormed(d);
});

test('links, URLs and bold lead-ins: \\href shows its text, \\textbf{X}: names the system', () => {
  const src = body('\\section{Projects}\n\\begin{itemize}\n\\item \\textbf{Quota service}: cut compute spend 12\\% (\\href{https://example.org/q?a=1}{write-up}, \\url{example.org/q})\n\\item \\textbf{Bold} words mid-bullet are not a lead\n\\end{itemize}');
  const d = tex(src);
  assertWellFormed(d);
  const [a, b] = d.bullets;
  assert.equal(a.text, 'Quota service: cut compute spend 12% (write-up, example.org/q)');
  assert.equal(a.lead, 'Quota service');
  assert.equal(sourceOf(d, a, 'write-up'), 'write-up');
  assert.equal(sourceOf(d, a, 'example.org/q)'), 'example.org/q})');
  assert.equal(b.lead, undefined);
});

test('CRLF line endings give the same bullets and exact ranges', () => {
  const { crlf, doc } = crlfTwin(fixture('jake.tex'), tex);
  const weak = bulletStarting(doc, 'Worked on');
  assert.equal(crlf.slice(weak.start, weak.end), 'Worked on the merchant onboarding flow with the risk team');
  assert.equal(sourceOf(doc, bulletStarting(doc, 'Rebuilt'), 'across'), 'across');
});

test('configured bullet commands: the last argument is the bullet', () => {
  const src = body('\\section{Experience}\n\\achievement{2023}{Shipped the \\emph{quota service}, saving 12\\% of compute}\n');
  assert.equal(tex(src).bullets.length, 0);
  const d = tex(src, ['achievement']);
  assert.deepEqual(d.bullets.map((b) => b.text), ['Shipped the quota service, saving 12% of compute']);
  assert.equal(src.slice(d.bullets[0].start, d.bullets[0].end), 'Shipped the \\emph{quota service}, saving 12\\% of compute');
  assert.deepEqual(tex(src, ['\\achievement']).bullets.map((b) => b.text), ['Shipped the quota service, saving 12% of compute']);
});

test('unbalanced braces and truncated files neither throw nor hang, and ranges stay inside', () => {
  for (const src of [
    '\\section{Experience\n\\resumeItem{never closed',
    '}}}}{{{{\\item a {b\n\\item c}}',
    '\\begin{document}\\begin{itemize}\\item open \\textbf{bold',
    '\\cventry{a}{b}{c}{d}{e}{\\begin{itemize}\\item x',
    '\\newcommand{\\x}[1]{',
    '\\def\\y#1',
    '\\',
    '%',
    '$unclosed math \\item',
    '\\item \\\'',
    '',
  ]) {
    const d = tex(src);
    assert.deepEqual(d.problems, []);
    assertWellFormed(d);
  }
  const many = '{'.repeat(20000) + '\\item x '.repeat(2000);
  assertWellFormed(tex(many));
});

test('any text: the reader never throws and every range is inside (property)', () => {
  const token = fc.constantFrom('\\item ', '\\resumeItem{', '\\cventry', '{', '}', '%', '\n', '\\%', '$', '--', '~', 'word ', '\\section{', '\\begin{itemize}', '\\end{itemize}', '\\textbf{', '\\\\', "\\'", '\r\n', '[', ']');
  fc.assert(
    fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
      assertWellFormed(tex(parts.join('')));
    }),
    { numRuns: 300 },
  );
});

test('content sniffing picks LaTeX for a .tex-less resume', () => {
  assert.equal(detectFormat(undefined, fixture('jake.tex')), 'latex');
  assert.equal(detectFormat('cv.tex', 'anything'), 'latex');
});

test('inserted text is escaped for LaTeX: % becomes \\%', () => {
  const esc = FORMAT_TRAITS.latex.escape;
  assert.equal(esc('cut cost by 30%'), 'cut cost by 30\\%');
  assert.equal(esc('R&D, $4k, #1, snake_case'), 'R\\&D, \\$4k, \\#1, snake\\_case');
  assert.equal(esc('~5 min'), '\\textasciitilde{}5 min');
});

test('lint on LaTeX: findings sit on the bullet own characters; inserted % arrives as \\%', () => {
  const src = fixture('jake.tex');
  const r = lintOnBullets(src, 'resume.tex', 'latex', 'Worked on', 'worked on', (out, ruleId, newText) => {
    assert.ok(!/(^|[^\\])%/.test(newText), `${ruleId} inserts an unescaped %: ${newText}`);
    assert.equal(braceBalance(out), braceBalance(src), `${ruleId} edit keeps braces balanced`);
  });
  // the directive above "Responsible for ..." turns weak-verb off for that bullet only
  const disabled = bulletStarting(r.doc, 'Responsible for');
  assert.ok(!r.findings.some((f) => f.ruleId === 'weak-verb' && f.bullet === disabled.index));
});

test('safe fixes (--fix) rewrite words inside markup and next to escapes, and nothing else', () => {
  const src = fixture('jake.tex');
  const out = applyFixes(src, lintDocument(src, { fileName: 'resume.tex' }).findings).text;
  assert.ok(out.includes('\\resumeItem{Moved the invoice store from MongoDB to \\textbf{Postgres}, so 100\\% of exports reconcile}'), out);
  const changed = src.split('\n').filter((l, i) => l !== out.split('\n')[i]);
  assert.deepEqual(changed.map((l) => l.trim().slice(0, 40)), ['\\resumeItem{Successfully moved the invoi']);
});

test('an edit through the engine escapes % for LaTeX (a metric inserted into a bullet)', () => {
  const src = body('\\section{Experience}\n\\begin{itemize}\n\\item Rebuilt the payout scheduler in Go\n\\end{itemize}');
  const d = tex(src);
  const b = d.bullets[0];
  const at = toSourceEnd(b.map, b.text.length);
  const out = applyEdits(src, [{ start: at, end: at, newText: FORMAT_TRAITS.latex.escape(', cutting failures by 38%', b) }]).text;
  assert.ok(out.includes('cutting failures by 38\\%\n'));
  assert.equal(tex(out).bullets[0].text, 'Rebuilt the payout scheduler in Go, cutting failures by 38%');
});

function braceBalance(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '%') while (i < s.length && s[i] !== '\n') i++;
    else if (s[i] === '{') n++;
    else if (s[i] === '}') n--;
  }
  return n;
}

for (const file of corpusFiles(/\.tex$/)) {
  test(`corpus template ${path.basename(file)} parses with every range inside and bullets found`, () => {
    const src = fs.readFileSync(file, 'utf8');
    const d = tex(src);
    assertWellFormed(d);
    assert.deepEqual(d.problems, []);
    assert.ok(d.bullets.length > 0, 'the template has bullets');
    assert.ok(d.sections.length > 0, 'the template has sections');
    // one bullet per list marker or bullet command in the body (comments stripped); \cventry
    // descriptions add theirs on top
    const from = src.indexOf('\\begin{document}');
    const bodyText = src.slice(Math.max(0, from)).split('\n').map((l) => l.replace(/(^|[^\\])%.*$/, '$1')).join('\n');
    const count = (re: RegExp) => (bodyText.match(re) ?? []).length;
    const markers = count(/\\(item|resumeItem|resumeSubItem|cvlistitem|cvitem|cvitemwithcomment)(?![A-Za-z])/g) + 2 * count(/\\cv(list)?doubleitem(?![A-Za-z])/g);
    if (count(/\\cventry(?![A-Za-z])/g) === 0) assert.equal(d.bullets.length, markers);
    else assert.ok(d.bullets.length >= markers, `${d.bullets.length} bullets for ${markers} markers`);
    // no bullet text carries markup the reader should have removed
    for (const b of d.bullets) assert.ok(!/\\(textbf|emph|item|resumeItem)\b/.test(b.text), b.text);
  });
}
