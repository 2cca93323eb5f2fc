import { findTechMentions } from '../checks/tech';
import { lookupTech } from '../data/tech-names';
import type { Token } from './tokens';

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
  return out;
}
