/**
 * The proof summary webview's page, as a pure function from score data to an HTML string: one card
 * per entry with a bar for its score, each bullet marked proven or not with what it lacks. Clicking
 * (or pressing Enter on) a bullet posts `{ type: 'reveal', start, end }` to the extension, which
 * reveals those source offsets in the editor.
 *
 * Colours, fonts and focus rings come from the theme's CSS variables (`--vscode-*`), so the page
 * follows light, dark and high-contrast themes. All text is escaped; the Content-Security-Policy
 * allows nothing but the one style block and the one script that carry the given nonce.
 */
import { PART_ADVICE, type BulletScore, type EntryScore, type ResumeScore } from '../../server/src/engine/score';

/** What the page shows of a bullet: the engine's BulletScore, or any data with these fields. */
export type SummaryBullet = Pick<BulletScore, 'start' | 'end' | 'text' | 'proven'> & { lacks: readonly string[]; challenge?: boolean };

/** What the page shows of an entry: the engine's EntryScore fits. */
export type SummaryEntry = Pick<EntryScore, 'title' | 'start' | 'end' | 'proven' | 'total' | 'score'> & { bullets: readonly SummaryBullet[] };

/** The page's data: the engine's ResumeScore fits (bullets outside any entry go in `loose`). */
export type SummaryData = Pick<ResumeScore, 'score' | 'proven' | 'total'> & { entries: readonly SummaryEntry[]; loose?: readonly SummaryBullet[] };

export interface SummaryPageOptions {
  /** a fresh random nonce per render: letters, digits, `+`, `/`, `=` */
  nonce: string;
  /** shown in the heading, e.g. the file name */
  title?: string;
}

// the engine's advice per missing part (score.ts has no runtime imports, so this stays small)
const LACK_TEXT: Readonly<Record<string, string>> = { ...PART_ADVICE, challenge: 'say what problem it answered' };

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A whole number in [lo, hi]; anything else (NaN, a string) becomes lo. */
function int(n: unknown, lo: number, hi: number): number {
  const v = typeof n === 'number' && Number.isFinite(n) ? Math.round(n) : lo;
  return Math.max(lo, Math.min(hi, v));
}

function bulletHtml(b: SummaryBullet): string {
  const lacks = b.lacks.map((p) => LACK_TEXT[p] ?? p);
  const status = b.proven ? 'proven' : `not proven: ${lacks.join(', ')}`;
  return (
    `<li><button type="button" class="bullet ${b.proven ? 'ok' : 'weak'}" data-start="${int(b.start, 0, Number.MAX_SAFE_INTEGER)}" data-end="${int(b.end, 0, Number.MAX_SAFE_INTEGER)}" title="Go to this bullet">` +
    `<span class="mark" aria-hidden="true">${b.proven ? '✓' : '✗'}</span>` +
    `<span class="text">${escapeHtml(b.text)}</span>` +
    `<span class="status">${escapeHtml(status)}${b.challenge ? '' : b.proven ? ' · bonus: say what problem it answered' : ''}</span>` +
    `</button></li>`
  );
}

function cardHtml(title: string, e: { proven: number; total: number; score?: number; start?: number; end?: number }, bullets: readonly SummaryBullet[]): string {
  const score = e.score === undefined ? undefined : int(e.score, 0, 100);
  const heading =
    e.start === undefined
      ? `<h2>${escapeHtml(title)}</h2>`
      : `<h2><button type="button" class="entry" data-start="${int(e.start, 0, Number.MAX_SAFE_INTEGER)}" data-end="${int(e.end, 0, Number.MAX_SAFE_INTEGER)}">${escapeHtml(title)}</button></h2>`;
  const bar =
    score === undefined
      ? ''
      : `<div class="bar" role="meter" aria-label="score" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${score}"><div class="fill s${Math.floor(score / 10)}" data-width="${score}"></div></div>`;
  return (
    `<section class="card">${heading}` +
    `<p class="counts">${int(e.proven, 0, 1e6)}/${int(e.total, 0, 1e6)} bullet${e.total === 1 ? '' : 's'} proven${score === undefined ? '' : ` · ${score}/100`}</p>` +
    `${bar}<ul>${bullets.map(bulletHtml).join('')}</ul></section>`
  );
}

