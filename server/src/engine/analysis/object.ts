import type { Analysis } from './index';

const PARTICLES = new Set(['on', 'with', 'in', 'up', 'for', 'to', 'out', 'into', 'across']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'several', 'various', 'multiple', 'new', 'existing']);

/**
 * Where the object of the bullet's leading verb begins: after the verb, its particle ("worked on",
 * "helped with") and a determiner. The system's name goes there ("Improved [the checkout] database ...").
 */
export function objectInsertion(a: Analysis): number {
  const t = a.tokens;
  if (t.length === 0) return 0;
  let i = 1;
  // "Built and maintained X": skip a coordinated second verb
  if (t[i]?.lower === 'and' && t[i + 1]?.kind === 'word' && /(?:ed|t)$/.test(t[i + 1].lower)) i += 2;
  while (i < t.length && PARTICLES.has(t[i].lower)) i++;
  while (i < t.length && DETERMINERS.has(t[i].lower)) i++;
  return i < t.length ? t[i].start : a.text.length;
}
