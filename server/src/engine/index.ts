import type { Bullet, Entry, Format, ResumeDoc, SectionKind } from './model';
import type { Edit, Finding, Report, Rule, RuleContext, Severity } from './types';
import { resolveConfig, type ConfigProblem, type ResolvedConfig, type UserConfig } from './config';
import { RULES } from './registry';
import { analyseBullet, type ProofCard } from './proof';
import { analysisOf } from './analysis';
import { detectFormat, FORMAT_TRAITS } from './formats';
import { filterByDirectives, parseDirectives } from './directives';
import { toSourceEnd, toSourceStart } from './textmap';
import { parse } from './parse';
import { scoreResume, type ResumeScore } from './score';
import { LintMemo, withMemo } from './memo';

export { LintMemo } from './memo';

export type { Bullet, Entry, Format, ResumeDoc, Section, SectionKind, Skill, Span, TextMap } from './model';
export type { Edit, Finding, Rule, RuleMeta, Severity, Suggestion } from './types';
export type { ProofCard, Evidence } from './proof';
export type { UserConfig, ResolvedConfig, ConfigProblem } from './config';
export { RULES, RULE_IDS, ruleById, docsPath } from './registry';
export { parse } from './parse';
export { FORMATS } from './model';
export { detectFormat, FORMAT_TRAITS } from './formats';
export { applyEdits, applyFixes } from './fix';
export { resolveConfig } from './config';
export { toSourceStart, toSourceEnd } from './textmap';
export { lineStarts, lineOf } from './directives';
export { scoreResume, entrySummary, scoredBullets, PART_ADVICE, PROOF_PARTS } from './score';
export type { ResumeScore, EntryScore, BulletScore, ProofPart } from './score';

/** Ids of findings the engine itself makes (not rules): documented in docs/rules/README.md. */
export const ENGINE_IDS = { parseError: 'parse-error', notAnalysed: 'not-analysed', ruleError: 'rule-error' } as const;

export interface LintOptions {
  format?: Format;
  fileName?: string;
  /** a user config, or one already resolved with {@link resolveConfig} (cheaper when linting many files) */
  config?: UserConfig | ResolvedConfig;
  /**
   * Per-text results to reuse between lints of one document (keep one per open document and drop it
   * with the document). Without one, a lint computes everything afresh and keeps nothing.
   */
  memo?: LintMemo;
  /**
   * When given, milliseconds spent are added to it by part: "parse", each rule id, "proof" (cards not
   * already made by a rule), "directives", "sort", "score" (ESLint's TIMING=1, for bench/rules.mjs).
   */
  timing?: Record<string, number>;
  /**
   * false: findings come without their suggestions (the alternative edits an editor offers as code
   * actions), for callers that never show them, such as the CLI: translating their edits to source
   * offsets was ~3% of the CLI's per-file time. Default true.
   */
  suggestions?: boolean;
}

const now = (): number => globalThis.performance.now();

export interface LintResult {
  format: Format;
  doc: ResumeDoc;
  findings: Finding[];
  /** the proof card of each bullet, by bullet index (prose paragraphs get one too) */
  cards: ProofCard[];
  configProblems: ConfigProblem[];
  /** the proof score (absent when the file was too large to analyse) */
  score?: ResumeScore;
}

const resolvedCache = new WeakMap<object, { config: ResolvedConfig; problems: ConfigProblem[] }>();

function isResolved(c: UserConfig | ResolvedConfig): c is ResolvedConfig {
  return typeof (c as ResolvedConfig).severities === 'object' && typeof (c as ResolvedConfig).options === 'object';
}

/** Resolves a config once per object identity. */
export function configFor(config: UserConfig | ResolvedConfig | undefined): { config: ResolvedConfig; problems: ConfigProblem[] } {
  if (config && isResolved(config)) return { config, problems: [] };
  const key = config ?? DEFAULT_KEY;
  let hit = resolvedCache.get(key);
  if (!hit) {
    hit = resolveConfig(config, RULES.map((r) => r.meta));
    resolvedCache.set(key, hit);
  }
  return hit;
}
const DEFAULT_KEY = {};

