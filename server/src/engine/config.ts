import type { RuleMeta, Severity, SeverityOrOff } from './types';

/**
 * The user's configuration as written in `.bulletproofrc.json` or the VS Code settings.
 * `rules` maps a rule id to a severity, or to an object with `severity` and the rule's options.
 */
export interface UserConfig {
  rules?: Record<string, SeverityOrOff | ({ severity?: SeverityOrOff } & Record<string, unknown>)>;
  /** the role the resume aims at: changes what counts as on-target work */
  targetRole?: 'backend' | 'frontend' | 'fullstack' | 'data' | 'platform' | 'general';
  /** seniority: relaxes or tightens the structure rules */
  level?: 'early-career' | 'mid' | 'senior';
  /** extra words for the word-list rules, matched as whole words (never as regular expressions) */
  words?: {
    weakVerbs?: string[];
    buzzwords?: string[];
    filler?: string[];
    /** canonical technology names to add, e.g. "ClickHouse" */
    techNames?: string[];
    /** words never to flag */
    allow?: string[];
  };
  /** JSON pointers (e.g. "/work/0/highlights/2") or rule ids whose findings are dropped (JSON has no comments) */
  ignore?: string[];
  /** files above this many bytes are not analysed (one information finding says so) */
  maxFileSize?: number;
  latex?: { bulletCommands?: string[] };
}

export interface ResolvedConfig {
  severities: Record<string, SeverityOrOff>;
  options: Record<string, Record<string, unknown>>;
  targetRole: NonNullable<UserConfig['targetRole']>;
  level: NonNullable<UserConfig['level']>;
  words: Required<NonNullable<UserConfig['words']>>;
  ignore: string[];
  maxFileSize: number;
  latex: { bulletCommands: string[] };
}

export interface ConfigProblem {
  /** the key path, e.g. "rules.weak-verb" */
  key: string;
  message: string;
}

export const SEVERITIES: readonly SeverityOrOff[] = ['off', 'hint', 'info', 'warning', 'error'];
const TARGET_ROLES = ['backend', 'frontend', 'fullstack', 'data', 'platform', 'general'] as const;
const LEVELS = ['early-career', 'mid', 'senior'] as const;
const WORD_KEYS = ['weakVerbs', 'buzzwords', 'filler', 'techNames', 'allow'] as const;
export const DEFAULT_MAX_FILE_SIZE = 512 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a user config against the rules it names and returns it resolved, with one problem per bad
 * key. A bad key is ignored (its default stays); nothing here throws.
 */
