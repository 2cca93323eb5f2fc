import type { Rule, Suggestion } from '../types';
import type { Bullet } from '../model';
import type { Token } from '../checks/tokens';
import type { PhraseMatch } from '../checks/phrases';
import { CLAUSE_FILLERS, RELATIVE_SUBJECTS, WEAK_VERBS, type WeakVerb } from '../data/words';
import { BASE_VERBS, COLLABORATORS, DEFAULT_VERBS, DETERMINERS, ING_NOUNS, NOMINALISATIONS, VERB_TOPICS, pastTense } from '../data/words-verbs';
import { checkWordList, quote } from '../checks/word-list';
import { atSentenceStart, replaceEdits } from '../checks/edits';
import { capitalise, matchCase } from '../checks/tokens';
import { memoTable } from '../memo';

const onlySpace = (text: string, a: number, b: number) => /^[ \t\u00a0]*$/.test(text.slice(a, b));

/** Index of the first token of the clause the match stands in, skipping "I", "also", "and"... */
function clauseHead(text: string, tokens: Token[], first: number): { index: number; subject: boolean } {
  let j = first;
  let subject = false;
  // adverbs ("very effectively handled") sit between a clause start and its verb too
  const skippable = (t: Token) => CLAUSE_FILLERS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly'));
  while (j > 0 && skippable(tokens[j - 1]) && onlySpace(text, tokens[j - 1].end, tokens[j].start)) {
    if (/^(i|we|and|then)$/.test(tokens[j - 1].lower)) subject = true;
    j--;
  }
  return { index: j, subject };
}

/** The clause starts with the person's own verb: bullet start, after `;`/`:`/a dash, or after "I", "we", "and". */
function ownClause(text: string, tokens: Token[], first: number): boolean {
  const head = clauseHead(text, tokens, first);
  if (head.subject) return true;
  const at = tokens[head.index].start;
  return atSentenceStart(text, at) || afterDashOrParen(text, at);
}

/** A dash or an opening parenthesis just before `at` (spaces between): looks back, never scans the bullet. */
function afterDashOrParen(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i > 0 && '—–('.includes(text[i - 1]);
}

function accept(m: PhraseMatch<WeakVerb>, bullet: Bullet, tokens: Token[]): boolean {
  const text = bullet.text;
  const prev = tokens[m.first - 1];
  // "the cache, which handled...", "a service that was part of...": about a thing, not the person
  if (prev && RELATIVE_SUBJECTS.has(prev.lower) && onlySpace(text, prev.end, m.start)) return false;
  if (m.data.where === 'clause-start' && !ownClause(text, tokens, m.first)) return false;
  if (m.data.helped) {
    if (prev && /^(to|thereby)$/.test(prev.lower)) return false;
    const directObject = m.last - m.first === 1; // plain "helped"/"helping", no "with"/"to"
    if (directObject && !ownClauseStrict(text, tokens, m.first)) {
      // "..., helping analysts find fraud faster", "... and helped teams ship daily": an outcome of the work before it
      const next = tokens[m.last];
      if (!(next && BASE_VERBS.has(next.lower))) return false;
    }
  }
  return true;
}

/** Like {@link ownClause} but an "and" does not count: "Built X and helped Y" may be an outcome. */
function ownClauseStrict(text: string, tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev && prev.lower === 'and') return false;
  if (prev && /,\s*$/.test(text.slice(prev.end, tokens[first].start))) return false;
  return ownClause(text, tokens, first);
}

/**
 * Per bullet text: the last index at which each word (and each two-word phrase) starts. A memo table
 * by text (not a WeakMap by token list: a weak entry per bullet is work for every minor collection).
 */
const lastSeen = memoTable<Map<string, number>>();

