import type { Bullet, ResumeDoc } from './model';

/** Where a part of the story shows in a bullet: offsets into `bullet.text` and the words. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/**
 * The four parts hiring teams look for in a bullet. A part is `null` when the bullet does not show
 * it. `proven` is true when system, change and result are all present (challenge is a bonus).
 */
export interface ProofCard {
  system: Evidence | null;
  challenge: Evidence | null;
  change: Evidence | null;
  result: Evidence | null;
  proven: boolean;
}

// Placeholder analysis until the proof analyser lands: nothing is found.
export function analyseBullet(bullet: Bullet, doc: ResumeDoc): ProofCard {
  void bullet;
  void doc;
  return { system: null, challenge: null, change: null, result: null, proven: false };
}
