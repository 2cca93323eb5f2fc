import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDocument } from '../../../server/src/engine/index';
import { ruleTester } from './word-tester';

ruleTester('placeholder', {
  valid: [
    'Rebuilt the catalogue cache layer, cutting product page load times by 38%.',
    'Wrote the [design doc](https://example.com/rfc) and the [1] reference for the ranking model.',
    'Built the payments SDK [Go, gRPC] used by 14 services.',
    'Ported the build to the Nx monorepo tool, making CI 2x faster.',
    'Wrote up the outage in the postmortem [link] [ref] shared with 3 partner banks.',
    'Shipped a todo list feature for field technicians in 6 weeks.',
    'Moved 3 XML feeds to the partner API with no lost orders.',
    { text: 'Languages: Go, TypeScript, SQL', section: 'Skills' },
  ],
  invalid: [
    { text: 'Rebuilt the [system] cache layer, cutting load times by XX%.', errors: ['[system]', 'XX%'] },
    { text: 'Cut costs by $XXk and latency by X% on the {{service}}.', errors: ['$XXk', 'X%', '{{service}}'], message: /stands in for a number|template text/ },
    { text: 'Redesigned the <system> retry logic after [what] broke.', errors: ['<system>', '[what]'] },
    { text: 'Reduced queue lag from [before] to [after] with [metric].', errors: ['[before]', '[after]', '[metric]'] },
    { text: 'TODO: add the result of the reporting migration.', errors: ['TODO'], message: /note to yourself/ },
    { text: 'Sped up the nightly import by N% (numbers TBD).', errors: ['N%', 'TBD'] },
    { text: 'Launched the ${1:system} with ${2:result}.', errors: ['${1:system}', '${2:result}'] },
    { text: 'Worked at [Company Name] on the [INSERT TEAM] roadmap.', errors: ['[Company Name]', '[INSERT TEAM]'] },
    { text: '🧪 Cut flaky tests in the mobile suite by XX% with retries.', crlf: true, errors: ['XX%'] },
    { text: 'Placeholder in Skills: [skill]', section: 'Skills', errors: ['[skill]'] },
    { text: 'Backend engineer with XX years of experience in [domain].', section: 'Summary', errors: ['XX', '[domain]'] },
  ],
});

test('placeholder: an error by default, also on entry title lines', () => {
  const doc = '# [Your Name]\n\n## Experience\n\n### [Job Title] | [Company] | 2020 – 2023\n\n- Cut p95 latency of the quote API from 480ms to 230ms.\n';
  const f = lintDocument(doc, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'placeholder');
  assert.deepEqual(f.map((x) => doc.slice(x.start, x.end)), ['[Your Name]', '[Job Title]', '[Company]']);
  assert.ok(f.every((x) => x.severity === 'error'));
});

