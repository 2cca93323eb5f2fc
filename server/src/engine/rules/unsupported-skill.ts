import type { ResumeDoc, SectionKind } from '../model';
import type { Related, Rule } from '../types';
import { lookupTech, techKey } from '../data/tech-names';
import { SKILL_ALIASES } from '../data/skill-aliases';

/** Sections whose words do not back a skill: the list itself, the header, a summary's claims. */
const NOT_EVIDENCE: ReadonlySet<SectionKind> = new Set(['skills', 'header', 'summary']);
const LONGEST = 4;
const TOKEN = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** Every run of up to four words, as written and in lower case. */
function ngrams(words: string[], cased: Set<string>, lower: Set<string>): void {
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= LONGEST && i + n <= words.length; n++) {
      const key = words.slice(i, i + n).join(' ');
      cased.add(key);
      lower.add(key.toLowerCase());
    }
}

/** The words a resume shows its skills in: bullets outside Skills/header/summary, entry title lines. */
function evidence(doc: ResumeDoc): { cased: Set<string>; lower: Set<string> } {
  const cased = new Set<string>();
  const lower = new Set<string>();
  for (const b of doc.bullets) if (b.section < 0 || !NOT_EVIDENCE.has(doc.sections[b.section].kind)) ngrams(tokens(b.text), cased, lower);
  for (const e of doc.entries) {
    ngrams(tokens(doc.text.slice(e.titleStart, e.titleEnd)), cased, lower);
    ngrams(tokens(e.title), cased, lower);
    for (const s of e.stack ?? []) ngrams(tokens(s), cased, lower);
  }
  return { cased, lower };
}

let aliasIndex: Map<string, readonly string[]> | undefined;

/** The names that count as the same skill: its own, the technology's spellings, the alias group's. */
function formsOf(name: string): Array<{ form: string; exactCase: boolean }> {
  if (!aliasIndex) {
    aliasIndex = new Map();
    for (const group of SKILL_ALIASES) for (const n of group) aliasIndex.set(techKey(n), [...(aliasIndex.get(techKey(n)) ?? []), ...group]);
  }
  const names = new Set([name, ...(aliasIndex.get(techKey(name)) ?? [])]);
  const out: Array<{ form: string; exactCase: boolean }> = [];
  for (const n of names) {
    const tech = lookupTech(n)?.tech;
    if (!tech) {
      out.push({ form: n, exactCase: false });
      continue;
    }
    const ambiguous = new Set(tech.ambiguous ?? []);
    for (const f of [tech.name, ...(tech.accepted ?? []), ...(tech.misspellings ?? [])])
      // "Go" or "React" must be written as a name; "go" and "react" are everyday words
      out.push({ form: f, exactCase: ambiguous.has(techKey(f)) });
  }
  return out;
}

function isShown(name: string, seen: { cased: Set<string>; lower: Set<string> }): boolean | undefined {
  let checkable = false;
  for (const { form, exactCase } of formsOf(name)) {
    const words = tokens(form);
    if (words.length === 0 || words.length > LONGEST) continue;
    checkable = true;
    const key = words.join(' ');
    if (exactCase ? seen.cased.has(key) : seen.lower.has(key.toLowerCase())) return true;
    // "microservice" backs "Microservices" and the other way round
    const last = key.toLowerCase();
    if (!exactCase && (seen.lower.has(last.endsWith('s') ? last.slice(0, -1) : last + 's'))) return true;
  }
  return checkable ? false : undefined;
}

export const unsupportedSkill: Rule = {
  meta: {
    id: 'unsupported-skill',
    description: 'A skill in the Skills list that no bullet, entry title or stack line shows you using.',
    defaultSeverity: 'info',
    category: 'proof',
    fixable: false,
    scope: 'document',
    examples: {
      weak: '## Skills\nGo, Kafka, Terraform\n\n## Experience\n- Built the fraud-scoring API in Go.',
      strong: '## Skills\nGo, Kafka\n\n## Experience\n- Built the fraud-scoring API in Go, fed by a Kafka topic of 2M card events a day.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.skills.length === 0) return;
    const seen = evidence(doc);
    const allow = new Set(ctx.config.words.allow.map((w) => w.toLowerCase()));
    const experience = doc.sections.find((s) => s.kind === 'experience') ?? doc.sections.find((s) => s.kind === 'projects');
    const entry = experience?.entries.map((i) => doc.entries[i]).find((e) => e.bullets.length > 0);
    const done = new Set<string>();
    for (const skill of doc.skills) {
      const key = techKey(skill.name);
      if (!key || allow.has(key) || done.has(key)) continue;
      done.add(key);
      if (isShown(skill.name, seen) !== false) continue;
      const related: Related[] = [];
      if (entry) related.push({ start: entry.titleStart, end: entry.titleEnd, message: `a bullet under “${entry.title}” could show where you used ${skill.name}` });
      else if (experience) related.push({ start: experience.titleStart, end: experience.titleEnd, message: `a bullet here could show where you used ${skill.name}` });
      ctx.report({
        start: skill.start,
        end: skill.end,
        message: `“${skill.name}” is in your skills, but no bullet, title or stack line shows you using it: add it to the bullet about the work it served, or drop it from the list.`,
        related: related.length ? related : undefined,
        data: { skill: skill.name },
      });
    }
  },
};