/** The bar widths as CSS rules (a style attribute would need 'unsafe-inline'). */
function widthRules(): string {
  let css = '';
  for (let i = 0; i <= 100; i++) css += `.fill[data-width="${i}"]{width:${i}%}`;
  return css;
}

const STYLE = `
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background);padding:0 16px 24px}
h1{font-size:1.4em;font-weight:600;margin:16px 0 4px}
.total{margin:0 0 16px;color:var(--vscode-descriptionForeground)}
.card{border:1px solid var(--vscode-panel-border,var(--vscode-widget-border,transparent));border-radius:4px;padding:8px 12px;margin:0 0 12px;background:var(--vscode-sideBar-background,transparent)}
h2{font-size:1.1em;margin:4px 0}
.counts{margin:0 0 6px;color:var(--vscode-descriptionForeground)}
.bar{height:6px;border-radius:3px;background:var(--vscode-editorWidget-background,var(--vscode-input-background));margin:0 0 8px}
.fill{height:100%;border-radius:3px;background:var(--vscode-progressBar-background)}
.fill.s0,.fill.s1,.fill.s2,.fill.s3{background:var(--vscode-errorForeground)}
.fill.s4,.fill.s5,.fill.s6{background:var(--vscode-editorWarning-foreground)}
ul{list-style:none;margin:0;padding:0}
li{margin:2px 0}
button{font:inherit;color:inherit;background:none;border:none;text-align:left;cursor:pointer;padding:4px;width:100%;border-radius:3px}
button:hover{background:var(--vscode-list-hoverBackground)}
button:focus-visible{outline:1px solid var(--vscode-focusBorder);outline-offset:-1px}
button.entry{padding:0;font-weight:600;color:var(--vscode-textLink-foreground)}
.bullet{display:grid;grid-template-columns:1.4em 1fr;column-gap:4px}
.mark{grid-row:span 2}
.ok .mark{color:var(--vscode-testing-iconPassed,var(--vscode-charts-green))}
.weak .mark{color:var(--vscode-errorForeground)}
.status{grid-column:2;font-size:.9em;color:var(--vscode-descriptionForeground)}
.empty{color:var(--vscode-descriptionForeground)}
`;

// Runs in the webview: one listener for every bullet and entry title.
const SCRIPT = `(function(){
const vscode = acquireVsCodeApi();
document.addEventListener('click', function (event) {
  const el = event.target && event.target.closest ? event.target.closest('[data-start]') : null;
  if (!el) return;
  vscode.postMessage({ type: 'reveal', start: Number(el.dataset.start), end: Number(el.dataset.end) });
});
})();`;

/** The summary page for `data`. Throws when the nonce could break out of the policy. */
export function summaryHtml(data: SummaryData, options: SummaryPageOptions): string {
  const { nonce } = options;
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(nonce)) throw new Error('summaryHtml: the nonce must be at least 16 base64 characters');
  const score = int(data.score, 0, 100);
  const cards = data.entries.map((e) => cardHtml(e.title, e, e.bullets));
  if (data.loose && data.loose.length) cards.push(cardHtml('Other bullets', { proven: data.loose.filter((b) => b.proven).length, total: data.loose.length }, data.loose));
  const title = options.title ? `Proof summary: ${options.title}` : 'Proof summary';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}${widthRules()}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="total">Proof score <strong>${score}/100</strong> · ${int(data.proven, 0, 1e6)}/${int(data.total, 0, 1e6)} bullets proven</p>
${cards.length ? cards.join('\n') : '<p class="empty">No bullets to score yet: add roles with bullets under Experience or Projects.</p>'}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
