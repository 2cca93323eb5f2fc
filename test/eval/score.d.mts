// Types for score.mjs (plain JavaScript so run.mjs needs no build step).
export interface EvalItem {
  id: string;
  text: string;
  expect: Set<string>;
  ignore: Set<string>;
  note: string;
  line: number;
}
export interface EngineLike {
  lint(text: string, options: { format: string; fileName?: string }): Array<{ ruleId: string; severity: string; message: string; start: number; end: number }>;
  RULES?: ReadonlyArray<{ meta: { id: string; defaultSeverity: string } }>;
}
export interface RuleScore {
  rule: string;
  registered: boolean;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  positives: number;
  skipped: number;
  precision: number | null;
  recall: number | null;
  passPrecision: boolean;
  passRecall: boolean;
  pass: boolean;
}
export interface Disagreement {
  id: string;
  rule: string;
  expected: boolean;
  got: boolean;
  text: string;
  note: string;
}
export interface EvalResult {
  perRule: Record<string, RuleScore>;
  disagreements: Disagreement[];
  ruleErrors: Array<{ id: string; message: string }>;
  bullets: number;
}
export const RULE_CODES: Record<string, string>;
export const EVAL_RULES: string[];
export const THRESHOLDS: { precision: number; recall: number };
export function loadSet(file: string): EvalItem[];
export function fixtureFor(text: string): { source: string; bulletStart: number };
export function thresholdsFor(engine: EngineLike): Record<string, string>;
export function firedRules(engine: EngineLike, text: string, minSeverity: Record<string, string>): { fired: Set<string>; errors: string[] };
export function balance(items: EvalItem[]): Record<string, { positives: number; negatives: number }>;
export function evaluate(engine: EngineLike, items: EvalItem[]): EvalResult;
export function formatTable(result: EvalResult): string;
export function formatDisagreements(result: EvalResult): string;
