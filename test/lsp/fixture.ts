// Resumes for the protocol tests (invented people, companies and numbers).

/** A short Markdown resume: strong bullets beside weak ones, so every kind of finding shows up. */
export const RESUME = `# Dana Whitfield

dana@example.com · Leeds

## Summary

Backend engineer who keeps freight booking systems fast under holiday load.

## Experience

### Senior Backend Engineer | Larkspur Freight | 2021 – Present

- Worked on the booking API for partner carriers.
- Successfully migrated the quote cache to redis and postgres.
- Rebuilt the rate-quote service as a streaming pipeline after partner traffic tripled, cutting p95 latency from 900 ms to 120 ms.
- Improved the dashboards.

### Software Engineer | Copperline Retail | 2018 – 2021

- Designed the returns ledger that tracks 30,000 refunds a week, ending double refunds after a billing outage.
- Helped with on-call.

## Projects

### Quill — notes sync | Go, SQLite

- Built an offline-first sync engine in Go that merges edits from 4 devices without conflicts in 99.8% of sessions.

## Skills

- Go, Python, PostgreSQL, Redis, Kafka

## Education

### BSc Computing | University of Hull | 2014 – 2018
`;

/** About two pages: the experience block repeated under different titles (for the random-edit run). */
export function longResume(roles = 8): string {
  const head = RESUME.slice(0, RESUME.indexOf('### Senior'));
  const role = RESUME.slice(RESUME.indexOf('### Senior'), RESUME.indexOf('## Projects'));
  let body = '';
  for (let i = 0; i < roles; i++) body += role.replace('Larkspur Freight', `Larkspur Freight ${i + 1}`).replace('Copperline Retail', `Copperline Retail ${i + 1}`);
  return head + body + RESUME.slice(RESUME.indexOf('## Projects'));
}