function topicVerbs(text: string, tokens: Token[], from: number, fallback: readonly string[] = DEFAULT_VERBS): readonly string[] {
  // one pass per bullet, not one per match: a long bullet full of weak phrases stays linear
  let last = lastSeen.get(text);
  if (!last) {
    last = new Map();
    for (let i = 0; i < tokens.length; i++) {
      last.set(tokens[i].lower, i);
      if (i + 1 < tokens.length) last.set(`${tokens[i].lower} ${tokens[i + 1].lower}`, i);
    }
    lastSeen.set(text, last);
  }
  for (const t of VERB_TOPICS) if (t.words.some((w) => (last.get(w) ?? -1) >= from)) return t.verbs;
  return fallback;
}

interface Rewrite {
  verb: string;
  /** the clean-text range the verb replaces */
  start: number;
  end: number;
}

/**
 * Rewrites of the weak phrase that keep the sentence grammatical, best first:
 * "Responsible for maintaining X" → "Maintained X"; "Helped build X" → "Built X";
 * "Participated in the migration of X" → "Migrated X"; "Worked on the billing API" → "Built the billing API".
 */
function rewrites(m: PhraseMatch<WeakVerb>, bullet: Bullet, tokens: Token[]): { rewrites: Rewrite[]; verbs: string[] } {
  const text = bullet.text;
  const next = tokens[m.last];
  const next2 = tokens[m.last + 1];
  const next3 = tokens[m.last + 2];
  const out: Rewrite[] = [];
  if (m.data.replaceWith) {
    const w = m.text.toLowerCase();
    const plain = w.endsWith('ing') ? 'using' : w.endsWith('es') ? 'uses' : w.endsWith('ed') ? 'used' : m.data.replaceWith;
    return { rewrites: [{ verb: plain, start: m.start, end: m.end }], verbs: [capitalise(plain)] };
  }
  const topic = [...(m.data.verbs ?? topicVerbs(text, tokens, m.last, m.data.fallbackVerbs))];
  if (m.data.noRewrite) return { rewrites: [], verbs: [] };
  if (!next || !onlySpace(text, m.end, next.start)) return { rewrites: [], verbs: topic };
  const endsWithPreposition = /\b(for|in|with|on|to|of|towards)$/.test(m.text.toLowerCase());
  const isGerund = next.lower.length > 4 && next.lower.endsWith('ing') && (!ING_NOUNS.has(next.lower) || (next2 !== undefined && DETERMINERS.has(next2.lower)));
  if (endsWithPreposition && isGerund) {
    // "responsible for maintaining the cluster" → "Maintained the cluster"
    const verb = pastTense(next.lower);
    out.push({ verb, start: m.start, end: next.end });
    return { rewrites: out, verbs: [capitalise(verb)] };
  }
  if (m.data.helped && BASE_VERBS.has(next.lower) && !(next2 && next2.lower === 'with')) {
    // "helped build the API", "helped to migrate X"
    const verb = pastTense(next.lower);
    out.push({ verb, start: m.start, end: next.end });
    return { rewrites: out, verbs: [capitalise(verb)] };
  }
  // "the migration of the ledger" → "Migrated the ledger"
  const [noun, of] = next && DETERMINERS.has(next.lower) ? [next2, next3] : [next, next2];
  if (noun && of && of.lower === 'of' && NOMINALISATIONS[noun.lower] && onlySpace(text, noun.end, of.start)) {
    // the verb hidden in the noun first, then the topic's other verbs over the same words
    const first = NOMINALISATIONS[noun.lower];
    for (const v of [first, ...topic]) if (!out.some((r) => r.verb === v)) out.push({ verb: v, start: m.start, end: of.end });
    return { rewrites: out.slice(0, 3), verbs: out.slice(0, 3).map((r) => r.verb) };
  }
  const takesObject = endsWithPreposition || m.data.fallbackVerbs !== undefined || m.data.verbs !== undefined;
  // "Was part of the team that..." and "helped the team ship": no verb fits without claiming more than was done
  if (takesObject) {
    const nounPhrase = !BASE_VERBS.has(next.lower) || DETERMINERS.has(next.lower);
    if (nounPhrase) {
      const withWords = /\bwith$/.test(m.text.toLowerCase()) && m.data.label === 'worked on';
      const people = [next, next2].some((t) => t !== undefined && COLLABORATORS.has(t.lower));
      const verbs = withWords ? (people ? ['Partnered with', 'Collaborated with'] : ['Used', 'Built with']) : topic;
      for (const v of verbs) if (!out.some((r) => r.verb === v)) out.push({ verb: v, start: m.start, end: m.end });
    }
  }
  // literals filled by push rather than map/slice results (one elements kind for V8 every time)
  const verbs: string[] = [];
  const rewritesOut: Rewrite[] = [];
  for (let k = 0; k < 3 && k < (out.length || topic.length); k++) verbs.push(out.length ? capitalise(out[k].verb) : topic[k]);
  for (let k = 0; k < 3 && k < out.length; k++) rewritesOut.push(out[k]);
  return { rewrites: rewritesOut, verbs };
}

