import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { escapeHtml, summaryHtml, type SummaryData } from '../../client/src/summaryHtml';
import { lintDocument } from '../../server/src/engine/index';

const NONCE = 'abcDEF0123456789xyz=';
const data: SummaryData = {
  score: 62,
  proven: 1,
  total: 3,
  entries: [
    {
      title: 'Backend Engineer <Acme & "Co">',
      start: 40,
      end: 80,
      proven: 1,
      total: 2,
      score: 71,
      bullets: [
        { start: 90, end: 150, text: 'Cut p95 from 900ms to 120ms on the <checkout> API.', proven: true, lacks: [], challenge: false },
        { start: 160, end: 190, text: 'Worked on payments.', proven: false, lacks: ['system', 'result'] },
      ],
    },
    { title: 'Intern', start: 200, end: 220, proven: 0, total: 1, score: 8, bullets: [{ start: 230, end: 260, text: "Helped the team's <script>alert(1)</script>", proven: false, lacks: ['change'] }] },
  ],
};

test('summary html: escapes every piece of user text', () => {
  const html = summaryHtml(data, { nonce: NONCE, title: 'cv<1>.md' });
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.ok(html.includes('Helped the team&#39;s &lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('Backend Engineer &lt;Acme &amp; &quot;Co&quot;&gt;'));
  assert.ok(html.includes('Proof summary: cv&lt;1&gt;.md'));
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('summary html: a strict Content-Security-Policy; only nonce-carrying style and script, no inline handlers or styles', () => {
  const html = summaryHtml(data, { nonce: NONCE });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.equal(csp, `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}';`);
  assert.equal(html.match(/<script\b/g)?.length, 1);
  assert.ok(html.includes(`<script nonce="${NONCE}">`));
  assert.ok(html.includes(`<style nonce="${NONCE}">`));
  assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
  assert.ok(!/\sstyle=/i.test(html), 'no style attributes (the policy would block them)');
  assert.throws(() => summaryHtml(data, { nonce: `x" onload="alert(1)` }));
  assert.throws(() => summaryHtml(data, { nonce: 'short' }));
});

test('summary html: theme colours through CSS variables; a bar per entry sized by its score', () => {
  const html = summaryHtml(data, { nonce: NONCE });
  for (const v of ['--vscode-foreground', '--vscode-editor-background', '--vscode-font-family', '--vscode-focusBorder']) assert.ok(html.includes(`var(${v})`), v);
  assert.ok(!/#[0-9a-f]{3,6}\b/i.test(html.replace(/&#39;/g, '')), 'no hard-coded colours');
  const bars = [...html.matchAll(/role="meter"[^>]*aria-valuenow="(\d+)"><div class="fill s\d+" data-width="(\d+)">/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(bars, [['71', '71'], ['8', '8']]);
  assert.ok(html.includes('.fill[data-width="71"]{width:71%}'));
});

test('summary html: each bullet is marked proven or not, with what it lacks', () => {
  const html = summaryHtml(data, { nonce: NONCE });
  const bullets = [...html.matchAll(/<button type="button" class="bullet (ok|weak)" data-start="(\d+)" data-end="(\d+)"[^>]*>.*?<span class="status">([^<]*)<\/span>/g)].map((m) => [m[1], m[2], m[3], m[4]]);
  assert.deepEqual(bullets, [
    ['ok', '90', '150', 'proven · bonus: say what problem it answered'],
    ['weak', '160', '190', 'not proven: name the system, add a measured result'],
    ['weak', '230', '260', 'not proven: say what you changed'],
  ]);
  assert.ok(html.includes('1/2 bullets proven · 71/100'));
  assert.ok(html.includes('Proof score <strong>62/100</strong> · 1/3 bullets proven'));
});

test('summary html: clicking a bullet posts a reveal message with its offsets', () => {
  const html = summaryHtml(data, { nonce: NONCE });
  const script = /<script nonce="[^"]+">([\s\S]*?)<\/script>/.exec(html)![1];
  const posted: unknown[] = [];
  let onClick: ((e: unknown) => void) | undefined;
  const el = { dataset: { start: '160', end: '190' } };
  vm.runInNewContext(script, {
    acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(m) }),
    document: { addEventListener: (type: string, fn: (e: unknown) => void) => type === 'click' && (onClick = fn) },
  });
  assert.ok(onClick, 'a click listener is installed');
  onClick!({ target: { closest: (sel: string) => (sel === '[data-start]' ? el : null) } });
  onClick!({ target: { closest: () => null } });
  // the message was built in another realm: compare it as data
  assert.deepEqual(JSON.parse(JSON.stringify(posted)), [{ type: 'reveal', start: 160, end: 190 }]);
});

test('summary html: built from a real lint result; offsets point at the bullets in the source', () => {
  const text = '# Ana Ruiz\n\n## Experience\n\n### Engineer | Vireo | 2020 – 2024\n\n- Worked on the billing service.\n';
  const r = lintDocument(text, { format: 'markdown' });
  const html = summaryHtml(r.score!, { nonce: NONCE });
  const m = /class="bullet weak" data-start="(\d+)" data-end="(\d+)"/.exec(html);
  assert.ok(m);
  assert.equal(text.slice(+m[1], +m[2]), 'Worked on the billing service.');
  const empty = summaryHtml(lintDocument('# Ana Ruiz\n', { format: 'markdown' }).score!, { nonce: NONCE });
  assert.match(empty, /No bullets to score yet/);
});
