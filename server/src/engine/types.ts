import type { Bullet, Entry, Format, ResumeDoc, Span } from './model';
import type { ProofCard } from './proof';
import type { ResolvedConfig } from './config';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

export type Category = 'proof' | 'wording' | 'style' | 'structure' | 'consistency';

/** A text edit in source offsets: replace [start, end) with newText. */
export interface Edit {
  start: number;
  end: number;
  newText: string;
  /**
   * When true, newText uses LSP/VS Code snippet syntax (`${1:what}`); `plainText` is what a client
   * without snippet support inserts instead.
   */
  snippet?: boolean;
  plainText?: string;
}

/** An alternative the user picks from (a code action); never applied by `--fix`. */
export interface Suggestion {
  title: string;
  edits: Edit[];
  /** the one a client may mark as preferred (VS Code's auto-fix, Ctrl+. Enter) */
  preferred?: boolean;
  kind?: 'quickfix' | 'refactor.rewrite';
}

export interface Related extends Span {
  message: string;
}

/** What the engine found: plain data, the same for the CLI, the language server and the API. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** a safe fix, applied by `--fix` and `source.fixAll` */
  fix?: Edit[];
  suggestions?: Suggestion[];
  tags?: Array<'unnecessary'>;
  related?: Related[];
  /** the bullet the finding is about, if any (index into ResumeDoc.bullets) */
  bullet?: number;
  /** rule-specific data a code action needs (e.g. the weak phrase and its replacements) */
  data?: Record<string, unknown>;
}

/** A finding as a rule reports it: severity comes from config, offsets may be bullet-relative. */
export interface Report {
  /**
   * With `bullet`, start/end (and the edits' offsets) are offsets into `bullet.text` and the engine
   * maps them to the source and escapes inserted text for the format; without it they are source
   * offsets.
   */
  bullet?: Bullet;
  start: number;
  end: number;
  message: string;
  fix?: Edit[];
  suggestions?: Suggestion[];
  tags?: Array<'unnecessary'>;
  related?: Related[];
  data?: Record<string, unknown>;
  /** override the configured severity downwards (e.g. a hint when the story is spread over a role) */
  severity?: Severity;
}

export interface RuleExample {
  weak: string;
  strong: string;
}

export interface RuleMeta {
  /** the public id: settings, disable comments, CLI output, docs/rules/<id>.md */
  id: string;
  /** one line, shown in the README table and settings */
  description: string;
  defaultSeverity: Severity;
  category: Category;
  /** has a safe fix that `--fix` applies */
  fixable: boolean;
  /** offers suggestions (code actions) */
  hasSuggestions?: boolean;
  examples: RuleExample;
  /** which prose a rule reads; default: bullets of Experience and Projects */
  scope?: 'experience' | 'experience+summary' | 'summary' | 'document';
  /** JSON-Schema-like description of options, for the config schema and docs */
  options?: Record<string, { type: 'number' | 'string' | 'boolean' | 'string[]'; default: unknown; description: string }>;
}

export interface RuleContext {
  doc: ResumeDoc;
  format: Format;
  config: ResolvedConfig;
  /** this rule's options, defaults filled in */
  options: Record<string, unknown>;
  /** the bullets in this rule's scope, in source order */
  bullets: Bullet[];
  /** the proof card of a bullet (computed once per lint, shared by rules) */
  proof(bullet: Bullet): ProofCard;
  /** the entry a bullet belongs to, if any */
  entryOf(bullet: Bullet): Entry | undefined;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