const EXPERIENCE_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects']);

/** The bullets a rule reads, by its declared scope. */
function bulletsInScope(doc: ResumeDoc, scope: Rule['meta']['scope']): Bullet[] {
  const kindOf = (b: Bullet): SectionKind | undefined => (b.section >= 0 ? doc.sections[b.section].kind : undefined);
  // A fragment with no recognised section (a few pasted bullets) is read as experience.
  const noSections = !doc.sections.some((s) => s.kind === 'experience' || s.kind === 'projects');
  const isExperience = (b: Bullet) => {
    const k = kindOf(b);
    return k ? EXPERIENCE_KINDS.has(k) : noSections;
  };
  switch (scope ?? 'experience') {
    case 'experience':
      return doc.bullets.filter((b) => b.kind === 'bullet' && isExperience(b));
    case 'experience+summary':
      return doc.bullets.filter((b) => (b.kind === 'bullet' && isExperience(b)) || kindOf(b) === 'summary');
    case 'summary':
      return doc.bullets.filter((b) => kindOf(b) === 'summary');
    case 'document':
      return doc.bullets;
  }
}

/**
 * Formats whose escape leaves text as it is (Markdown and plain text: inserted words need no
 * escaping there). For them the report path skips the per-edit escaping, which showed in CPU profiles
 * of the bench (a regex split of every snippet and a call per part, to return the same string).
 */
const VERBATIM: ReadonlySet<Format> = new Set(['markdown', 'text']);

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Lints a resume: the findings only. Synchronous and pure. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintDocument(text, options).findings;
}

/** Lints a resume and returns the model, findings and proof cards. */
export function lintDocument(text: string, options: LintOptions = {}): LintResult {
  return withMemo(options.memo, () => lintWithMemo(text, options));
}

