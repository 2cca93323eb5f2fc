import path from 'node:path';

/** The repository root (tests run from a bundled copy under .test-out/, so __dirname is not it). */
export const ROOT = process.env.BULLETPROOF_ROOT ?? process.cwd();
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const DIST = path.join(ROOT, 'dist');
/** The public templates shared beside the repository (absent outside this workplace). */
export const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'templates');
