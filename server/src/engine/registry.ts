import type { Rule } from './types';
import { weakVerb } from './rules/weak-verb';
import { missingMetric } from './rules/missing-metric';
import { missingSystem } from './rules/missing-system';
import { stackOnly } from './rules/stack-only';
import { vagueClaim } from './rules/vague-claim';
import { firstPerson } from './rules/first-person';
import { buzzword } from './rules/buzzword';
import { filler } from './rules/filler';
import { techName } from './rules/tech-name';
import { bulletLength } from './rules/bullet-length';
import { placeholder } from './rules/placeholder';
import { missingChallenge } from './rules/missing-challenge';
import { missingChange } from './rules/missing-change';
import { unsupportedSkill } from './rules/unsupported-skill';
import { tense } from './rules/tense';
import { repeatedVerb } from './rules/repeated-verb';
import { duplicateBullet } from './rules/duplicate-bullet';
import { sectionOrder } from './rules/section-order';
import { dateOrder } from './rules/date-order';
import { genericSummary } from './rules/generic-summary';
import { offTarget } from './rules/off-target';
import { scopeForLevel } from './rules/scope-for-level';

/**
 * Every rule, as a static import list so esbuild bundles them all. The order is the order of the
 * README table and of findings that share a position.
 */
export const RULES: readonly Rule[] = [
  weakVerb,
  missingMetric,
  missingSystem,
  stackOnly,
  vagueClaim,
  firstPerson,
  buzzword,
  filler,
  techName,
  bulletLength,
  placeholder,
  missingChallenge,
  missingChange,
  unsupportedSkill,
  tense,
  repeatedVerb,
  duplicateBullet,
  sectionOrder,
  dateOrder,
  genericSummary,
  offTarget,
  scopeForLevel,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/**
 * The documentation page of a rule, relative to the package root. The project has no web site: the
 * language server turns this into a file: URI inside the installed extension, so the page always
 * matches the version that produced the finding and opening it needs no network.
 */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
