// Scores the engine against the blind evaluation set (bullets.tsv): per-rule precision and recall.
// Shared by run.mjs (the `npm run eval` report) and eval.test.ts (the same bar inside `npm test`), so
// the scoring lives in one place. Plain JavaScript so run.mjs can use it without a build step.
import fs from 'node:fs';

/** The rules the set is labelled for, with the short codes used in bullets.tsv. */
export const RULE_CODES = {
  wv: 'weak-verb',
  mm: 'missing-metric',
  ms: 'missing-system',
  so: 'stack-only',
  vc: 'vague-claim',
  fp: 'first-person',
  bz: 'buzzword',
  fl: 'filler',
  tn: 'tech-name',
  bl: 'bullet-length',
  ph: 'placeholder',
};
export const EVAL_RULES = Object.values(RULE_CODES);
export const THRESHOLDS = { precision: 0.9, recall: 0.85 };

const RANK = { hint: 0, info: 1, warning: 2, error: 3 };
// Rules whose default severity is information count at any severity; the others at warning or above.
const FALLBACK_INFO_RULES = new Set(['filler', 'bullet-length']);

/**
 * Reads bullets.tsv: `id <TAB> labels <TAB> bullet <TAB> note`. Labels are short codes separated by
 * commas ("-" for none); a code prefixed with "?" marks a rule that is not scored on that bullet
 * (the definition leaves it open; the note says why). Lines starting with "#" are comments.
 */
export function loadSet(file) {
  const items = [];
  const seen = new Set();
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`${file}:${i + 1}: expected id, labels, bullet (tab-separated)`);
    const [id, labels, text, note = ''] = cols;
    if (seen.has(id)) throw new Error(`${file}:${i + 1}: duplicate id ${id}`);
    seen.add(id);
    const expect = new Set();
    const ignore = new Set();
    for (const raw of labels.split(',').map((s) => s.trim()).filter((s) => s && s !== '-')) {
      const unscored = raw.startsWith('?');
      const code = unscored ? raw.slice(1) : raw;
      const rule = RULE_CODES[code];
      if (!rule) throw new Error(`${file}:${i + 1}: unknown rule code "${code}"`);
      (unscored ? ignore : expect).add(rule);
    }
    items.push({ id, text: text.trim(), expect, ignore, note: note.trim(), line: i + 1 });
  });
  return items;
}

const PREFIX = '# Sam Doe\n\n## Experience\n\n### Software Engineer | Example Co | 2021 – 2024\n\n- ';

/** A one-role Markdown resume holding only this bullet, so no entry-aware downgrade can apply. */
export function fixtureFor(text) {
  return { source: `${PREFIX}${text}\n`, bulletStart: PREFIX.length - 2 };
}

/** The severity from which a rule's finding counts, from the engine's metadata when it is there. */
export function thresholdsFor(engine) {
  const out = {};
  const metas = new Map((engine.RULES ?? []).map((r) => [r.meta.id, r.meta]));
  for (const id of EVAL_RULES) {
    const meta = metas.get(id);
    const infoByDefault = meta ? RANK[meta.defaultSeverity] <= RANK.info : FALLBACK_INFO_RULES.has(id);
    out[id] = infoByDefault ? 'hint' : 'warning';
  }
  return out;
}

/** The rules that fired on one bullet (findings inside the bullet's line, at the counted severity). */
export function firedRules(engine, text, minSeverity) {
  const { source, bulletStart } = fixtureFor(text);
  const findings = engine.lint(source, { format: 'markdown', fileName: 'eval.md' });
  const fired = new Set();
  const errors = [];
  for (const f of findings) {
    if (f.ruleId === 'rule-error' || f.ruleId === 'parse-error') errors.push(f.message);
    if (f.start < bulletStart) continue;
    const min = minSeverity[f.ruleId];
    if (min && RANK[f.severity] >= RANK[min]) fired.add(f.ruleId);
  }
  return { fired, errors, findings };
}

