// A RuleTester in the ESLint style for the word-list rules: tables of valid and invalid bullets, each linted
// inside a small Markdown resume by the real engine (parser, scope, offsets, fixes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, applyFixes, lintDocument, type Finding, type UserConfig } from '../../../server/src/engine/index';

export interface Invalid {
  /** the bullet (or Summary paragraph) */
  text: string;
  /** the words each finding covers, in order */
  errors: string[];
  /** a pattern every message must match */
  message?: RegExp;
  /** the bullet after the rule's safe fixes (fixable rules) */
  output?: string;
  /** the bullet after the preferred suggestion of the first finding */
  suggestion?: string | null;
  /** the suggestion titles of the first finding, when they matter */
  suggestions?: string[];
  section?: 'Experience' | 'Summary' | 'Skills' | 'Projects';
  config?: UserConfig;
  /** lint the resume with CRLF line endings (offsets and fixes must stay exact) */
  crlf?: boolean;
}

export type Valid = string | { text: string; section?: Invalid['section']; config?: UserConfig };

export const NL = '\n';

/** A resume holding one bullet (or one Summary paragraph) between other lines that must never change. */
export function resumeWith(text: string, section: Invalid['section'] = 'Experience', eol = NL): { doc: string; at: number } {
  const head = `# Avery Quinn${eol}${eol}avery@example.com${eol}${eol}`;
  let doc: string;
  if (section === 'Summary') doc = `${head}## Summary${eol}${eol}${text}${eol}${eol}## Experience${eol}${eol}### Engineer | Fernhill | 2020 – 2023${eol}${eol}- Kept the bullet above unchanged.${eol}`;
  else if (section === 'Skills') doc = `${head}## Skills${eol}${eol}- ${text}${eol}`;
  else doc = `${head}## ${section}${eol}${eol}### Engineer | Fernhill | 2020 – 2023${eol}${eol}- ${text}${eol}- Kept this neighbouring bullet exactly as written.${eol}`;
  return { doc, at: doc.indexOf(text) };
}

const eolOf = (c: { crlf?: boolean }) => (c.crlf ? '\r\n' : NL);

export function findingsFor(ruleId: string, text: string, section?: Invalid['section'], config?: UserConfig, eol = NL) {
  const { doc, at } = resumeWith(text, section, eol);
  const r = lintDocument(doc, { format: 'markdown', config });
  const mine = r.findings.filter((f) => f.ruleId === ruleId && f.start >= at && f.end <= at + text.length);
  return { doc, at, findings: mine, all: r.findings.filter((f) => f.ruleId === ruleId) };
}

const words = (doc: string, f: Finding) => doc.slice(f.start, f.end);

/** Applies edits to the document and returns the bullet, checking nothing outside the bullet changed. */
function bulletAfter(doc: string, at: number, text: string, out: string): string {
  const before = doc.slice(0, at);
  const after = doc.slice(at + text.length);
  assert.ok(out.startsWith(before), 'text before the bullet changed');
  assert.ok(out.endsWith(after), 'text after the bullet changed');
  return out.slice(before.length, out.length - after.length);
}

export function ruleTester(ruleId: string, table: { valid: Valid[]; invalid: Invalid[] }): void {
  test(`${ruleId}: stays quiet on valid text`, () => {
    const wrong: string[] = [];
    for (const v of table.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      const { doc, findings } = findingsFor(ruleId, c.text, c.section, c.config);
      if (findings.length) wrong.push(`${c.text}  ->  ${findings.map((f) => words(doc, f)).join(', ')}`);
    }
    assert.deepEqual(wrong, []);
  });

  test(`${ruleId}: reports invalid text with the exact words`, () => {
    const wrong: string[] = [];
    for (const c of table.invalid) {
      const { doc, at, findings } = findingsFor(ruleId, c.text, c.section, c.config, eolOf(c));
      const got = findings.map((f) => words(doc, f));
      if (JSON.stringify(got) !== JSON.stringify(c.errors)) wrong.push(`${c.text}: expected ${JSON.stringify(c.errors)}, got ${JSON.stringify(got)}`);
      // the exact offsets: each expected phrase at its first place after the previous one
      let from = 0;
      if (got.length === c.errors.length)
        c.errors.forEach((e, k) => {
          const pos = c.text.indexOf(e, from);
          if (findings[k].start !== at + pos) wrong.push(`${c.text}: "${e}" reported at ${findings[k].start}, expected ${at + pos}`);
          from = pos + e.length;
        });
      for (const f of findings) {
        if (c.message && !c.message.test(f.message)) wrong.push(`${c.text}: message "${f.message}" does not match ${c.message}`);
        if (f.message.includes(ruleId)) wrong.push(`${c.text}: the message names the rule id`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  const withOutput = table.invalid.filter((c) => c.output !== undefined);
  if (withOutput.length)
    test(`${ruleId}: safe fixes give the intended text, and the rule no longer fires`, () => {
      for (const c of withOutput) {
        const { doc, at, findings } = findingsFor(ruleId, c.text, c.section, c.config, eolOf(c));
        // fixes that touch each other are applied over several passes, as the CLI does
        let fixed = applyFixes(doc, findings).text;
        for (let pass = 0; pass < 5; pass++) {
          const next = applyFixes(fixed, lintDocument(fixed, { format: 'markdown', config: c.config }).findings.filter((f) => f.ruleId === ruleId)).text;
          if (next === fixed) break;
          fixed = next;
        }
        assert.equal(bulletAfter(doc, at, c.text, fixed), c.output, c.text);
        const again = lintDocument(fixed, { format: 'markdown', config: c.config }).findings.filter((f) => f.ruleId === ruleId && f.fix);
        assert.deepEqual(again.map((f) => fixed.slice(f.start, f.end)), [], `still fixable after the fix: ${c.output}`);
      }
    });

  const withSuggestion = table.invalid.filter((c) => c.suggestion !== undefined || c.suggestions !== undefined);
  if (withSuggestion.length)
    test(`${ruleId}: suggestions rewrite only the weak words`, () => {
      for (const c of withSuggestion) {
        const { doc, at, findings } = findingsFor(ruleId, c.text, c.section, c.config, eolOf(c));
        const f = findings[0];
        assert.ok(f, `no finding for ${c.text}`);
        if (c.suggestions) assert.deepEqual((f.suggestions ?? []).map((s) => s.title), c.suggestions, c.text);
        if (c.suggestion === undefined) continue;
        const preferred = (f.suggestions ?? []).find((s) => s.preferred);
        if (c.suggestion === null) {
          assert.equal(preferred, undefined, `${c.text}: expected no preferred suggestion`);
          continue;
        }
        assert.ok(preferred, `${c.text}: no preferred suggestion`);
        assert.equal(bulletAfter(doc, at, c.text, applyEdits(doc, preferred.edits).text), c.suggestion, c.text);
      }
    });
}
