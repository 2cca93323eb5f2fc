/**
 * Strong opening verbs offered by completion at the start of a bullet, grouped by what the bullet
 * claims. Each says what was done to a system, so the reader can ask "to what, and with what result".
 */
export const VERBS_BY_INTENT: ReadonlyArray<{ intent: string; verbs: readonly string[] }> = [
  { intent: 'build', verbs: ['Built', 'Designed', 'Shipped', 'Launched', 'Implemented', 'Created', 'Developed', 'Wrote', 'Introduced', 'Delivered'] },
  { intent: 'speed up', verbs: ['Accelerated', 'Optimized', 'Sped up', 'Parallelized', 'Cached', 'Streamlined', 'Profiled', 'Tuned', 'Shortened'] },
  { intent: 'make reliable', verbs: ['Stabilized', 'Hardened', 'Automated', 'Migrated', 'Instrumented', 'Fixed', 'Secured', 'Replaced', 'Eliminated'] },
  { intent: 'cut cost', verbs: ['Cut', 'Reduced', 'Consolidated', 'Decommissioned', 'Right-sized', 'Renegotiated', 'Trimmed', 'Retired'] },
  { intent: 'lead', verbs: ['Led', 'Mentored', 'Coordinated', 'Drove', 'Owned', 'Championed', 'Hired', 'Standardized', 'Proposed'] },
];
