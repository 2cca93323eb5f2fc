#!/usr/bin/env node
// Generates the files that must never be synced by hand, from the rules' metadata and the config types:
//   README.md             the rules table between <!-- rules-table:start --> and <!-- rules-table:end -->
//   docs/rules/README.md  the same table in the rules index, between the same markers
//   schemas/bulletproofrc.schema.json   the JSON Schema of .bulletproofrc.json
// The metadata is read from the engine's source (bundled on the fly with esbuild), so the output never
// lags behind a stale dist/; the config fields come from the `UserConfig` interface in
// server/src/engine/config.ts, read with the TypeScript parser (types and doc comments).
//
// Usage: node scripts/gen-docs.mjs [--check] [--root DIR]
//   --check   write nothing; exit 1 and name each file that is out of date
//   --root    where README.md, docs/ and schemas/ live (default: the repository); tests use a copy
import { loadSource, repo } from './load-source.mjs';
import ts from 'typescript';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const check = args.includes('--check');
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? path.resolve(args[rootArg + 1]) : repo;

const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

/** RULES and SEVERITIES from the engine source. */
function loadEngine() {
  return loadSource("export { RULES } from './server/src/engine/registry'; export { SEVERITIES } from './server/src/engine/config';");
}

const SCOPES = {
  experience: 'Experience, Projects',
  'experience+summary': 'Experience, Projects, Summary',
  summary: 'Summary',
  document: 'whole resume',
};

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rules table, relative links resolved from `from` (a folder under the root). */
function rulesTable(rules, linkPrefix) {
  const rows = [
    '| Rule | Default | Category | Fix | Reads | What it catches |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { meta } of rules) {
    const fix = meta.fixable ? 'safe fix' : meta.hasSuggestions ? 'suggestions' : '';
    rows.push(`| [\`${meta.id}\`](${linkPrefix}${meta.id}.md) | ${meta.defaultSeverity} | ${meta.category} | ${fix} | ${SCOPES[meta.scope ?? 'experience']} | ${cell(meta.description)} |`);
  }
  return rows.join('\n');
}

/** Replaces the text between the markers; everything outside them stays byte for byte. */
function between(text, body, file) {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file}: the markers ${START} and ${END} are missing`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text.slice(0, a + START.length) + eol + body.replace(/\n/g, eol) + eol + text.slice(b);
}

// ---- the config schema from the UserConfig interface ----
// Read syntactically (no type checker, no lib files): the interface is plain literals, unions, arrays
// and nested object literals, and a full program would cost seconds on every run.

function configInterface() {
  const file = path.join(repo, 'server/src/engine/config.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  let decl;
  ts.forEachChild(source, (n) => {
    if (ts.isInterfaceDeclaration(n) && n.name.text === 'UserConfig') decl = n;
  });
  if (!decl) throw new Error('server/src/engine/config.ts: interface UserConfig not found');
  return decl;
}

function docOf(node) {
  const docs = (node.jsDoc ?? []).map((d) => (typeof d.comment === 'string' ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? ''));
  return docs.join(' ').replace(/\s+/g, ' ').trim();
}

function membersSchema(members) {
  const properties = {};
  for (const m of members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const s = schemaOf(m.type);
    const description = docOf(m);
    properties[m.name.getText()] = description ? { description, ...s } : s;
  }
  return { type: 'object', additionalProperties: false, properties };
}

/** JSON Schema of a type node made of literals, strings, numbers, booleans, arrays and object literals. */
function schemaOf(node) {
  if (ts.isParenthesizedTypeNode(node)) return schemaOf(node.type);
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (parts.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return { enum: parts.map((t) => t.literal.text) };
    return { anyOf: parts.map(schemaOf) };
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return { const: node.literal.text };
  if (node.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
  if (node.kind === ts.SyntaxKind.NumberKeyword) return { type: 'number' };
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: schemaOf(node.elementType) };
  if (ts.isTypeLiteralNode(node)) return membersSchema(node.members);
  // anything else (Record<...> for "rules") is filled in from the rules' metadata
  return {};
}

function optionSchema(spec) {
  const type = spec.type === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type: spec.type };
  return { description: spec.description, ...type, default: spec.default };
}

function configSchema(rules, severities) {
  const fromTypes = membersSchema(configInterface().members);
  const rulesProps = {};
  for (const { meta } of rules) {
    const options = Object.fromEntries(Object.entries(meta.options ?? {}).map(([k, v]) => [k, optionSchema(v)]));
    rulesProps[meta.id] = {
      description: `${meta.description} Default: ${meta.defaultSeverity}. See docs/rules/${meta.id}.md.`,
      anyOf: [
        { $ref: '#/definitions/severity' },
        { type: 'object', additionalProperties: false, properties: { severity: { $ref: '#/definitions/severity' }, ...options } },
      ],
    };
  }
  const properties = { $schema: { type: 'string', description: 'The schema of this file.' } };
  for (const [k, v] of Object.entries(fromTypes.properties)) {
    properties[k] = k === 'rules' ? { description: v.description, type: 'object', additionalProperties: false, properties: rulesProps } : v;
  }
  // what the types cannot say but resolveConfig checks: positive sizes, non-empty words
  if (properties.maxFileSize) properties.maxFileSize = { ...properties.maxFileSize, exclusiveMinimum: 0 };
  for (const list of Object.values(properties.words?.properties ?? {})) if (list.items) list.items = { ...list.items, minLength: 1 };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://bulletproof.invalid/schemas/bulletproofrc.schema.json',
    title: 'Bulletproof configuration (.bulletproofrc.json)',
    description: 'Generated by scripts/gen-docs.mjs from the rules\' metadata and server/src/engine/config.ts; do not edit by hand.',
    type: 'object',
    additionalProperties: false,
    properties,
    definitions: { severity: { enum: [...severities], description: 'off turns the rule off; the others set how loud its findings are.' } },
  };
}

// ---- main ----

const { RULES, SEVERITIES } = await loadEngine();
const outputs = [];

const readme = path.join(root, 'README.md');
const readmeText = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : `# Bulletproof\n\n## Rules\n\n${START}\n${END}\n`;
outputs.push([readme, between(readmeText, rulesTable(RULES, 'docs/rules/'), 'README.md')]);

const index = path.join(root, 'docs', 'rules', 'README.md');
if (fs.existsSync(index)) outputs.push([index, between(fs.readFileSync(index, 'utf8'), rulesTable(RULES, './'), 'docs/rules/README.md')]);

const schema = path.join(root, 'schemas', 'bulletproofrc.schema.json');
outputs.push([schema, JSON.stringify(configSchema(RULES, SEVERITIES), null, 2) + '\n']);

let stale = 0;
for (const [file, text] of outputs) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === text) continue;
  const rel = path.relative(root, file);
  if (check) {
    stale++;
    console.error(`${rel} is out of date: run \`node scripts/gen-docs.mjs\``);
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${rel}`);
  }
}
if (check && stale) process.exit(1);
if (check) console.log('generated files are up to date');
