import { lookupTech } from '../data/tech-names';
import type { Token } from './tokens';

/** A technology named in a bullet: tokens [first, first + count). */
export interface TechMention {
  first: number;
  count: number;
  name: string;
}

/**
 * Technology names in a token list, using the shared list of data/tech-names.ts. A form that is also
 * an everyday word ("go", "spring", "lambda") counts only when capitalised, and not as the first word
 * (where every word is capitalised).
 */
export function findTech(tokens: readonly Token[]): TechMention[] {
  const out: TechMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    // longest form first: three, two, then one token ("Ruby on Rails", "Spring Boot", "Java")
    let hit = 0;
    for (let n = 3; n >= 1 && !hit; n--) {
      if (i + n > tokens.length) continue;
      const parts = tokens.slice(i, i + n);
      if (parts.some((p) => p.kind === 'punct' || p.kind === 'sym')) continue;
      const form = lookupTech(parts.map((p) => p.text).join(' '));
      if (!form) continue;
      if (form.ambiguous && (n === 1 ? !/^[A-Z]/.test(t.text) || i === 0 : false)) continue;
      hit = n;
      out.push({ first: i, count: n, name: form.tech.name });
    }
    if (hit) i += hit - 1;
  }
  return out;
}
