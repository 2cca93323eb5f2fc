import { techIndex, type TechForm } from '../data/tech-names';
import type { Token } from './tokens';

/** A technology named in a bullet: tokens [first, first + count). */
export interface TechMention {
  first: number;
  count: number;
  name: string;
}

let prefixes: Set<string> | undefined;

/** First words of the several-word forms ("spring" of "spring boot"), so most tokens need one look-up. */
function multiWordPrefixes(): Set<string> {
  if (prefixes) return prefixes;
  prefixes = new Set();
  for (const key of techIndex().keys()) {
    const sp = key.indexOf(' ');
    if (sp > 0) prefixes.add(key.slice(0, sp));
  }
  return prefixes;
}

const keyOf = (t: Token) => (t.lower.includes('-') ? t.lower.replace(/-+/g, ' ') : t.lower);

/**
 * Technology names in a token list, using the shared list of data/tech-names.ts. A form that is also
 * an everyday word ("go", "spring", "lambda") counts only when capitalised, and not as the first word
 * (where every word is capitalised).
 */
export function findTech(tokens: readonly Token[]): TechMention[] {
  const index = techIndex();
  const multi = multiWordPrefixes();
  const out: TechMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' && t.kind !== 'num') continue;
    let form: TechForm | undefined;
    let n = 1;
    const key = keyOf(t);
    if (multi.has(key)) {
      // longest first: "ruby on rails", "spring boot"
      for (let len = 3; len >= 2 && !form; len--) {
        if (i + len > tokens.length) continue;
        let k = key;
        let ok = true;
        for (let j = 1; j < len; j++) {
          const p = tokens[i + j];
          if (p.kind !== 'word' && p.kind !== 'num') {
            ok = false;
            break;
          }
          k += ` ${keyOf(p)}`;
        }
        if (ok && (form = index.get(k))) n = len;
      }
    }
    if (!form) form = index.get(key);
    if (!form) continue;
    if (form.ambiguous && n === 1 && (i === 0 || !/^[A-Z]/.test(t.text))) continue;
    out.push({ first: i, count: n, name: form.tech.name });
    i += n - 1;
  }
  return out;
}