function lintWithMemo(text: string, options: LintOptions): LintResult {
  const { config, problems } = configFor(options.config);
  const format = options.format ?? detectFormat(options.fileName, text);
  const bytes = text.length > config.maxFileSize / 4 ? utf8Length(text) : 0;
  if (bytes > config.maxFileSize) {
    const doc: ResumeDoc = { format, text, sections: [], entries: [], bullets: [], skills: [], comments: [], problems: [] };
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    return {
      format,
      doc,
      cards: [],
      configProblems: problems,
      findings: [
        finding(
          ENGINE_IDS.notAnalysed,
          'info',
          `This file was not analysed: it is ${kb(bytes)}, over the ${kb(config.maxFileSize)} limit (raise "maxFileSize" in .bulletproofrc.json to lint it).`,
          0,
          Math.min(text.length, text.search(/\r?\n|$/)),
        ),
      ],
    };
  }
  const timing = options.timing;
  const withSuggestions = options.suggestions !== false;
  let mark = timing ? now() : 0;
  /** Adds the time since the last lap to `part` (only when timing). */
  const lap = (part: string) => {
    if (!timing) return;
    const t = now();
    timing[part] = (timing[part] ?? 0) + (t - mark);
    mark = t;
  };
  const doc = parse(text, format, { latexBulletCommands: config.latex.bulletCommands });
  lap('parse');
  if (timing) {
    // analyse every bullet up front, so the time is not charged to whichever rule reads it first
    for (const b of doc.bullets) analysisOf(b);
    lap('analysis');
  }
  // Every bullet gets its card (the score reads them all), so they are made up front, in one loop: made on
  // a rule's first ctx.proof(), V8 inlined the card's making into every rule that asks, compiling it again
  // for each while a process warms up.
  const cards: ProofCard[] = [];
  for (const b of doc.bullets) cards[b.index] = analyseBullet(b, doc);
  lap('proof');
  const proof = (b: Bullet) => cards[b.index];
  const entryOf = (b: Bullet): Entry | undefined => (b.entry >= 0 ? doc.entries[b.entry] : undefined);
  const traits = FORMAT_TRAITS[format];
  // an array literal filled by push, not problems.map(): V8 then gives every lint's findings array the
  // same elements kind, and the optimised push in report() is not thrown away on 'wrong map'
  const findings: Finding[] = [];
  for (const p of doc.problems) findings.push(finding(ENGINE_IDS.parseError, 'error', p.message, p.start, p.end));

  const verbatim = VERBATIM.has(format);
  const toSource = (b: Bullet | undefined, e: Edit): Edit => {
    if (!b) return e;
    const start = toSourceStart(b.map, e.start);
    const end = e.end === e.start ? start : toSourceEnd(b.map, e.end);
    let newText = e.newText;
    let plainText = e.plainText;
    if (!verbatim) {
      const esc = (t: string) => traits.escape(t, b);
      newText = e.snippet ? escapeSnippet(newText, esc) : esc(newText);
      if (plainText !== undefined) plainText = esc(plainText);
    }
    // Built field by field in the order of the Edit contract, with plainText always present (as the
    // object spread that was here gave it). The spread of edits from many rules was the hottest line
    // of the bench profile: V8 copies objects of many shapes on a slow path.
    return 'snippet' in e ? { start, end, newText, snippet: e.snippet, plainText } : { start, end, newText, plainText };
  };
  // rules that declare the same scope read the same bullets: filter once per scope, not once per rule
  const scoped = new Map<Rule['meta']['scope'], Bullet[]>();
  const inScope = (scope: Rule['meta']['scope']) => {
    let list = scoped.get(scope);
    if (!list) scoped.set(scope, (list = bulletsInScope(doc, scope)));
    return list;
  };

  // A rule's reports are queued and turned into findings after its check() (flushReports). The turning
  // (source offsets, escaping, the finding object) was inlined by V8 into every rule's check() that
  // calls report(), each copy compiled anew while a process warms up: queued, it is one function,
  // compiled once, and the checks take 20-35% less optimising-compiler time. Same findings, same order.
  const queued: Report[] = [];
  const report = (r: Report) => {
    queued.push(r);
  };
  const flushReports = (ruleId: string, severity: Severity) => {
    try {
      turnIntoFindings(ruleId, severity);
    } finally {
      // emptied even when a report cannot be turned (the rule then fails with what came before it)
      queued.length = 0;
    }
  };
  const turnIntoFindings = (ruleId: string, severity: Severity) => {
    for (let k = 0; k < queued.length; k++) {
      const r = queued[k];
      const b = r.bullet;
      const start = b ? toSourceStart(b.map, r.start) : r.start;
      const end = b ? (r.end === r.start ? start : toSourceEnd(b.map, r.end)) : r.end;
      findings.push(
        finding(ruleId, lower(severity, r.severity), r.message, start, end, {
          fix: r.fix?.map((e) => toSource(b, e)),
          suggestions: withSuggestions ? r.suggestions?.map((s) => ({ ...s, edits: s.edits.map((e) => toSource(b, e)) })) : undefined,
          tags: r.tags,
          related: r.related,
          bullet: b?.index,
          data: r.data,
        }),
      );
    }
  };

  for (const rule of RULES) {
    const configured = config.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (configured === 'off') continue;
    const severity: Severity = configured;
    const ctx: RuleContext = {
      doc,
      format,
      config,
      options: config.options[rule.meta.id] ?? {},
      bullets: inScope(rule.meta.scope),
      proof,
      entryOf,
      report,
    };
    try {
      rule.check(ctx);
      flushReports(rule.meta.id, severity);
    } catch (err) {
      // what the rule reported before it failed is kept, then the failure
      flushReports(rule.meta.id, severity);
      findings.push(
        finding(
          ENGINE_IDS.ruleError,
          'error',
          `Rule "${rule.meta.id}" failed on this file and was skipped: ${err instanceof Error ? err.message : String(err)}. Please report it with the file if you can share it.`,
          0,
          0,
        ),
      );
    }
    lap(rule.meta.id);
  }

  const directives = parseDirectives(doc.comments);
  let kept = filterByDirectives(text, findings, directives, (f) => (f.bullet === undefined ? undefined : doc.bullets[f.bullet].start));
  if (config.ignore.length) {
    const ids = new Set(config.ignore.filter((x) => !x.startsWith('/')));
    // a JSON pointer silences the findings on the bullets at or below it (JSON has no comments)
    const pointers = config.ignore.filter((x) => x.startsWith('/'));
    const under = (p: string | undefined) => p !== undefined && pointers.some((x) => p === x || p.startsWith(x.endsWith('/') ? x : `${x}/`));
    kept = kept.filter((f) => !ids.has(f.ruleId) && !(f.bullet !== undefined && under(doc.bullets[f.bullet].pointer)));
  }
  lap('directives');
  kept = sortFindings(kept);
  lap('sort');
  const score = scoreResume({ doc, cards, findings: kept });
  lap('score');
  return { format, doc, findings: kept, cards, configProblems: problems, score };
}

