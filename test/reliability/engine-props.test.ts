// Property tests of the engine over random resumes in every format (and damaged ones): it never
// throws, every range lies inside the text (and inside its bullet), the same input gives the same
// findings, and every fix and suggestion edits only its own bullet, keeps the file parseable and
// makes progress. Fixed seeds and bounded runs: a failure prints the seed and a shrunk input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { applyEdits, applyFixes, lintDocument, type Edit, type Finding, type Format, type LintResult } from '../../server/src/engine';
import { anyInput, resume } from './gen';

const runs = (n: number) => ({ seed: 20261130, numRuns: n, endOnFailure: true });

function checkRanges(text: string, r: LintResult): void {
  const inText = (s: number, e: number, what: string) => {
    assert.ok(Number.isInteger(s) && Number.isInteger(e), `${what}: integer offsets (${s}, ${e})`);
    assert.ok(0 <= s && s <= e && e <= text.length, `${what}: [${s}, ${e}) inside a text of ${text.length}`);
  };
  for (const b of r.doc.bullets) inText(b.start, b.end, `bullet ${b.index}`);
  for (const f of r.findings) {
    inText(f.start, f.end, `${f.ruleId} finding`);
    assert.notEqual(f.ruleId, 'rule-error', `a rule threw: ${f.message}`);
    const b = f.bullet === undefined ? undefined : r.doc.bullets[f.bullet];
    if (f.bullet !== undefined) {
      assert.ok(b, `${f.ruleId}: bullet ${f.bullet} exists`);
      assert.ok(b.start <= f.start && f.end <= b.end, `${f.ruleId} [${f.start}, ${f.end}) lies on its bullet [${b.start}, ${b.end})`);
    }
    const edits: Array<[string, Edit]> = [...(f.fix ?? []).map((e): [string, Edit] => ['fix', e]), ...(f.suggestions ?? []).flatMap((s) => s.edits.map((e): [string, Edit] => [`suggestion "${s.title}"`, e]))];
    for (const [what, e] of edits) {
      inText(e.start, e.end, `${f.ruleId} ${what} edit`);
      assert.equal(typeof e.newText, 'string');
    }
  }
}