/**
 * "participated actively in", "worked mostly on": an adverb inside the phrase keeps it weak. Made once:
 * the phrase matcher caches matches by this function's identity.
 */
const adverb = (t: Token) => t.lower.length > 4 && t.lower.endsWith('ly');

const MESSAGES: Record<string, string> = {
  'worked on': 'says you were near the work, not which part was yours',
  helped: 'hides which part was yours',
  assisted: 'hides which part was yours',
  'responsible for': 'describes a duty, not what you got done',
  'involved in': 'says you were near the work, not which part was yours',
  'participated in': 'says you were there, not what you did',
  'tasked with': 'describes an assignment, not what you got done',
  'duties included': 'lists a job description, not what you achieved',
  'was part of': 'says you were on the team, not what you did on it',
  'contributed to': 'hides how big your part was',
  handled: 'is vague about what you actually did',
  utilized: 'is a long way to say “used”',
};

export const weakVerb: Rule = {
  meta: {
    id: 'weak-verb',
    description: 'Weak ownership ("worked on", "helped", "responsible for"): start with the verb for your own part.',
    defaultSeverity: 'warning',
    category: 'wording',
    fixable: false,
    hasSuggestions: true,
    examples: {
      weak: 'Responsible for the warehouse sync job and helped with its on-call alerts.',
      strong: 'Rebuilt the warehouse sync job as resumable batches, ending the nightly pages it used to cause.',
    },
  },
  check(ctx) {
    checkWordList<WeakVerb>(ctx, {
      list: WEAK_VERBS,
      userWords: ctx.config.words.weakVerbs,
      userData: (w) => ({ label: w.toLowerCase(), where: 'own' }),
      accept,
      insertable: adverb,
      report(m, bullet, tokens) {
        const text = bullet.text;
        const start = atSentenceStart(text, m.start);
        const { rewrites: rw, verbs } = rewrites(m, bullet, tokens);
        const suggestions: Suggestion[] = [];
        // a rewrite only reads well where the phrase opens the sentence or follows "and"/"I"
        const canRewrite = m.data.replaceWith !== undefined || ownClause(text, tokens, m.first);
        if (canRewrite)
          rw.forEach((r, k) => {
            const verb = start ? capitalise(r.verb) : m.data.replaceWith ? matchCase(m.text, r.verb) : r.verb[0].toLowerCase() + r.verb.slice(1);
            const edits = replaceEdits(bullet, r.start, r.end, verb);
            if (edits) suggestions.push({ title: `Replace “${text.slice(r.start, r.end)}” with “${verb}”`, edits, preferred: k === 0 || undefined, kind: 'quickfix' });
          });
        const why = MESSAGES[m.data.label] ?? 'hides which part was yours';
        const hint = m.data.replaceWith ? `write “${verbs[0].toLowerCase()}”` : start ? `start with what you built or changed${verbs.length ? ` (“${verbs[0]} …”)` : ''}` : 'lead the bullet with your own verb instead';
        return {
          start: m.start,
          end: m.end,
          message: `${quote(m.text)} ${why}: ${hint}.`,
          suggestions: suggestions.length ? suggestions : undefined,
          data: { phrase: m.text, verbs },
        };
      },
    });
  },
};
