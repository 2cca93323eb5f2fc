// The shared matcher behind the word-list rules (server/src/engine/checks/) and its data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePhrases, findPhrases } from '../../server/src/engine/checks/phrases';
import { tokenize, TOKEN_PATTERN } from '../../server/src/engine/checks/tokens';
import { findTechMentions } from '../../server/src/engine/checks/tech';
import { removalEdits } from '../../server/src/engine/checks/edits';
import { lookupTech, isCorrectTechSpelling } from '../../server/src/engine/data/tech-names';
import { pastTense } from '../../server/src/engine/data/words-verbs';
import { applyEdits, applyFixes, lintDocument } from '../../server/src/engine/index';
import { identityMap } from '../../server/src/engine/textmap';
import type { Bullet } from '../../server/src/engine/model';

const set = compilePhrases([
  { forms: ['worked on', 'worked'], data: 'w' },
  { forms: ['results-driven'], data: 'r' },
  { forms: ['in order to'], data: 'o' },
  { forms: ['C++', 'a.*b', '(x+)+$'], data: 'lit' },
]);
const found = (text: string, allowHyphenated = false) => findPhrases(text, set, { allowHyphenated }).map((m) => text.slice(m.start, m.end));

test('checks: whole words only, in any casing', () => {
  assert.deepEqual(found('Worked on X; WORKED ON Y; workedon Z; reworked on W'), ['Worked on', 'WORKED ON']);
});

test('checks: the longest form wins and matches do not overlap', () => {
  assert.deepEqual(found('worked on it, then worked alone'), ['worked on', 'worked']);
});

test('checks: a form of several words matches across spaces or one hyphen, never across punctuation', () => {
  assert.deepEqual(found('results driven, results-driven, results  driven, results. driven, results--driven'), ['results driven', 'results-driven', 'results  driven']);
  assert.deepEqual(found('in order\u00a0to ship, in order, to ship'), ['in order\u00a0to']);
});

test('checks: a word joined to another by a hyphen is not a match unless the list allows it', () => {
  assert.deepEqual(found('non-worked on'), []);
  assert.deepEqual(found('overworked-on'), []);
  assert.deepEqual(found('worked-on-weekends'), []);
  assert.deepEqual(findTechMentions('Kafka-based Postgresql-backed').map((m) => m.text), ['Kafka', 'Postgresql']);
});

test('checks: an insertable word may sit inside a form, one per gap', () => {
  const adverb = { insertable: (t: { lower: string }) => t.lower.endsWith('ly') };
  const text = 'worked mostly on X; worked really mostly on Y; worked, mostly on Z';
  assert.deepEqual(findPhrases(text, set, adverb).map((m) => text.slice(m.start, m.end)), ['worked mostly on', 'worked', 'worked']);
});

test('checks: list forms are literals, never regular expressions', () => {
  assert.deepEqual(found('Wrote C++ and C# code; axxb, a b and a.*b'), ['C++', 'a.*b']);
  assert.deepEqual(found('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx!'), []);
});

test('checks: tokens keep technology punctuation and split hyphens and apostrophes', () => {
  assert.deepEqual(tokenize("Node.js, C++, C#, .NET and ASP.NET; GitHub's re-run. Done").map((t) => t.lower), ['node.js', 'c++', 'c#', '.net', 'and', 'asp.net', 'github', 's', 're', 'run', 'done']);
  // a sentence's full stop is not part of the next word
  assert.deepEqual(tokenize('Shipped it.Next').map((t) => t.lower), ['shipped', 'it.next']);
  assert.deepEqual(tokenize('end.').map((t) => t.lower), ['end']);
});

test('checks: technology lookup knows canonical, accepted and misspelled forms', () => {
  assert.equal(lookupTech('postgresql')?.correct, 'PostgreSQL');
  assert.equal(lookupTech('postgres')?.correct, 'Postgres');
  assert.equal(lookupTech('Node JS')?.correct, 'Node.js');
  assert.equal(lookupTech('node-js')?.misspelling, true);
  assert.equal(lookupTech('k8s')?.tech.name, 'Kubernetes');
  assert.equal(lookupTech('go')?.ambiguous, true);
  assert.equal(lookupTech('banana'), undefined);
  assert.equal(isCorrectTechSpelling('GitHub'), true);
  assert.equal(isCorrectTechSpelling('Github'), false);
});

test('checks: technology mentions flag everyday words in lower case as ambiguous', () => {
  const m = findTechMentions('Wrote Go and React services that react to go-live events on AWS');
  assert.deepEqual(
    m.map((x) => [x.text, x.canonical, x.isCorrect, x.ambiguous]),
    [
      ['Go', 'Go', true, false],
      ['React', 'React', true, false],
      ['react', 'React', false, true],
      ['go', 'Go', false, true],
      ['AWS', 'AWS', true, false],
    ],
  );
});