export function resolveConfig(input: unknown, metas: readonly RuleMeta[]): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const byId = new Map(metas.map((m) => [m.id, m]));
  const config: ResolvedConfig = {
    severities: Object.fromEntries(metas.map((m) => [m.id, m.defaultSeverity])),
    options: Object.fromEntries(metas.map((m) => [m.id, Object.fromEntries(Object.entries(m.options ?? {}).map(([k, o]) => [k, o.default]))])),
    targetRole: 'backend',
    level: 'mid',
    words: { weakVerbs: [], buzzwords: [], filler: [], techNames: [], allow: [] },
    ignore: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    latex: { bulletCommands: [] },
  };
  if (input === undefined || input === null) return { config, problems };
  if (!isObject(input)) {
    problems.push({ key: '(root)', message: 'the configuration must be a JSON object' });
    return { config, problems };
  }
  const known = new Set(['$schema', 'rules', 'targetRole', 'level', 'words', 'ignore', 'maxFileSize', 'latex']);
  for (const key of Object.keys(input)) if (!known.has(key)) problems.push({ key, message: `unknown setting "${key}"` });

  if (input.rules !== undefined) {
    if (!isObject(input.rules)) problems.push({ key: 'rules', message: '"rules" must be an object mapping rule ids to a severity' });
    else {
      for (const [id, value] of Object.entries(input.rules)) {
        const meta = byId.get(id);
        if (!meta) {
          problems.push({ key: `rules.${id}`, message: `unknown rule "${id}"${suggestId(id, metas)}` });
          continue;
        }
        const sev = typeof value === 'string' ? value : isObject(value) ? value.severity : undefined;
        if (typeof value !== 'string' && !isObject(value)) {
          problems.push({ key: `rules.${id}`, message: `expected a severity (${SEVERITIES.join(', ')}) or an object with "severity" and options` });
          continue;
        }
        if (sev !== undefined) {
          if (typeof sev === 'string' && (SEVERITIES as readonly string[]).includes(sev)) config.severities[id] = sev as SeverityOrOff;
          else problems.push({ key: `rules.${id}${typeof value === 'string' ? '' : '.severity'}`, message: `"${String(sev)}" is not a severity; use one of ${SEVERITIES.join(', ')}` });
        }
        if (isObject(value)) {
          for (const [opt, v] of Object.entries(value)) {
            if (opt === 'severity') continue;
            const spec = meta.options?.[opt];
            if (!spec) {
              problems.push({ key: `rules.${id}.${opt}`, message: `rule "${id}" has no option "${opt}"` });
              continue;
            }
            const ok = spec.type === 'string[]' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === spec.type && (spec.type !== 'number' || Number.isFinite(v));
            if (ok) config.options[id][opt] = v;
            else problems.push({ key: `rules.${id}.${opt}`, message: `expected ${spec.type === 'string[]' ? 'a list of strings' : `a ${spec.type}`}` });
          }
        }
      }
    }
  }
  if (input.targetRole !== undefined) {
    if ((TARGET_ROLES as readonly unknown[]).includes(input.targetRole)) config.targetRole = input.targetRole as ResolvedConfig['targetRole'];
    else problems.push({ key: 'targetRole', message: `use one of ${TARGET_ROLES.join(', ')}` });
  }
  if (input.level !== undefined) {
    if ((LEVELS as readonly unknown[]).includes(input.level)) config.level = input.level as ResolvedConfig['level'];
    else problems.push({ key: 'level', message: `use one of ${LEVELS.join(', ')}` });
  }
  if (input.words !== undefined) {
    if (!isObject(input.words)) problems.push({ key: 'words', message: '"words" must be an object of word lists' });
    else
      for (const [k, v] of Object.entries(input.words)) {
        if (!(WORD_KEYS as readonly string[]).includes(k)) problems.push({ key: `words.${k}`, message: `unknown word list; use ${WORD_KEYS.join(', ')}` });
        else if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) problems.push({ key: `words.${k}`, message: 'expected a list of non-empty strings' });
        else config.words[k as (typeof WORD_KEYS)[number]] = v.map((x) => x.trim());
      }
  }
  if (input.ignore !== undefined) {
    if (Array.isArray(input.ignore) && input.ignore.every((x) => typeof x === 'string')) config.ignore = input.ignore;
    else problems.push({ key: 'ignore', message: 'expected a list of JSON pointers or rule ids' });
  }
  if (input.maxFileSize !== undefined) {
    if (typeof input.maxFileSize === 'number' && input.maxFileSize > 0 && Number.isFinite(input.maxFileSize)) config.maxFileSize = input.maxFileSize;
    else problems.push({ key: 'maxFileSize', message: 'expected a positive number of bytes' });
  }
  if (input.latex !== undefined) {
    const cmds = isObject(input.latex) ? input.latex.bulletCommands : undefined;
    if (isObject(input.latex) && (cmds === undefined || (Array.isArray(cmds) && cmds.every((c) => typeof c === 'string' && /^\\?[A-Za-z@]+$/.test(c)))))
      config.latex.bulletCommands = ((cmds as string[] | undefined) ?? []).map((c) => c.replace(/^\\/, ''));
    else problems.push({ key: 'latex.bulletCommands', message: 'expected a list of command names such as "\\\\resumeItem"' });
  }
  return { config, problems };
}

function suggestId(id: string, metas: readonly RuleMeta[]): string {
  let best = '';
  let bestD = 4;
  for (const m of metas) {
    const d = editDistance(id, m.id);
    if (d < bestD) {
      bestD = d;
      best = m.id;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

export function isSeverity(s: SeverityOrOff): s is Severity {
  return s !== 'off';
}