/**
 * Findings by start, then end, then rule id in alphabetical order; ties keep their order (a stable sort).
 * The keys are read once into arrays and indices are sorted: comparing findings directly read
 * properties of objects of many shapes per comparison, and localeCompare (ICU) per tie, which both
 * showed in the bench profile. The few distinct rule ids are ranked once.
 */
function sortFindings(list: Finding[]): Finding[] {
  // rule ids are lower-case ASCII words and hyphens, for which code-unit order is the locale order;
  // localeCompare's first call loads ICU's collator, about 10 ms of a server's first diagnostics
  const ids = [...new Set(list.map((f) => f.ruleId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(ids.map((id, k) => [id, k]));
  const n = list.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const ranks = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const f = list[k];
    starts[k] = f.start;
    ends[k] = f.end;
    ranks[k] = rankOf.get(f.ruleId)!;
    order[k] = k;
  }
  order.sort((x, y) => starts[x] - starts[y] || ends[x] - ends[y] || ranks[x] - ranks[y]);
  // a literal filled by push (see findings above): the result's elements kind is the same every lint
  const out: Finding[] = [];
  for (let k = 0; k < n; k++) out.push(list[order[k]]);
  return out;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** A rule may lower its configured severity for one finding (never raise it). */
function lower(configured: Severity, wanted: Severity | undefined): Severity {
  return wanted && RANK[wanted] < RANK[configured] ? wanted : configured;
}

/** Escapes the literal parts of a snippet (outside `${n:...}` markers) for the format. */
function escapeSnippet(snippet: string, esc: (t: string) => string): string {
  return snippet.replace(/(\$\{\d+(?::|\|)|\}|\|\}|[^$}|]+|[$|])/g, (part) => (/^(\$\{\d+[:|]|\}|\|\})$/.test(part) ? part : esc(part)));
}

/**
 * A finding with every field present, always in this order (absent ones undefined, which JSON leaves
 * out). Everything downstream (directives, sorting, the score, the CLI's formats, the server's
 * diagnostics) reads findings from all rules; built with fields added only when present, they came in
 * dozens of hidden classes, and V8 kept throwing away and recompiling those readers ("wrong map") while
 * a process warmed up. One shape keeps the reads monomorphic.
 */
function finding(ruleId: string, severity: Severity, message: string, start: number, end: number, more?: Pick<Finding, 'fix' | 'suggestions' | 'tags' | 'related' | 'bullet' | 'data'>): Finding {
  return {
    ruleId,
    severity,
    message,
    start,
    end,
    fix: more?.fix,
    suggestions: more?.suggestions,
    tags: more?.tags,
    related: more?.related,
    bullet: more?.bullet,
    data: more?.data,
  };
}
