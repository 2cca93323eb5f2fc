import type { SectionKind } from '../model';
import { alnumAt } from '../analysis/tokens';

/**
 * Heading synonyms, as data. A heading is matched after lower-casing, dropping punctuation and
 * decoration ("## — Work Experience —" → "work experience").
 */
const SYNONYMS: Record<Exclude<SectionKind, 'header' | 'other'>, string[]> = {
  summary: ['summary', 'professional summary', 'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'overview', 'career summary', 'introduction', 'personal statement', 'highlights', 'summary of qualifications', 'qualifications summary'],
  experience: [
    'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history',
    'relevant experience', 'industry experience', 'engineering experience', 'technical experience', 'professional background',
    'positions', 'jobs', 'career', 'internships', 'internship experience', 'work', 'experience and internships', 'leadership experience',
    'leadership', 'volunteer experience', 'volunteering', 'research experience', 'open source', 'open source contributions', 'freelance',
  ],
  projects: ['projects', 'personal projects', 'side projects', 'selected projects', 'technical projects', 'key projects', 'academic projects', 'project experience', 'portfolio', 'open source projects', 'notable projects'],
  skills: [
    'skills', 'technical skills', 'technologies', 'tech stack', 'core skills', 'core competencies', 'competencies', 'skills and tools',
    'tools', 'languages and technologies', 'programming languages', 'technical proficiencies', 'expertise', 'areas of expertise', 'stack',
    'skills and technologies', 'technical expertise', 'skills summary', 'tools and technologies',
  ],
  education: ['education', 'academic background', 'education and training', 'academics', 'qualifications', 'degrees', 'certifications', 'certificates', 'education and certifications', 'courses', 'coursework', 'relevant coursework', 'training'],
};

const LOOKUP = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(SYNONYMS)) for (const n of names) LOOKUP.set(n, kind as SectionKind);

/** Other headings that are sections (not entries) even though the rules do not read them. */
const OTHER_SECTIONS = new Set([
  'awards', 'honors', 'honours', 'awards and honors', 'publications', 'interests', 'hobbies', 'languages', 'references', 'contact',
  'contact information', 'achievements', 'activities', 'extracurricular activities', 'patents', 'talks', 'speaking', 'presentations',
  'certifications and awards', 'additional information', 'misc', 'miscellaneous', 'links', 'personal', 'personal information',
  'memberships', 'affiliations', 'military service', 'teaching', 'conferences',
]);

/** The most letters and digits of any name above (spaces and "and" for "&" aside, counted as written). */
const MAX_NAME_ALNUM = Math.max(...[...LOOKUP.keys(), ...OTHER_SECTIONS].map((n) => n.replace(/[^\p{L}\p{N}]/gu, '').length));

/**
 * Letters and digits in `s` (the analysis tokenizer's scanner, a pair's halves counted once), counted up
 * to `stop` (a bound is all the caller needs). Normalising only drops characters, or adds them ("&" →
 * "and"), so the count can only grow: a line over the bound as written is over it normalised.
 */
function alnumCount(s: string, stop: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < stop; ) {
    const k = alnumAt(s, i);
    if (k > 0) {
      n++;
      i += k;
    } else i++;
  }
  return n;
}

export function normaliseHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kind of section a heading names, or undefined when it is not a section name we know. */
export function classifyHeading(title: string): SectionKind | undefined {
  // the parser asks this of most lines that are not bullets (titles, contact lines, prose): a line
  // with more letters and digits than the longest name cannot be one, and needs no normalising
  if (alnumCount(title, MAX_NAME_ALNUM + 1) > MAX_NAME_ALNUM) return undefined;
  const n = normaliseHeading(title);
  if (!n) return undefined;
  const hit = LOOKUP.get(n);
  if (hit) return hit;
  if (OTHER_SECTIONS.has(n)) return 'other';
  return undefined;
}

/** Whether a heading looks like a section name at all (short, no dates, no separators). */
export function looksLikeSectionTitle(title: string): boolean {
  const n = normaliseHeading(title);
  return n.length > 0 && n.split(' ').length <= 4 && !/\d/.test(n) && !/[|@–—]/.test(title);
}