/** How many bullets label each rule as firing (positives) and as quiet (negatives), unscored ones aside. */
export function balance(items) {
  const out = {};
  for (const rule of EVAL_RULES) out[rule] = { positives: 0, negatives: 0 };
  for (const item of items) {
    for (const rule of EVAL_RULES) {
      if (item.ignore.has(rule)) continue;
      out[rule][item.expect.has(rule) ? 'positives' : 'negatives']++;
    }
  }
  return out;
}

const ratio = (a, b) => (b === 0 ? null : a / b);

/**
 * Lints every bullet alone and compares with its labels. Returns per-rule counts and scores and the
 * list of disagreements. A rule with no positive predictions has precision null (reported as n/a,
 * counted as passing precision; its recall is then 0 and fails).
 */
export function evaluate(engine, items) {
  const minSeverity = thresholdsFor(engine);
  const registered = new Set((engine.RULES ?? []).map((r) => r.meta.id));
  const perRule = {};
  for (const id of EVAL_RULES) perRule[id] = { rule: id, registered: registered.has(id), tp: 0, fp: 0, fn: 0, tn: 0, positives: 0, skipped: 0 };
  const disagreements = [];
  const ruleErrors = [];
  for (const item of items) {
    const { fired, errors } = firedRules(engine, item.text, minSeverity);
    for (const e of errors) ruleErrors.push({ id: item.id, message: e });
    for (const rule of EVAL_RULES) {
      const s = perRule[rule];
      if (item.ignore.has(rule)) {
        s.skipped++;
        continue;
      }
      const want = item.expect.has(rule);
      const got = fired.has(rule);
      if (want) s.positives++;
      if (want && got) s.tp++;
      else if (!want && got) s.fp++;
      else if (want && !got) s.fn++;
      else s.tn++;
      if (want !== got) disagreements.push({ id: item.id, rule, expected: want, got, text: item.text, note: item.note });
    }
  }
  for (const s of Object.values(perRule)) {
    s.precision = ratio(s.tp, s.tp + s.fp);
    s.recall = ratio(s.tp, s.tp + s.fn);
    s.passPrecision = s.precision === null || s.precision >= THRESHOLDS.precision;
    s.passRecall = s.recall !== null && s.recall >= THRESHOLDS.recall;
    s.pass = s.passPrecision && s.passRecall;
  }
  return { perRule, disagreements, ruleErrors, bullets: items.length };
}

const pct = (x) => (x === null ? '   n/a' : (x * 100).toFixed(2).padStart(6));

/** The per-rule table as text. */
export function formatTable(result) {
  const rows = [`${'rule'.padEnd(16)} ${'pos'.padStart(4)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}   prec%   rec%  pass`];
  for (const s of Object.values(result.perRule)) {
    const flag = s.pass ? 'yes' : s.registered ? 'NO' : 'NO (rule not registered)';
    rows.push(`${s.rule.padEnd(16)} ${String(s.positives).padStart(4)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision)} ${pct(s.recall)}  ${flag}`);
  }
  return rows.join('\n');
}

/** The disagreements as text, grouped by rule: false positives first, then misses. */
export function formatDisagreements(result) {
  const out = [];
  for (const rule of EVAL_RULES) {
    const ds = result.disagreements.filter((d) => d.rule === rule);
    if (!ds.length) continue;
    out.push(`\n== ${rule}: ${ds.filter((d) => d.got).length} false positive(s), ${ds.filter((d) => !d.got).length} miss(es)`);
    for (const d of [...ds.filter((d) => d.got), ...ds.filter((d) => !d.got)]) {
      out.push(`  [${d.id}] expected ${d.expected ? 'fire' : 'quiet'}, got ${d.got ? 'fire' : 'quiet'}: ${d.text}${d.note ? `   (note: ${d.note})` : ''}`);
    }
  }
  return out.join('\n');
}
