import { findTechMentions } from '../checks/tech';
import { lookupTech } from '../data/tech-names';
import type { Token } from './tokens';
import { L } from './lexicon';

/** A technology named in a bullet: tokens [first, first + count). */
export interface TechMention {
  first: number;
  count: number;
  name: string;
}

/**
 * Technology names in a bullet, found by the shared matcher of checks/tech.ts (the tech-name rule's)
 * and mapped onto this module's tokens. An everyday word written in lower case ("go", "spring") is not
 * a technology, nor is one that merely starts the bullet ("Go live ...").
 */
export function findTech(text: string, tokens: readonly Token[]): TechMention[] {
  const out: TechMention[] = [];
  let k = 0;
  for (const m of findTechMentions(text)) {
    if (m.ambiguous) continue;
    if (m.start === 0 && lookupTech(m.text.toLowerCase())?.ambiguous && m.text !== lookupTech(m.text)?.tech.name) continue;
    while (k < tokens.length && tokens[k].end <= m.start) k++;
    let j = k;
    while (j < tokens.length && tokens[j].start < m.end) j++;
    if (j > k) out.push({ first: k, count: j - k, name: m.canonical });
    k = j;
  }
  return withMoreNames(tokens, out);
}

/** Adds the names of the detection-only list (data/proof-words.ts) that the shared list lacks. */
function withMoreNames(tokens: readonly Token[], found: TechMention[]): TechMention[] {
  const taken = new Set<number>();
  for (const m of found) for (let k = m.first; k < m.first + m.count; k++) taken.add(k);
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const n = L.moreTech.matchAt(tokens, i);
    if (!n) continue;
    const t = tokens[i];
    const capitalised = /^[A-Z]/.test(t.text) || /[A-Z0-9.]/.test(t.text.slice(1));
    if (L.everydayTech.has(t.lower) && n === 1 && (!capitalised || i === 0)) continue;
    found.push({ first: i, count: n, name: tokens.slice(i, i + n).map((x) => x.text).join(' ') });
    added = true;
    i += n - 1;
  }
  return added ? found.sort((a, b) => a.first - b.first) : found;
}
