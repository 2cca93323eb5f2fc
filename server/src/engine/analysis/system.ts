import { isBoundary, type Token } from './tokens';
import { L } from './lexicon';
import type { TechMention } from './tech';

/** A span of tokens [first, last] inclusive. */
export interface TokenSpan {
  first: number;
  last: number;
}

const ADJECTIVE_SUFFIX = /(?:ous|ive|ful|less|able|ible|ly|ed)$/;

/**
 * Spelled like a technology even when not in the list: an acronym ("JWT", "RDS", "CDK"), inner
 * capitals ("BullMQ", "PgBouncer"), a dotted or numbered name ("Socket.io", "Vue3"). Product areas
 * written as acronyms (CRM, KYC, SSO) are in the domain list and checked first.
 */
function looksLikeTech(text: string): boolean {
  return /^[A-Z0-9]{2,6}s?$/.test(text) || /^[A-Z]?[a-z]+[A-Z][A-Za-z]*$/.test(text) || /^[A-Za-z]+\.(?:js|io|net|py)$/i.test(text) || /^[A-Za-z]+\d+$/.test(text);
}

/** Whether a modifier word names something (a product area, a proper name) rather than describing. */
function isConcreteModifier(t: Token, techAt: ReadonlySet<number>, index: number): boolean {
  if (t.kind !== 'word' || techAt.has(index)) return false;
  const w = t.lower;
  if (L.generic.has(w) || L.stopwords.has(w) || L.genericGerunds.has(w) || L.problems.has(w)) return false;
  if (L.domain.has(w)) return true;
  // another kind of software is not a name: "Kafka clusters and Jenkins pipelines"
  if (L.heads.has(w)) return false;
  if (looksLikeTech(t.text)) return false;
  if (w.includes('-') || w.includes('/')) {
    const parts = w.split(/[-/]/);
    if (L.genericTails.has(parts[parts.length - 1])) return false;
    return parts.some((p) => p.length > 1 && !L.generic.has(p) && !L.stopwords.has(p) && p !== 'multi' && p !== 'non' && p !== 'cross' && p !== 're' && p !== 'self' && !ADJECTIVE_SUFFIX.test(p));
  }
  if (ADJECTIVE_SUFFIX.test(w) && !/^[A-Z]/.test(t.text)) return false;
  if (L.changeVerbSet.has(w) || L.claims.has(w) || L.removalVerbs.has(w)) return false;
  // an activity ("landing pages", "testing framework") is not a product area unless it is a listed one
  if (w.endsWith('ing')) return false;
  return w.length > 1;
}

/**
 * Whether a system noun is really a modifier inside a longer compound ("consumer lag monitoring",
 * "service setup time"): the next word continues the noun phrase.
 */
function continuesCompound(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!n || n.kind !== 'word') return false;
  if (L.stopwords.has(n.lower) || L.heads.has(n.lower) || L.changeVerbSet.has(n.lower) || L.claims.has(n.lower)) return false;
  if (/(?:ing|ed)$/.test(n.lower) && !L.domain.has(n.lower)) return false;
  if (n.lower === 'and' || n.lower === 'or') return false;
  return true;
}

/**
 * Finds the first concrete system or product area in a bullet: a system noun ("service", "API",
 * "pipeline", "indexer") with a concrete modifier ("billing service", "order and fulfillment APIs"),
 * or a product area that stands on its own ("checkout", "account provisioning").
 */