test('checks: past tenses for the weak-verb rewrites', () => {
  const cases: Record<string, string> = {
    maintaining: 'maintained', migrating: 'migrated', building: 'built', shipping: 'shipped', studying: 'studied',
    deploying: 'deployed', leading: 'led', improving: 'improved', build: 'built', migrate: 'migrated', design: 'designed', using: 'used',
  };
  for (const [v, past] of Object.entries(cases)) assert.equal(pastTense(v), past, v);
});

function bulletOf(text: string): Bullet {
  return { index: 0, kind: 'bullet', text, start: 0, end: text.length, map: identityMap(0, text.length), section: -1, entry: -1, depth: 0 };
}

test('checks: removal takes the words and exactly one space, and capitalises a new sentence start', () => {
  const cases: Array<[string, number, number, string]> = [
    ['Successfully migrated X', 0, 12, 'Migrated X'],
    ['Cut a very slow query', 6, 10, 'Cut a slow query'],
    ['Shipped it effectively.', 11, 22, 'Shipped it.'],
    ['Built X effectively, cutting Y', 8, 19, 'Built X, cutting Y'],
    ['Passionate, careful engineer', 0, 10, 'Careful engineer'],
    ['Payments: Successfully moved Y', 10, 22, 'Payments: Moved Y'],
    ['Successfully npm-published Z', 0, 12, 'npm-published Z'],
  ];
  for (const [text, a, b, want] of cases) assert.equal(applyEdits(text, removalEdits(bulletOf(text), a, b)!).text, want, text);
});

test('checks: matches sit exactly where the phrase was put, whatever surrounds it (property)', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/).filter((w) => !['worked', 'in', 'results', 'c', 'a'].includes(w));
  fc.assert(
    fc.property(fc.array(word, { maxLength: 6 }), fc.array(word, { maxLength: 6 }), fc.constantFrom('worked on', 'Results-Driven', 'IN ORDER TO'), (before, after, phrase) => {
      const pre = before.length ? before.join(' ') + ' ' : '';
      const text = pre + phrase + (after.length ? ' ' + after.join(' ') : '');
      const ms = findPhrases(text, set);
      return ms.length === 1 && ms[0].start === pre.length && ms[0].end === pre.length + phrase.length;
    }),
  );
});

test('checks: user words with any characters never throw and never match as patterns (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), fc.string({ maxLength: 80 }), (forms, text) => {
      const s = compilePhrases([{ forms, data: 0 }]);
      for (const m of findPhrases(text, s)) {
        // every match is one of the forms, word for word, in any case
        const norm = (x: string) => tokenize(x).map((t) => t.lower).join(' ');
        if (!forms.some((f) => norm(f) === norm(m.text))) return false;
      }
      return true;
    }),
  );
});

/** Applies the safe fixes of the word-list rules until none is left, as `--fix` does. */
function fixAll(text: string, fileName: string): string {
  for (let pass = 0; pass < 5; pass++) {
    const next = applyFixes(text, lintDocument(text, { fileName }).findings.filter((f) => f.ruleId === 'filler' || f.ruleId === 'tech-name')).text;
    if (next === text) return text;
    text = next;
  }
  return text;
}

test('checks: word-list fixes keep JSON Resume valid, escapes included', () => {
  const src = JSON.stringify({ work: [{ name: 'Fernhill', position: 'Engineer', highlights: ['Successfully moved the "ledger" to postgresql in order to cut costs by 20%.'] }], skills: [{ name: 'Languages', keywords: ['Javascript', 'Go'] }] }, null, 2);
  const out = JSON.parse(fixAll(src, 'resume.json'));
  assert.equal(out.work[0].highlights[0], 'Moved the "ledger" to PostgreSQL to cut costs by 20%.');
  assert.deepEqual(out.skills[0].keywords, ['JavaScript', 'Go']);
});

test('checks: word-list fixes in LaTeX replace escaped names and escape what they insert', () => {
  const src = '\\section{Experience}\n\\begin{itemize}\n  \\item Successfully rewrote the nodejs gateway in c\\# and cut p95 by 40\\%.\n\\end{itemize}\n';
  assert.equal(fixAll(src, 'cv.tex'), src.replace('Successfully rewrote the nodejs gateway in c\\#', 'Rewrote the Node.js gateway in C\\#'));
});

