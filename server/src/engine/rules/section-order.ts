import type { Section, SectionKind } from '../model';
import type { Rule, Suggestion } from '../types';

/** The sections Experience should come before, unless the resume is early-career. */
const AFTER_EXPERIENCE: ReadonlySet<SectionKind> = new Set(['projects', 'skills', 'education']);

/** Formats where a section is a plain run of lines that can be moved as text. */
const MOVABLE = new Set(['markdown', 'text']);

export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    description: 'Experience placed after Projects, Skills or Education (allowed with level "early-career").',
    defaultSeverity: 'info',
    category: 'structure',
    fixable: false,
    hasSuggestions: true,
    scope: 'document',
    examples: {
      weak: '## Skills\n## Education\n## Experience',
      strong: '## Experience\n## Skills\n## Education',
    },
  },
  check(ctx) {
    // early-career resumes may lead with projects, education or skills
    if (ctx.config.level === 'early-career') return;
    const { doc } = ctx;
    const experience = doc.sections.find((s) => s.kind === 'experience');
    if (!experience) return;
    const before = doc.sections.filter((s) => s.index < experience.index && AFTER_EXPERIENCE.has(s.kind));
    if (before.length === 0) return;
    const first = before[0];
    const names = before.map((s) => `“${s.title}”`).join(before.length > 2 ? ', ' : ' and ');
    const suggestions: Suggestion[] = [];
    const block = MOVABLE.has(doc.format) ? sectionBlock(doc.text, experience) : undefined;
    if (block) {
      const at = lineStart(doc.text, first.titleStart);
      suggestions.push({
        title: `Move “${experience.title}” above “${first.title}”`,
        edits: [
          { start: at, end: at, newText: block.text },
          { start: block.start, end: block.end, newText: '' },
        ],
        kind: 'refactor.rewrite',
      });
    }
    ctx.report({
      start: experience.titleStart,
      end: experience.titleEnd,
      message: `“${experience.title}” comes after ${names}: readers look for your recent work first, so move it up (or set "level": "early-career" if projects and studies are your strongest proof).`,
      related: [{ start: first.titleStart, end: first.titleEnd, message: `“${first.title}” comes first now` }],
      suggestions: suggestions.length ? suggestions : undefined,
    });
  },
};

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/**
 * A section as whole lines, from its heading's line to the next heading's line, with the text to
 * insert elsewhere (ending in one blank line, so it sits cleanly above the next heading).
 */
function sectionBlock(text: string, s: Section): { start: number; end: number; text: string } | undefined {
  const start = lineStart(text, s.titleStart);
  const end = s.end >= text.length ? text.length : lineStart(text, s.end);
  const body = text.slice(start, end).trimEnd();
  if (!body) return undefined;
  return { start, end, text: body + (text.includes('\r\n') ? '\r\n\r\n' : '\n\n') };
}