export function findSystem(tokens: readonly Token[], tech: readonly TechMention[]): TokenSpan | null {
  const techAt = new Set<number>();
  for (const m of tech) for (let k = m.first; k < m.first + m.count; k++) techAt.add(k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || techAt.has(i)) continue;
    // "the API gateway", "a job scheduler": specific components name themselves
    const specific = L.specificHeads.matchAt(tokens, i);
    if (specific && !continuesCompound(tokens, i + specific - 1)) {
      const prev = tokens[i - 1];
      if (prev && !techAt.has(i - 1) && prev.kind === 'word' && i - 1 > 0) return { first: L.stopwords.has(prev.lower) ? i : i - 1, last: i + specific - 1 };
    }
    if (!L.heads.has(t.lower) || continuesCompound(tokens, i)) continue;
    // walk back over the modifiers: "order and fulfillment APIs", "asynchronous billing and invoicing services"
    let first = i;
    let concrete = false;
    let sawGeneric = false;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const m = tokens[k];
      if (isBoundary(m) || m.kind !== 'word') break;
      if ((m.lower === 'and' || m.lower === '&' || m.lower === 'or') && k > 0 && tokens[k - 1].kind === 'word') continue;
      if (L.stopwords.has(m.lower) || (k === 0 && !/^[A-Z]/.test(m.text.slice(1)) && !L.domain.has(m.lower))) break;
      if (L.changeVerbSet.has(m.lower) || L.claims.has(m.lower) || L.removalVerbs.has(m.lower)) break;
      // "to deliver features": a verb after "to", not a name
      if (tokens[k - 1]?.lower === 'to' && !L.domain.has(m.lower)) break;
      if (isConcreteModifier(m, techAt, k)) {
        concrete = true;
        first = k;
      } else {
        if (m.lower.endsWith('ing') && sawGeneric) break;
        sawGeneric = true;
      }
    }
    if (concrete) return { first, last: i };
  }
  // a product area on its own: "for account provisioning", "the checkout"
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word' && !techAt.has(i) && L.standalone.has(t.lower)) {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1].kind === 'word' && (L.domain.has(tokens[last + 1].lower) || L.heads.has(tokens[last + 1].lower)) && !techAt.has(last + 1)) last++;
      return { first: i, last };
    }
  }
  return findNamedObject(tokens, techAt) ?? findPurpose(tokens, techAt) ?? findCompound(tokens, techAt);
}

/**
 * Any compound noun with a specific modifier and a specific head ("the user buddy list", "carrier
 * rate cards"): the head must not be generic, a quality, a problem, people or a technology.
 */
function findCompound(tokens: readonly Token[], techAt: ReadonlySet<number>): TokenSpan | null {
  let start = -1;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    const inPhrase = !!t && t.kind === 'word' && !L.stopwords.has(t.lower) && !/(?:ing|ed|ly)$/.test(t.lower) && !L.changeVerbSet.has(t.lower) && !L.claims.has(t.lower);
    if (inPhrase) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= 2) {
      const last = i - 1;
      const head = tokens[last].lower;
      const specificHead = !techAt.has(last) && !PEOPLE.has(head) && !L.quality.has(head) && !L.problems.has(head) && !L.genericNouns.has(head) && !L.generic.has(head) && !L.heads.has(head) && !/^[A-Z]/.test(tokens[last].text);
      if (specificHead) {
        for (let j = Math.max(start, last - 3); j < last; j++) {
          if (isConcreteModifier(tokens[j], techAt, j) && !L.quality.has(tokens[j].lower) && !/^[A-Z]/.test(tokens[j].text)) return { first: j, last };
        }
      }
    }
    start = -1;
  }
  return null;
}

const PEOPLE = new Set(['team', 'teams', 'hires', 'engineers', 'developers', 'customers', 'clients', 'users', 'stakeholders', 'company', 'business', 'people', 'staff', 'colleagues', 'managers', 'everyone', 'others', 'partners']);

/**
 * What the work was for: "for parsing bank statements", "for tracking workouts". A "for" phrase whose
 * nouns name something specific (not people, not a quality, not a generic kind of software).
 */