/** Does the text still parse in its format (as well as it did before)? */
function parses(format: Format, text: string): string | undefined {
  try {
    if (format === 'json') JSON.parse(text);
    // yaml's parse throws on the first error
    if (format === 'yaml') parseYaml(text, { prettyErrors: false, uniqueKeys: false });
    if (format === 'latex' && !bracesBalanced(text)) return 'unbalanced braces';
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

/** LaTeX braces outside comments and escapes, each closed in order. */
function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '%') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Text outside [start, end) of the original, compared with the same text around the replacement. */
function onlySpanChanged(before: string, after: string, start: number, end: number): boolean {
  const tail = before.length - end;
  return after.startsWith(before.slice(0, start)) && after.endsWith(before.slice(end)) && after.length - tail >= start;
}

/** Lints as the CLI's --fix does: apply the safe fixes until none is left (at most 10 passes). */
function fixAll(text: string, format: Format): { text: string; result: LintResult } {
  let result = lintDocument(text, { format });
  for (let pass = 0; pass < 10; pass++) {
    const { text: next, fixed } = applyFixes(text, result.findings);
    if (!fixed || next === text) break;
    text = next;
    result = lintDocument(text, { format });
  }
  return { text, result };
}

const key = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}:${f.message}`;

describe('engine under random and damaged input', () => {
  it('never throws; every finding, bullet and edit lies inside the text; findings stay on their bullet', () => {
    fc.assert(
      fc.property(anyInput, ({ format, text }) => {
        checkRanges(text, lintDocument(text, { format }));
      }),
      runs(250),
    );
  });

  it('gives the same findings, proof cards and score for the same input', () => {
    fc.assert(
      fc.property(anyInput, ({ format, text }) => {
        const a = lintDocument(text, { format });
        const b = lintDocument(text, { format });
        assert.deepEqual(b.findings, a.findings);
        assert.deepEqual(b.cards, a.cards);
        assert.deepEqual(b.score, a.score);
      }),
      runs(100),
    );
  });

  it('well-formed resumes of every format parse without a parse error', () => {
    fc.assert(
      fc.property(resume, ({ format, text }) => {
        assert.equal(parses(format, text), undefined, 'the generator writes valid files');
        const errors = lintDocument(text, { format }).findings.filter((f) => f.ruleId === 'parse-error');
        assert.deepEqual(errors.map((f) => f.message), []);
      }),
      runs(200),
    );
  });
});

describe('fixes and suggestions on random resumes', () => {
  it('each fix and suggestion changes only its own bullet and the file still parses in its format', () => {
    fc.assert(
      fc.property(resume, ({ format, text }) => {
        const r = lintDocument(text, { format });
        const valid = parses(format, text) === undefined;
        for (const f of r.findings) {
          const b = f.bullet === undefined ? undefined : r.doc.bullets[f.bullet];
          const options = [...(f.fix ? [{ title: 'fix', edits: f.fix }] : []), ...(f.suggestions ?? [])];
          for (const o of options) {
            const { text: after, skipped } = applyEdits(text, o.edits);
            assert.deepEqual(skipped, [], `${f.ruleId} ${o.title}: its edits do not overlap`);
            const lo = Math.min(...o.edits.map((e) => e.start));
            const hi = Math.max(...o.edits.map((e) => e.end));
            assert.ok(onlySpanChanged(text, after, lo, hi), `${f.ruleId} ${o.title}: text outside [${lo}, ${hi}) is untouched`);
            // a rule edits the bullet it is about (markers and neighbours stay as they were)
            if (b) assert.ok(b.start <= lo && hi <= b.end, `${f.ruleId} ${o.title}: edits [${lo}, ${hi}) inside bullet [${b.start}, ${b.end}) of ${JSON.stringify(text)}`);
            if (valid) assert.equal(parses(format, after), undefined, `${f.ruleId} ${o.title} keeps the ${format} file valid:\n${after}`);
            const reparsed = lintDocument(after, { format }).findings.filter((x) => x.ruleId === 'parse-error');
            assert.deepEqual(reparsed.map((x) => x.message), [], `${f.ruleId} ${o.title}: no parse error after the edit`);
          }
        }
      }),
      runs(100),
    );
  });

  it('a fix makes progress: applied once, its finding is gone or applying it again changes nothing', () => {
    fc.assert(
      fc.property(resume, ({ format, text }) => {
        const r = lintDocument(text, { format });
        for (const f of r.findings.filter((x) => x.fix?.length)) {
          const once = applyEdits(text, f.fix!).text;
          const again = lintDocument(once, { format });
          const before = r.findings.filter((x) => x.ruleId === f.ruleId && x.fix?.length).length;
          const after = again.findings.filter((x) => x.ruleId === f.ruleId && x.fix?.length);
          if (after.length < before) continue;
          // the same number of fixable findings: then they must be no-ops, not the same edit again
          for (const x of after) assert.equal(applyEdits(once, x.fix!).text, once, `${f.ruleId} fix is not idempotent on ${JSON.stringify(text)}:\nafter one fix: ${JSON.stringify(once)}\nstill: ${key(x)}`);
        }
      }),
      runs(150),
    );
  });

  it('applying all safe fixes and linting again leaves nothing fixable, and the file still parses', () => {
    fc.assert(
      fc.property(resume, ({ format, text }) => {
        const { text: fixed, result } = fixAll(text, format);
        assert.equal(parses(format, fixed), undefined, `the fixed ${format} file is valid:\n${fixed}`);
        assert.deepEqual(result.findings.filter((f) => f.fix?.length).map(key), [], `nothing fixable is left in:\n${fixed}`);
        checkRanges(fixed, result);
      }),
      runs(150),
    );
  });
});
