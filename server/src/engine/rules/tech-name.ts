import type { Rule } from '../types';
import type { Bullet } from '../model';
import { findTechMentions, type TechMention } from '../checks/tech';
import { replaceEdits } from '../checks/edits';
import { allowSet, phraseKey } from '../checks/phrases';
import { quote } from '../checks/word-list';
import { FORMAT_TRAITS } from '../formats';

// Module constants, not literals in the function: the bundle (target node18) turns a `\p{..}` literal into
// `new RegExp(...)` where it stands, which made a new regex object per call in hot loops.
const HAS_LOWER = /\p{Ll}/u;

/** Characters next to a name that make it part of a path, handle, URL or identifier ("@github", "postgres_exporter"). */
const CODE_BEFORE = /[@/\\_=:$~<]/;
const CODE_AFTER = /[@/\\_=>]/;

/** Whether a mention should be reported, and the reason not to when it should not. */
function wrongSpelling(text: string, m: TechMention): boolean {
  if (m.isCorrect || m.ambiguous || m.text === m.correct) return false;
  if (CODE_BEFORE.test(text[m.start - 1] ?? '') || CODE_AFTER.test(text[m.end] ?? '')) return false;
  // short all-capital forms are often another thing's acronym ("IOS" is Cisco's); shouted text is a style choice
  if (/^[\p{Lu}\p{N}.+#]+$/u.test(m.text) && m.text.replace(/[^\p{L}]/gu, '').length <= 3) return false;
  // "docker-compose", "kubernetes-sigs": a lower-case name joined to a word is a command or package name
  const joined = text[m.start - 1] === '-' || text[m.end] === '-';
  if (joined && m.text === m.text.toLowerCase()) return false;
  return true;
}

function message(m: TechMention): string {
  const casing = m.text.toLowerCase() === m.correct.toLowerCase();
  return casing
    ? `Write ${quote(m.correct)} the way its makers do, not ${quote(m.text)}: readers and keyword filters look for the usual spelling.`
    : `${quote(m.text)} is usually spelled ${quote(m.correct)}: readers and keyword filters look for the usual spelling.`;
}

export const techName: Rule = {
  meta: {
    id: 'tech-name',
    description: 'Technology names in their usual spelling and casing (PostgreSQL, Node.js, GitHub); a safe fix.',
    defaultSeverity: 'warning',
    category: 'style',
    fixable: true,
    scope: 'document',
    examples: {
      weak: 'Moved session storage from Mongo db to Postgresql and deployed it on kubernetes with Github actions.',
      strong: 'Moved session storage from MongoDB to PostgreSQL and deployed it on Kubernetes with GitHub Actions.',
    },
  },
  check(ctx) {
    const extra = ctx.config.words.techNames;
    const allow = allowSet(ctx.config.words.allow);
    const seen = new Set<string>();
    const escape = FORMAT_TRAITS[ctx.format].escape;

    const scan = (text: string, bullet: Bullet | undefined, base: number) => {
      // text in capitals only (a shouted heading or skills line) is a style choice, not a misspelling
      if (!HAS_LOWER.test(text)) return;
      for (const m of findTechMentions(text, extra)) {
        if (!wrongSpelling(text, m) || allow.has(phraseKey(m.text))) continue;
        const key = bullet ? `${bullet.index}:${m.start}` : `@${base + m.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const data = { written: m.text, correct: m.correct, canonical: m.canonical };
        if (bullet) {
          ctx.report({ bullet, start: m.start, end: m.end, message: message(m), fix: replaceEdits(bullet, m.start, m.end, m.correct), data });
        } else {
          const start = base + m.start;
          ctx.report({ start, end: base + m.end, message: message(m), fix: [{ start, end: base + m.end, newText: escape(m.correct) }], data });
        }
      }
    };

    const covered: Array<[number, number]> = [];
    for (const b of ctx.bullets) {
      scan(b.text, b, 0);
      covered.push([b.start, b.end]);
    }
    const inBullet = (a: number, z: number) => covered.some(([s, e]) => a >= s && z <= e);
    // entry title lines carry stack lists ("Platform Engineer | Go, Postgresql"); skills of formats
    // whose Skills are not bullets (JSON Resume keywords) are checked where they stand
    for (const e of ctx.doc.entries) if (!inBullet(e.titleStart, e.titleEnd)) scan(ctx.doc.text.slice(e.titleStart, e.titleEnd), undefined, e.titleStart);
    for (const s of ctx.doc.skills) if (!inBullet(s.start, s.end)) scan(ctx.doc.text.slice(s.start, s.end), undefined, s.start);
  },
};