function findPurpose(tokens: readonly Token[], techAt: ReadonlySet<number>): TokenSpan | null {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].lower !== 'for') continue;
    let k = i + 1;
    if (tokens[k]?.kind === 'word' && tokens[k].lower.endsWith('ing') && !L.domain.has(tokens[k].lower)) k++;
    while (k < tokens.length && OBJECT_SKIP.has(tokens[k].lower)) k++;
    const first = k;
    let last = -1;
    for (; k < tokens.length && k < first + 4; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || L.stopwords.has(t.lower) || (/(?:ing|ed|ly)$/.test(t.lower) && !L.domain.has(t.lower))) break;
      last = k;
    }
    if (last < first) continue;
    const head = tokens[last].lower;
    if (techAt.has(last) || PEOPLE.has(head) || L.quality.has(head) || L.problems.has(head) || L.genericNouns.has(head) || L.generic.has(head)) continue;
    for (let j = first; j <= last; j++) if (isConcreteModifier(tokens[j], techAt, j) && !L.quality.has(tokens[j].lower)) return { first, last };
  }
  return null;
}

const OBJECT_SKIP = new Set(['on', 'with', 'in', 'up', 'for', 'to', 'out', 'into', 'the', 'a', 'an', 'our', 'its', 'their', 'new', 'and']);

/**
 * The object of the leading verb when it is a compound noun with a specific word in it and a head
 * that is neither generic nor a quality: "Automated certificate rotation", "Rebuilt offline sync".
 */
function findNamedObject(tokens: readonly Token[], techAt: ReadonlySet<number>): TokenSpan | null {
  let i = 1;
  if (tokens[i]?.lower === 'and' && tokens[i + 1]?.kind === 'word') i += 2;
  while (i < tokens.length && OBJECT_SKIP.has(tokens[i].lower)) i++;
  const first = i;
  let last = -1;
  for (let k = i; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k];
    if (t.kind === 'num' && k > first) continue;
    if (t.kind !== 'word' || L.stopwords.has(t.lower)) break;
    if (/(?:ing|ed|ly)$/.test(t.lower) && !L.domain.has(t.lower) && k > first) break;
    last = k;
  }
  if (last <= first) return null;
  const head = tokens[last];
  // a generic head is fine when a specific word names it ("the GDPR data-deletion project")
  if (techAt.has(last) || L.quality.has(head.lower) || L.problems.has(head.lower) || L.stopwords.has(head.lower)) return null;
  for (let k = first; k < last; k++) if (isConcreteModifier(tokens[k], techAt, k) && !L.quality.has(tokens[k].lower)) return { first, last };
  return null;
}

/**
 * The generic object of a bullet, to quote back: the run of generic nouns, technology names and
 * generic modifiers around the first generic noun ("backend APIs and microservices").
 */
export function findGenericObject(tokens: readonly Token[], tech: readonly TechMention[]): TokenSpan | null {
  const techAt = new Set<number>();
  for (const m of tech) for (let k = m.first; k < m.first + m.count; k++) techAt.add(k);
  const isPart = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === 'word' && k > 0 && (L.genericNouns.has(t.lower) || techAt.has(k) || (L.generic.has(t.lower) && !L.stopwords.has(t.lower)));
  };
  for (let i = 1; i < tokens.length; i++) {
    if (!(tokens[i].kind === 'word' && L.genericNouns.has(tokens[i].lower))) continue;
    let first = i;
    while (isPart(first - 1)) first--;
    let last = i;
    for (;;) {
      if (isPart(last + 1)) last++;
      else if ((tokens[last + 1]?.lower === 'and' || tokens[last + 1]?.lower === 'or') && isPart(last + 2)) last += 2;
      else break;
    }
    return { first, last };
  }
  return null;
}

/** Whether a short title ("Payments API", "Backend", "Java") names something specific. */
export function namesSomething(tokens: readonly Token[], tech: readonly TechMention[]): boolean {
  const techAt = new Set<number>();
  for (const m of tech) for (let k = m.first; k < m.first + m.count; k++) techAt.add(k);
  return tokens.some((t, k) => t.kind === 'word' && !techAt.has(k) && !L.generic.has(t.lower) && !L.genericNouns.has(t.lower) && !L.stopwords.has(t.lower) && !L.quality.has(t.lower) && !L.heads.has(t.lower));
}