test('checks: word-list fixes in RenderCV YAML and plain text touch only the words', () => {
  const yaml = 'cv:\n  sections:\n    experience:\n      - company: Fernhill\n        position: Engineer\n        highlights:\n          - Successfully moved the ledger to postgresql, cutting costs by 20%.\n';
  assert.equal(fixAll(yaml, 'cv.yaml'), yaml.replace('Successfully moved the ledger to postgresql', 'Moved the ledger to PostgreSQL'));
  const text = 'EXPERIENCE\r\n\r\nEngineer, Fernhill, 2020 - 2022\r\n* Very quickly moved the ledger to postgresql, cutting costs by 20%.\r\n';
  assert.equal(fixAll(text, 'cv.txt'), text.replace('Very quickly moved the ledger to postgresql', 'Quickly moved the ledger to PostgreSQL'));
});

test('checks: on random bullets the word-list rules never fail, stay inside the text, and their fixes settle (property)', () => {
  const MINE = new Set(['weak-verb', 'first-person', 'buzzword', 'filler', 'tech-name', 'bullet-length', 'placeholder']);
  const piece = fc.constantFrom(
    'Worked on', 'helped', 'I', 'we', 'US', 'I/O', 'our', 'Successfully', 'very', 'in order to', 'leveraged', 'dynamic', 'team player',
    'postgresql', 'nodejs', 'Github', 'c#', 'C++', 'go', 'React', '[metric]', 'XX%', 'TODO', '{{x}}', '<system>', '**', '*', '`', '\\',
    '🚀', 'é', '\u00a0', '-', ',', '.', ':', '(', ')', 'the billing API', 'cut p95 from 480ms to 230ms', 'which', 'and',
  );
  const bullet = fc.array(piece, { minLength: 1, maxLength: 14 }).map((ps) => ps.join(' '));
  fc.assert(
    fc.property(fc.array(bullet, { minLength: 1, maxLength: 4 }), fc.boolean(), (bullets, crlf) => {
      const eol = crlf ? '\r\n' : '\n';
      const doc = ['## Experience', '', '### Engineer | Fernhill | 2020 – 2023', '', ...bullets.map((b) => `- ${b}`), ''].join(eol);
      const r = lintDocument(doc, { format: 'markdown' });
      if (r.findings.some((f) => f.ruleId === 'rule-error')) return false;
      const mine = r.findings.filter((f) => MINE.has(f.ruleId));
      if (!mine.every((f) => f.start >= 0 && f.start <= f.end && f.end <= doc.length)) return false;
      const fixed = applyFixes(doc, mine).text;
      // line structure survives every fix
      if (fixed.split(eol).length !== doc.split(eol).length) return false;
      return !lintDocument(fixed, { format: 'markdown' }).findings.some((f) => f.ruleId === 'rule-error');
    }),
    { numRuns: 150 },
  );
});

test('tokenize: its character scanner cuts any text exactly where its documented pattern does', () => {
  // the reference: the pattern run as a regex, with the same leading-dot rule
  const byPattern = (text: string) => {
    const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
    const out: Array<{ start: number; end: number; lower: string }> = [];
    for (const m of text.matchAll(re)) {
      let start = m.index;
      if (m[0][0] === '.' && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) start++;
      out.push({ start, end: m.index + m[0].length, lower: text.slice(start, m.index + m[0].length).toLowerCase() });
    }
    return out;
  };
  // letters and digits of several scripts, an astral letter and emoji, lone surrogates, a combining
  // mark (not a letter), joiners and separators
  const pieces = ['a', 'Z', '7', '.', '+', '#', ' ', '-', "'", '/', 'é', 'İ', 'ß', '中', '𝐀', '😀', '\ud800', '\udc00', '\u0301', '٣', '²', 'Ⅻ', '_', '\u00a0', 'NET'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      // the contract is start, end and lower (a token may be the analysis's own object, with more fields)
      assert.deepEqual(tokenize(text).map(({ start, end, lower }) => ({ start, end, lower })), byPattern(text));
    }),
    { numRuns: 3000 },
  );
});

test('engine: suggestions: false gives the same findings without their suggestions (what the CLI asks for)', () => {
  const text = '## Experience\n### Engineer | Acme | 2020 – 2023\n- Worked on the billing API with nodejs.\n- Helped with backend APIs and microservices.\n';
  const full = lintDocument(text, { fileName: 'r.md' }).findings;
  const bare = lintDocument(text, { fileName: 'r.md', suggestions: false }).findings;
  assert.ok(full.some((f) => f.suggestions?.length), 'the text has findings with suggestions');
  assert.ok(bare.every((f) => f.suggestions === undefined));
  assert.deepEqual(bare, full.map((f) => ({ ...f, suggestions: undefined })));
  // fixes stay: --fix applies them
  assert.ok(bare.some((f) => f.fix?.length));
});
