import type { ResumeDoc, SectionKind } from '../model';
import type { Related, Rule } from '../types';
import { lowerWordsOf, writtenWordsOf } from '../checks/tokens';
import { lookupTech, techKey } from '../data/tech-names';
import { SKILL_ALIASES } from '../data/skill-aliases';

/** Sections whose words do not back a skill: the list itself, the header, a summary's claims. */
const NOT_EVIDENCE: ReadonlySet<SectionKind> = new Set(['skills', 'header', 'summary']);
/** Skills longer than this many words are not looked for. */
const LONGEST = 4;

/** The texts a resume shows its skills in: bullets outside Skills/header/summary, entry title lines, stacks. */
function evidenceTexts(doc: ResumeDoc): string[] {
  const out: string[] = [];
  for (const b of doc.bullets) if (b.section < 0 || !NOT_EVIDENCE.has(doc.sections[b.section].kind)) out.push(b.text);
  for (const e of doc.entries) out.push(doc.text.slice(e.titleStart, e.titleEnd), e.title, ...(e.stack ?? []));
  return out;
}

/** A phrase to look for: its words, and whether they must match in the exact case. */
interface Wanted {
  words: string[];
  /** the same words in lower case */
  lower: string[];
  exactCase: boolean;
}

/**
 * Which of the wanted phrases occur in the texts. One pass over the texts' words; at each word only
 * the phrases starting with it are compared, so the cost is linear in the text.
 */
function occurring(texts: readonly string[], wanted: readonly Wanted[]): Set<Wanted> {
  const byFirst = new Map<string, Wanted[]>();
  for (const w of wanted) {
    const k = w.lower[0];
    const list = byFirst.get(k);
    if (list) list.push(w);
    else byFirst.set(k, [w]);
  }
  const found = new Set<Wanted>();
  for (const text of texts) {
    const lower = lowerWordsOf(text);
    for (let i = 0; i < lower.length; i++) {
      const list = byFirst.get(lower[i]);
      if (!list) continue;
      for (const w of list) if (!found.has(w) && matchesAt(w, text, lower, i)) found.add(w);
    }
  }
  return found;
}

/** Whether the wanted phrase's words stand at word `i` (in its exact case where it asks for it). */
function matchesAt(w: Wanted, text: string, lower: readonly string[], i: number): boolean {
  if (i + w.words.length > lower.length) return false;
  // the words as written are made only for the few phrases that must match in case ("Go", "React")
  const want = w.exactCase ? w.words : w.lower;
  const have = w.exactCase ? writtenWordsOf(text) : lower;
  for (let k = 0; k < want.length; k++) if (have[i + k] !== want[k]) return false;
  return true;
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

/**
 * The phrases that would show a skill: each form of it and of its parts ("SQL (Postgres)",
 * "HTML/CSS": either part shown is enough), and a plural or singular of each ("microservice").
 */
const wantedCache = new Map<string, Wanted[]>();

function wantedFor(name: string): Wanted[] {
  const hit = wantedCache.get(name);
  if (hit) return hit;
  const out: Wanted[] = [];
  const parts = name.split(/[()/,&]+/).map((p) => p.trim()).filter((p) => p && p !== name);
  for (const { form, exactCase } of [name, ...parts].flatMap(formsOf)) {
    const words = writtenWordsOf(form);
    if (words.length === 0 || words.length > LONGEST) continue;
    const wanted = (ws: string[]): Wanted => ({ words: ws, lower: ws.map((w) => w.toLowerCase()), exactCase });
    out.push(wanted(words));
    if (exactCase) continue;
    const last = words[words.length - 1];
    const other = /s$/i.test(last) ? last.slice(0, -1) : last + 's';
    if (other) out.push(wanted([...words.slice(0, -1), other]));
  }
  if (wantedCache.size > 2000) wantedCache.clear();
  wantedCache.set(name, out);
  return out;
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
    const allow = new Set(ctx.config.words.allow.map((w) => w.toLowerCase()));
    const experience = doc.sections.find((s) => s.kind === 'experience') ?? doc.sections.find((s) => s.kind === 'projects');
    const entry = experience?.entries.map((i) => doc.entries[i]).find((e) => e.bullets.length > 0);
    const done = new Set<string>();
    const skills = doc.skills.filter((skill) => {
      const key = techKey(skill.name);
      if (!key || allow.has(key) || done.has(key)) return false;
      done.add(key);
      return true;
    });
    const wanted = skills.map((skill) => wantedFor(skill.name));
    const found = occurring(evidenceTexts(doc), wanted.flat());
    skills.forEach((skill, i) => {
      // skills too long to look for (a sentence in the list) are not judged
      if (wanted[i].length === 0 || wanted[i].some((w) => found.has(w))) return;
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
    });
  },
};
