import type { RuleMeta, UserConfig } from '../engine';

/**
 * The `contributes.configuration` block of package.json, generated from the rules' metadata by
 * scripts/gen-settings.mjs (a test fails when package.json is stale). Every rule gets a severity
 * setting whose default, "default", leaves the choice to .bulletproofrc.json or the rule itself.
 */
export function settingsContribution(metas: readonly RuleMeta[]): Record<string, unknown> {
  const roles: Array<NonNullable<UserConfig['targetRole']>> = ['backend', 'frontend', 'fullstack', 'data', 'platform', 'general'];
  const levels: Array<NonNullable<UserConfig['level']>> = ['early-career', 'mid', 'senior'];
  const words = (what: string) => ({
    type: 'array',
    items: { type: 'string' },
    default: [],
    scope: 'resource',
    markdownDescription: `${what} Matched as whole words, never as regular expressions. Added to the lists in \`.bulletproofrc.json\`.`,
  });
  const properties: Record<string, unknown> = {
    'bulletproof.files': {
      type: 'array',
      items: { type: 'string' },
      default: ['**/*{resume,Resume,RESUME,cv,CV}*'],
      scope: 'window',
      markdownDescription:
        'Glob patterns of Markdown, plain-text, LaTeX, JSON and YAML files to lint as resumes. Files in the `resume` language (`*.resume.md`, `*.resume.txt`, `*.resume`) are always linted. Changing this restarts the server.',
    },
    'bulletproof.focusMode': {
      type: 'boolean',
      default: true,
      scope: 'window',
      markdownDescription: 'Hold back findings on the bullet you are typing until the cursor leaves it or typing pauses for 1.5 seconds, so a half-written bullet is not nagged.',
    },
    'bulletproof.codeLens.enabled': {
      type: 'boolean',
      default: true,
      scope: 'resource',
      markdownDescription: 'Show a line above each role and project title that counts its proven bullets and names what the others lack most, e.g. "2/3 bullets proven · add a metric to 1". Clicking it opens the proof summary.',
    },
    'bulletproof.targetRole': {
      type: 'string',
      enum: ['default', ...roles],
      default: 'default',
      scope: 'resource',
      markdownDescription: 'The role the resume aims at; it changes what counts as on-target work. `default` uses `targetRole` from `.bulletproofrc.json`, else `backend`.',
    },
    'bulletproof.level': {
      type: 'string',
      enum: ['default', ...levels],
      default: 'default',
      scope: 'resource',
      markdownDescription: 'Seniority: relaxes or tightens the structure rules. `default` uses `level` from `.bulletproofrc.json`, else `mid`.',
    },
    'bulletproof.words.weakVerbs': words('Extra phrases to flag as weak ownership (like "worked on").'),
    'bulletproof.words.buzzwords': words('Extra buzzwords to flag.'),
    'bulletproof.words.filler': words('Extra filler words to flag.'),
    'bulletproof.words.techNames': words('Extra technology names with their canonical spelling, e.g. `ClickHouse`.'),
    'bulletproof.words.allow': words('Words never to flag.'),
  };
  for (const m of metas) {
    properties[`bulletproof.rules.${m.id}`] = {
      type: 'string',
      enum: ['default', 'off', 'hint', 'info', 'warning', 'error'],
      enumDescriptions: [`Use .bulletproofrc.json, else the rule's default (${m.defaultSeverity})`, 'Do not run this rule', 'Show as a hint (no squiggle)', 'Show as information', 'Show as a warning', 'Show as an error'],
      default: 'default',
      scope: 'resource',
      markdownDescription: `${m.description} (rule \`${m.id}\`, default \`${m.defaultSeverity}\`; a setting in \`.bulletproofrc.json\` wins over this one.)`,
    };
  }
  properties['bulletproof.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    markdownDescription: 'Log the messages between VS Code and the Bulletproof language server to the **Bulletproof** output channel.',
  };
  return { title: 'Bulletproof', properties };
}
