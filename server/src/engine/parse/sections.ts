import type { SectionKind } from '../model';

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

export function normaliseHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kind of section a heading names, or undefined when it is not a section name we know. */
export function classifyHeading(title: string): SectionKind | undefined {
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
