#!/usr/bin/env node
// The packaged extension inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by
// Debian's Chromium through playwright-core. The LSP tests prove the protocol; this proves what a user
// sees: squiggles, hover, Problems, the lightbulb, fix-all, the snippet, the status bar and the proof summary.
//
// Usage: node test/e2e-browser/run.mjs [--images]
//   --images  also copies the four best screenshots to docs/images/ (for the README)
// Env: BULLETPROOF_E2E_CACHE (code-server cache, default ~/.cache/bulletproof-e2e),
//      BULLETPROOF_E2E_CHROMIUM (default /usr/bin/chromium), BULLETPROOF_E2E_KEEP=1 (keep temp folders).
//
// Every step prints PASS or FAIL; a step whose prerequisite failed is a FAIL that says so, never a
// skip. The last line is `e2e: N passed, M failed`; the exit code is non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parseSnippet, expandSnippet } from './snippet.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HERE = import.meta.dirname;
const OUT = path.join(ROOT, 'test-output', 'e2e');
const CHROMIUM = process.env.BULLETPROOF_E2E_CHROMIUM || '/usr/bin/chromium';
const KEEP = process.env.BULLETPROOF_E2E_KEEP === '1';
const COPY_IMAGES = process.argv.includes('--images');

// Bounded waits. The first squiggle includes extension-host and language-server start-up: about 10 s
// on a quiet machine, 30 to 50 s seen on a machine loaded with other builds.
const T_FIRST_SQUIGGLE = 90_000;
const T_SQUIGGLE = 30_000;
const T_UI = 15_000;

const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

// ---------------------------------------------------------------------------------------------------
// Steps and results

const results = [];
const state = {};
let page;
let shotNo = 0;

function log(msg) {
  console.log(`  ${msg}`);
}

async function screenshot(name) {
  if (!page) return null;
  const file = path.join(OUT, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 10_000 });
    return file;
  } catch {
    return null;
  }
}

/**
 * Runs one step. `needs` names earlier steps that must have passed; when one did not, the step
 * fails without running and says which. A step returns a short detail string on success and throws
 * with the reason on failure.
 */
async function step(name, needs, fn) {
  const missing = needs.filter((n) => !results.some((r) => r.name === n && r.ok));
  let ok = false;
  let detail;
  const t0 = Date.now();
  if (missing.length) {
    detail = `not run: needs ${missing.map((m) => `"${m}"`).join(', ')}`;
  } else {
    try {
      detail = await fn();
      ok = true;
    } catch (e) {
      detail = (e && e.message ? e.message : String(e)).split('\n')[0];
      await screenshot(`FAIL-${slug(name)}`);
    }
  }
  results.push({ name, ok });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name} (${secs}s)${detail ? ` — ${detail}` : ''}`);
  return ok;
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------------
// Processes

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '', error: r.error };
}

function tail(text, lines = 15) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} (see test-output/e2e/code-server.log)`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000}s`);
}

/** Stops a process group started with detached: true, by the leader's own pid. */
async function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise((r) => setTimeout(r, 5000, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The workbench, seen through the DOM

/** Editor lines as shown (Monaco renders spaces as no-break spaces), sorted top to bottom. */
async function editorLines() {
  return page.evaluate((sel) => {
    const ed = document.querySelector(sel);
    if (!ed) return [];
    return [...ed.querySelectorAll('.view-lines .view-line')]
      .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  }, EDITOR);
}

async function lineContaining(fragment) {
  return (await editorLines()).find((l) => l.includes(fragment));
}

/** Waits until a rendered line contains `fragment`. */
async function waitForLine(fragment, timeout = T_UI) {
  await page.waitForFunction(
    ({ sel, fragment }) => {
      const ed = document.querySelector(sel);
      return !!ed && !!window.__bpLine(ed, fragment);
    },
    { sel: EDITOR, fragment },
    { timeout, polling: 200 },
  );
}

/**
 * Screen rectangle of `chars` inside the rendered line that contains `lineFragment` (a DOM Range over
 * the line's text nodes, so it is exact whatever the tokenisation).
 */
async function charRect(lineFragment, chars) {
  const rect = await page.evaluate(
    ({ sel, lineFragment, chars }) => {
      const ed = document.querySelector(sel);
      if (!ed) return null;
      const line = window.__bpLine(ed, lineFragment);
      if (!line) return null;
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(chars);
      if (at < 0) return null;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      let startSet = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (!startSet && at < pos + len) {
          range.setStart(n, at - pos);
          startSet = true;
        }
        if (startSet && at + chars.length <= pos + len) {
          range.setEnd(n, at + chars.length - pos);
          break;
        }
        pos += len;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    { sel: EDITOR, lineFragment, chars },
  );
  assert(rect && rect.width > 0, `"${chars}" is not on screen in a line containing "${lineFragment}"`);
  return rect;
}

/**
 * Squiggle classes drawn on the line that contains `fragment`: decorations live in the overlay layer,
 * one div per visible line at the same `top` as the text line.
 */
async function squigglesOnLine(fragment) {
  return page.evaluate(
    ({ sel, fragment }) => {
      const ed = document.querySelector(sel);
      if (!ed) return [];
      const line = window.__bpLine(ed, fragment);
      if (!line) return [];
      const top = line.style.top;
      const found = [];
      for (const o of ed.querySelectorAll('.view-overlays > div')) {
        if (o.style.top !== top) continue;
        for (const s of o.querySelectorAll('[class*="squiggly-"]')) {
          const m = s.className.match(/squiggly-(error|warning|info|hint)/);
          if (m) found.push(m[1]);
        }
      }
      return found;
    },
    { sel: EDITOR, fragment },
  );
}

async function waitForSquiggleOnLine(fragment, timeout) {
  try {
    await page.waitForFunction(
      ({ sel, fragment }) => {
        const ed = document.querySelector(sel);
        if (!ed) return false;
        const line = window.__bpLine(ed, fragment);
        if (!line) return false;
        return [...ed.querySelectorAll('.view-overlays > div')].some((o) => o.style.top === line.style.top && o.querySelector('.squiggly-warning, .squiggly-error'));
      },
      { sel: EDITOR, fragment },
      { timeout, polling: 250 },
    );
  } catch {
    const all = await page.locator(`${EDITOR} [class*="squiggly-"]`).count();
    throw new Error(`no warning squiggle on the line "${fragment}" within ${timeout / 1000}s (${all} squiggles of any kind in the editor)`);
  }
}

/** Opens a file by clicking its row in the Explorer (keystrokes right after load can go nowhere). */
async function openFromExplorer(name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) });
  await row.first().waitFor({ state: 'visible', timeout: T_UI });
  await row.first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: T_UI });
}

/** Puts the caret at the start of `chars` in the line containing `lineFragment`. */
async function clickAt(lineFragment, chars, offset = 0) {
  const r = await charRect(lineFragment, chars);
  await page.mouse.click(r.x + 1 + offset, r.y + r.height / 2);
}

/** Runs a command from the command palette by its label. */
async function runCommand(label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T_UI });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: label }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: T_UI });
  } catch {
    await page.keyboard.press('Escape');
    throw new Error(`command "${label}" is not in the command palette`);
  }
  await row.click();
}

async function notifications() {
  return page.locator('.notifications-toasts .notification-list-item-message').allTextContents();
}

/**
 * The frame whose document has `selector`, searched among every frame of the page: a webview in
 * code-server is an iframe (the host page) holding another iframe (the extension's HTML). Polls
 * `page.frames()` until `timeout`; null when none has it by then.
 */
async function frameWith(selector, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    for (const f of page.frames()) {
      if (f === page.mainFrame() || f.isDetached()) continue;
      try {
        if (await f.locator(selector).count()) return f;
      } catch {
        // the frame went away while it was asked (the webview reloads its page on each render)
      }
    }
    if (Date.now() >= end) return null;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The status bar's cursor item, "Ln 24, Col 52 (49 selected)", or undefined when not shown. */
async function selectionIndicator() {
  const all = await page.locator('.part.statusbar .statusbar-item').allTextContents();
  return all.map((t) => t.trim()).find((t) => /^Ln \d+, Col \d+/.test(t));
}

/** The editor tab whose label is `name` (in any group). */
function editorTab(name) {
  return page.locator('.part.editor .tabs-container .tab').filter({ hasText: name });
}

/** Closes the editor tab `name` with its close button; true when it is gone. */
async function closeTab(name, timeout = T_UI) {
  const tab = editorTab(name).first();
  if (!(await tab.count())) return true;
  await tab.hover();
  await tab.locator('.tab-actions .action-label').first().click({ timeout });
  try {
    await editorTab(name).first().waitFor({ state: 'detached', timeout });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Set-up

function readJson(p) {
  return JSON.parse(fs.readFileSync(p, 'utf8'));
}

/** The contributed snippet whose prefix is `prefix` for `language`, read from the installed extension. */
function findSnippet(extDir, language, prefix) {
  const manifest = readJson(path.join(extDir, 'package.json'));
  const files = (manifest.contributes?.snippets ?? []).filter((s) => s.language === language);
  assert(files.length, `package.json contributes no snippets for ${language}`);
  for (const f of files) {
    const all = readJson(path.join(extDir, f.path));
    for (const [name, s] of Object.entries(all)) {
      const prefixes = [].concat(s.prefix ?? []);
      if (prefixes.includes(prefix)) return { name, body: [].concat(s.body).join('\n'), description: s.description };
    }
  }
  throw new Error(`no ${language} snippet with prefix "${prefix}" in ${files.map((f) => f.path).join(', ')}`);
}

/** Why the extension may not have started for a language, from the installed manifest (for a failure message). */
function activationHint(language) {
  try {
    const events = readJson(path.join(state.extDir, 'package.json')).activationEvents ?? [];
    const covers = events.some((e) => e === '*' || e === 'onStartupFinished' || e === `onLanguage:${language}` || e.startsWith('workspaceContains:'));
    return covers ? '' : `; the installed manifest's activationEvents (${JSON.stringify(events)}) never start it for ${language} files`;
  } catch {
    return '';
  }
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  // one model line = one rendered line, so a bullet's text can be read back whole
  'editor.wordWrap': 'off',
  '[markdown]': { 'editor.wordWrap': 'off' },
};

// ---------------------------------------------------------------------------------------------------

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (f.endsWith('.png') || f.endsWith('.log') || f === 'vscode-logs') fs.rmSync(path.join(OUT, f), { recursive: true, force: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletproof-e2e-'));
  const dirs = {
    data: path.join(tmp, 'user-data'),
    ext: path.join(tmp, 'extensions'),
    ws: path.join(tmp, 'workspace'),
    xdg: path.join(tmp, 'xdg'),
    vsix: path.join(tmp, 'vsix'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // code-server writes its config and state under XDG folders; keep them in the temp folder.
  const csEnv = { ...process.env, XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'), XDG_DATA_HOME: path.join(dirs.xdg, 'data'), XDG_CACHE_HOME: path.join(dirs.xdg, 'cache') };
  let server;
  let browser;
  // Stopped from outside (Ctrl+C, a CI timeout): the finally block below will not run, so stop
  // code-server's process group by its pid and drop the temp folders here.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      try {
        if (server && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      if (!KEEP) fs.rmSync(tmp, { recursive: true, force: true });
      console.log(`e2e: interrupted by ${sig}`);
      console.log(`e2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
      process.exit(1);
    });
  }
  const started = Date.now();

  try {
    await step('install code-server 4.100.3', [], async () => {
      const r = run('bash', [path.join(HERE, 'install-code-server.sh')], { stdio: ['ignore', 'pipe', 'pipe'] });
      fs.writeFileSync(path.join(OUT, 'install.log'), r.out);
      assert(r.status === 0, `install-code-server.sh failed (exit ${r.status}): ${tail(r.out, 3)}`);
      state.codeServer = r.stdout.trim().split('\n').pop();
      assert(fs.existsSync(state.codeServer), `installer printed no entry script (${state.codeServer})`);
      return state.codeServer;
    });

    await step('package the .vsix (npm run package)', [], async () => {
      const manifest = readJson(path.join(ROOT, 'package.json'));
      state.extId = `${manifest.publisher}.${manifest.name}`.toLowerCase();
      if (process.env.BULLETPROOF_E2E_VSIX) {
        // for working on the driver itself: a .vsix built elsewhere, said loudly in the step line
        state.vsix = path.resolve(process.env.BULLETPROOF_E2E_VSIX);
        assert(fs.existsSync(state.vsix), `BULLETPROOF_E2E_VSIX=${state.vsix} does not exist`);
        return `NOT PACKAGED HERE: using BULLETPROOF_E2E_VSIX=${state.vsix}`;
      }
      assert(manifest.scripts?.package, 'package.json has no "package" script yet');
      const t0 = Date.now();
      const r = run('npm', ['run', 'package'], { cwd: ROOT });
      fs.writeFileSync(path.join(OUT, 'package.log'), r.out);
      assert(r.status === 0, `npm run package failed (exit ${r.status}): ${tail(r.out, 4).replace(/\n/g, ' | ')}`);
      const expected = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
      assert(fs.existsSync(expected) && fs.statSync(expected).mtimeMs >= t0 - 1000, `npm run package did not write ${path.basename(expected)}`);
      state.vsix = path.join(dirs.vsix, path.basename(expected));
      fs.copyFileSync(expected, state.vsix);
      return `${path.basename(expected)}, ${(fs.statSync(expected).size / 1024).toFixed(0)} KB`;
    });

    await step('install the .vsix into a throwaway extensions folder', ['install code-server 4.100.3', 'package the .vsix (npm run package)'], async () => {
      const r = run(process.execPath, [state.codeServer, '--install-extension', state.vsix, '--extensions-dir', dirs.ext, '--user-data-dir', dirs.data], { env: csEnv });
      fs.writeFileSync(path.join(OUT, 'install-extension.log'), r.out);
      assert(r.status === 0, `--install-extension failed (exit ${r.status}): ${tail(r.out, 3)}`);
      const installed = fs.readdirSync(dirs.ext).filter((d) => d.toLowerCase().startsWith(`${state.extId}-`));
      assert(installed.length === 1, `extension folder ${state.extId}-* not found in the extensions dir (${fs.readdirSync(dirs.ext).join(', ')})`);
      state.extDir = path.join(dirs.ext, installed[0]);
      return installed[0];
    });

    await step('start code-server on 127.0.0.1 and load the workbench in Chromium', ['install the .vsix into a throwaway extensions folder'], async () => {
      fs.mkdirSync(path.join(dirs.data, 'User'), { recursive: true });
      fs.writeFileSync(path.join(dirs.data, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
      for (const f of ['resume.md', 'resume.tex', 'resume.json', 'cv.yaml']) fs.copyFileSync(path.join(HERE, 'fixtures', f), path.join(dirs.ws, f));
      const port = await freePort();
      const logFd = fs.openSync(path.join(OUT, 'code-server.log'), 'w');
      // detached: its own process group, so stopping it by its pid also stops the extension host
      // and the language server it started.
      server = spawn(
        process.execPath,
        [
          state.codeServer,
          '--auth', 'none',
          '--bind-addr', `127.0.0.1:${port}`,
          '--config', path.join(tmp, 'config.yaml'),
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--user-data-dir', dirs.data,
          '--extensions-dir', dirs.ext,
          dirs.ws,
        ],
        { env: csEnv, stdio: ['ignore', logFd, logFd], detached: true },
      );
      fs.closeSync(logFd);
      const base = `http://127.0.0.1:${port}`;
      await waitForHttp(`${base}/healthz`, server, 60_000);
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      // one helper for the page-side checks: the rendered line holding a fragment (Monaco draws spaces
      // as no-break spaces)
      await context.addInitScript(() => {
        window.__bpLine = (ed, fragment) => [...ed.querySelectorAll('.view-lines .view-line')].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(fragment));
      });
      page = await context.newPage();
      await page.goto(`${base}/?folder=${encodeURIComponent(dirs.ws)}`, { timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      return `port ${port}, pid ${server.pid}`;
    });

    // A hover opens on mouse movement over the word. The word can move after it was measured: code
    // lenses above entry titles arrive a moment after the diagnostics and push the lines down. So the
    // word is measured again on every try, and the mouse moves off and back on, a bounded number of times.
    const hoverUntilShown = async (measure, locator, tries = 4) => {
      for (let k = 1; ; k++) {
        const r = await measure();
        await page.mouse.move(r.x + r.width / 2, r.y - 3 * r.height);
        await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
        try {
          await locator.waitFor({ state: 'visible', timeout: k < tries ? T_UI / tries : T_UI });
          return;
        } catch (e) {
          if (k >= tries) throw e;
          log(`  hover not shown yet (try ${k} of ${tries}); moving the mouse off and back`);
        }
      }
    };

    const UP = 'start code-server on 127.0.0.1 and load the workbench in Chromium';
    const MD = 'Markdown: warning squiggles on the weak bullets';

    await step(MD, [UP], async () => {
      await openFromExplorer('resume.md');
      await waitForLine('Worked on the billing API');
      try {
        await waitForSquiggleOnLine('Worked on the billing API', T_FIRST_SQUIGGLE);
      } catch (e) {
        throw new Error(`${e.message}${activationHint('markdown')}`);
      }
      await waitForSquiggleOnLine('Helped with monitoring', T_SQUIGGLE);
      const strong = await squigglesOnLine('Rebuilt the invoice reconciliation job');
      await screenshot('markdown-squiggles');
      assert(!strong.includes('warning') && !strong.includes('error'), `the strong bullet "Rebuilt the invoice reconciliation job…" has a ${strong.join('/')} squiggle`);
      return `weak bullets underlined, strong bullet clean`;
    });

    await step('Markdown: hover shows the message and the proof card', [MD], async () => {
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /weak-verb/ }).first();
      await hoverUntilShown(() => charRect('Worked on the billing API', 'Worked'), hover);
      // the hover fills in as providers answer: wait for the language server's proof card
      await page
        .waitForFunction(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].some((h) => /proof card/i.test(h.textContent)), null, { timeout: T_UI, polling: 200 })
        .catch(() => {});
      const text = (await hover.textContent()).replace(/\s+/g, ' ');
      // the hover scrolls when long: bring the proof card into view for the screenshot
      await page.evaluate(() => {
        const all = [...document.querySelectorAll('.monaco-hover:not(.hidden) *')].filter((e) => /proof card/i.test(e.textContent));
        // the innermost element holding the words: the card's heading
        all.find((e) => ![...e.children].some((c) => /proof card/i.test(c.textContent)))?.scrollIntoView({ block: 'start' });
      });
      await screenshot('markdown-hover');
      log(`hover: ${text.slice(0, 300)}`);
      assert(/weak-verb/.test(text), `hover does not name the weak-verb finding: "${text.slice(0, 160)}"`);
      assert(/“Worked on”|"Worked on"/.test(text), `hover message does not quote the weak phrase "Worked on": "${text.slice(0, 160)}"`);
      const card = text.slice(text.search(/proof card/i));
      assert(/proof card/i.test(text), `hover has no proof card: "${text.slice(0, 200)}"`);
      const parts = ['System', 'Challenge', 'Change', 'Result'].filter((p) => !card.includes(p));
      assert(parts.length === 0, `the hover's proof card lacks ${parts.join(', ')}: "${card.slice(0, 200)}"`);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      return card.slice(0, 160);
    });

    await step('Markdown: status bar shows "Bulletproof: N/M bullets proven"', [MD], async () => {
      const item = page.locator('.part.statusbar .statusbar-item').filter({ hasText: /Bulletproof/ }).first();
      try {
        await item.waitFor({ state: 'attached', timeout: T_UI });
      } catch {
        const all = (await page.locator('.part.statusbar .statusbar-item').allTextContents()).map((t) => t.trim()).filter(Boolean);
        throw new Error(`no Bulletproof status bar item (items: ${all.join(' | ')})`);
      }
      const text = (await item.textContent()).trim();
      const m = /Bulletproof: (\d+)\/(\d+) bullets proven/.exec(text);
      assert(m, `status bar item reads "${text}"`);
      const [proven, total] = [Number(m[1]), Number(m[2])];
      // resume.md has 8 bullets under Experience; the five weak ones are not proven
      assert(total === 8, `status bar counts ${total} bullets, the fixture has 8`);
      assert(proven <= 3, `status bar says ${proven} proven, but 5 of the 8 bullets are weak`);
      return text;
    });

    await step('Markdown: Problems panel lists the rule ids', [MD], async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      try {
        await panel.first().waitFor({ state: 'visible', timeout: 5000 });
      } catch {
        await runCommand('View: Toggle Problems');
        await panel.first().waitFor({ state: 'visible', timeout: T_UI });
      }
      // a tall panel, so the virtualised list renders every row of this small fixture
      await runCommand('View: Toggle Maximized Panel');
      // missing-metric is only a hint (not listed) in entries where another bullet has a result, so the
      // fixture's last entry has none
      const expected = ['weak-verb', 'tech-name', 'missing-metric', 'vague-claim'];
      const seen = new Set();
      try {
        await page.waitForFunction(
          (ids) => {
            const t = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.textContent).join('\n');
            return ids.every((id) => t.includes(id));
          },
          expected,
          { timeout: T_UI, polling: 250 },
        );
      } catch {
        // fall through to report what is there
      }
      const text = (await page.locator('.markers-panel .monaco-list-row').allTextContents()).join('\n');
      log(`problems: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
      // the row shows "bulletproof(weak-verb)", the brackets drawn by CSS: the text is "bulletproofweak-verb[Ln 13, Col 3]"
      for (const m of text.matchAll(/bulletproof\(?([a-z]+(?:-[a-z]+)*)\)?\s*\[Ln \d+/g)) seen.add(m[1]);
      await screenshot('problems-panel');
      const missing = expected.filter((id) => !seen.has(id));
      await runCommand('View: Toggle Maximized Panel');
      await page.keyboard.press('Control+Shift+M');
      assert(missing.length === 0, `Problems panel lacks ${missing.join(', ')} (shows: ${[...seen].join(', ') || 'nothing from bulletproof'})`);
      return [...seen].sort().join(', ');
    });

    await step('Markdown: Ctrl+. on a weak verb applies the preferred fix', [MD], async () => {
      await clickAt('Worked on the billing API', 'Worked', 4);
      await page.keyboard.press('Control+Period');
      const rows = page.locator('.action-widget .monaco-list-row.action');
      try {
        await rows.first().waitFor({ state: 'visible', timeout: T_UI });
      } catch {
        throw new Error('Ctrl+. opened no quick-fix list at the weak verb');
      }
      const titles = (await rows.allTextContents()).map((t) => t.trim());
      log(`quick fixes: ${titles.join(' | ')}`);
      await screenshot('quick-fix-menu');
      // VS Code lists preferred fixes first; the weak-verb ones name the phrase they replace.
      const idx = titles.findIndex((t) => /worked on/i.test(t) && !/^disable/i.test(t));
      if (idx < 0) {
        await page.keyboard.press('Escape');
        throw new Error(`no quick fix replaces "Worked on" (offered: ${titles.join(' | ') || 'nothing'})`);
      }
      // the list has keyboard focus on its first row; walk down to the pick and accept it
      for (let k = 0; k < idx; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (sel) => !window.__bpLine(document.querySelector(sel), 'Worked on the billing API'),
        EDITOR,
        { timeout: T_UI, polling: 200 },
      );
      const line = await lineContaining('the billing API for the subscriptions team.');
      await screenshot('quick-fix-applied');
      assert(line, 'the bullet "…the billing API for the subscriptions team." is gone after the fix');
      assert(/^- [A-Z][a-z]+ the billing API for the subscriptions team\.$/.test(line.trim()), `after "${titles[idx]}" the line reads "${line.trim()}"`);
      return `"${titles[idx]}" → "${line.trim()}"`;
    });

    await step('Markdown: Fix All (source.fixAll.bulletproof) fixes the tech names', [MD], async () => {
      await clickAt('Helped with monitoring', 'Helped');
      await runCommand('Fix All');
      try {
        await page.waitForFunction(
          (sel) => {
            const t = [...document.querySelectorAll(`${sel} .view-lines .view-line`)].map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n');
            return t.includes('JavaScript') && t.includes('PostgreSQL to build') && t.includes('GitHub');
          },
          EDITOR,
          { timeout: T_UI, polling: 200 },
        );
      } catch {
        const toast = await notifications();
        throw new Error(`tech names not fixed: "${(await lineContaining('to build internal dashboards')) ?? '(line gone)'}"${toast.length ? `; notification: ${toast.join(' / ')}` : ''}`);
      }
      const dash = (await lineContaining('to build internal dashboards')).trim();
      const gh = (await lineContaining('for the billing API, cutting deploys')).trim();
      await screenshot('fix-all');
      assert(dash === '- Used JavaScript and PostgreSQL to build internal dashboards for the finance team.', `dashboards bullet reads "${dash}"`);
      assert(gh === '- Set up GitHub Actions for the billing API, cutting deploys from 25 min to 6 min.', `GitHub bullet reads "${gh}"`);
      return `${dash} / ${gh}`;
    });

    await step('Markdown: the "bullet" snippet inserts and tabs through its placeholders', [MD], async () => {
      const snippet = findSnippet(state.extDir, 'markdown', 'bullet');
      const parsed = parseSnippet(snippet.body);
      // a fresh line after the last Experience bullet
      await clickAt('so results reached patients', 'instead');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      // list continuation (a language's onEnter rules) may have typed "- " already: clear the new line
      await page.keyboard.press('Shift+Home');
      if (await page.locator(`${EDITOR} .selected-text`).count()) await page.keyboard.press('Backspace');
      await runCommand('Snippets: Insert Snippet');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.fill('bullet');
      // the picker labels each snippet with its prefix
      const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^bullet$/ }) }).first();
      await row.waitFor({ state: 'visible', timeout: T_UI });
      await row.click();
      const { values, stops } = await driveSnippet(parsed);
      const expectedText = expandSnippet(parsed, values);
      const expectedLines = expectedText.split('\n');
      await screenshot('snippet');
      const lines = await editorLines();
      const at = lines.findIndex((l) => l === expectedLines[0]);
      assert(at >= 0, `inserted line reads "${lines.find((l) => l.includes(values.get(1) ?? '@@')) ?? '(not found)'}", expected "${expectedLines[0]}"`);
      for (let i = 1; i < expectedLines.length; i++) assert(lines[at + i] === expectedLines[i], `snippet line ${i + 1} reads "${lines[at + i]}", expected "${expectedLines[i]}"`);
      return `${stops} tab stops → "${expectedText.replace(/\n/g, '⏎').slice(0, 140)}"`;
    });

    await step('Markdown: status bar follows edits (the new bullet is counted)', ['Markdown: status bar shows "Bulletproof: N/M bullets proven"', 'Markdown: the "bullet" snippet inserts and tabs through its placeholders'], async () => {
      const item = page.locator('.part.statusbar .statusbar-item').filter({ hasText: /Bulletproof/ }).first();
      try {
        await page.waitForFunction(() => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some((e) => /Bulletproof: \d+\/9 bullets proven/.test(e.textContent)), null, { timeout: T_UI, polling: 250 });
      } catch {
        throw new Error(`after the snippet added a 9th bullet the status bar still reads "${(await item.textContent()).trim()}"`);
      }
      return (await item.textContent()).trim();
    });

    // The Proof Summary webview. Its page is rebuilt (a new inner iframe) on every render, and a render
    // follows the panel becoming visible: each look at it finds the frame again, and the one click is
    // retried (a bounded number of times) only when the frame went away under it.
    const SUMMARY = 'Markdown: the status bar opens the Proof Summary (a card per entry, weak bullets not proven)';
    const REVEAL_BULLET = 'Responsible for the appointment reminder service.';
    const inSummary = async (fn, what) => {
      for (let k = 1; ; k++) {
        const frame = await frameWith('.card', T_UI);
        assert(frame, `the Proof Summary page is gone (no frame with .card) while ${what}`);
        try {
          return await fn(frame);
        } catch (e) {
          if (k >= 3 || !/detached|destroyed|closed/i.test(String(e && e.message))) throw e;
          log(`  the summary page was rebuilt while ${what} (try ${k} of 3); looking again`);
        }
      }
    };

    await step(SUMMARY, ['Markdown: status bar shows "Bulletproof: N/M bullets proven"'], async () => {
      // leave any snippet mode or widget of the steps before
      await page.keyboard.press('Escape');
      const item = page.locator('.part.statusbar .statusbar-item').filter({ hasText: /Bulletproof:/ }).first();
      await item.waitFor({ state: 'visible', timeout: T_UI });
      const barText = (await item.textContent()).trim();
      const bar = /(\d+)\/(\d+) bullets proven · (\d+)\/100/.exec(barText);
      assert(bar, `status bar item reads "${barText}", expected "Bulletproof: P/T bullets proven · S/100"`);
      await item.click();
      const frame = await frameWith('.card', T_SQUIGGLE);
      if (!frame) {
        const tab = await editorTab('Proof Summary').count();
        throw new Error(`no page with proof cards within ${T_SQUIGGLE / 1000}s of clicking "${barText}" (Proof Summary tab ${tab ? 'open' : 'not open'}; ${page.frames().length - 1} frames besides the workbench)`);
      }
      const readPage = () =>
        inSummary(
          (f) =>
            f.evaluate(() => ({
              h1: document.querySelector('h1')?.textContent.trim(),
              total: document.querySelector('.total')?.textContent.replace(/\s+/g, ' ').trim(),
              cards: [...document.querySelectorAll('.card')].map((c) => ({
                title: c.querySelector('h2')?.textContent.trim() ?? '',
                counts: c.querySelector('.counts')?.textContent.trim() ?? '',
                bullets: [...c.querySelectorAll('button.bullet')].map((b) => ({
                  text: b.querySelector('.text')?.textContent ?? '',
                  weak: b.classList.contains('weak'),
                  ok: b.classList.contains('ok'),
                  mark: b.querySelector('.mark')?.textContent ?? '',
                  status: b.querySelector('.status')?.textContent ?? '',
                  shown: b.getBoundingClientRect().height > 0,
                })),
              })),
            })),
          'reading it',
        );
      let seen = await readPage();
      let barNow = barText;
      await screenshot('proof-summary-open');
      log(`summary: ${seen.h1} | ${seen.total} | ${seen.cards.map((c) => `${c.title} (${c.counts})`).join(' | ')}`);
      assert(seen.h1 === 'Proof summary: resume.md', `the page's heading reads "${seen.h1}"`);
      // the status bar and the page ask the server separately, a tick apart: wait (bounded) until they agree
      const agree = (t) => {
        const m = /(\d+)\/(\d+) bullets proven · (\d+)\/100/.exec(barNow);
        return !!m && !!t && t.includes(`${m[3]}/100`) && t.includes(`${m[1]}/${m[2]} bullets proven`);
      };
      for (const end = Date.now() + T_UI; !agree(seen.total); ) {
        assert(Date.now() < end, `the page says "${seen.total}" but the status bar says "${barNow}" (for ${T_UI / 1000}s)`);
        await new Promise((r) => setTimeout(r, 250));
        seen = await readPage();
        barNow = (await item.isVisible()) ? (await item.textContent()).trim() : barNow;
      }
      // the fixture's three entries under Experience, in order (the title is what precedes the dates)
      const titles = ['Senior Backend Engineer, Tidewater Billing', 'Backend Engineer, Larkspur Health', 'Software Developer, Pinecrest Apps'];
      assert(seen.cards.length === titles.length, `the page has ${seen.cards.length} cards (${seen.cards.map((c) => `"${c.title}"`).join(', ')}), the fixture has ${titles.length} entries`);
      titles.forEach((t, i) => assert(seen.cards[i].title.startsWith(t), `card ${i + 1} is titled "${seen.cards[i].title}", expected "${t}…"`));
      const bullet = (text) => {
        const b = seen.cards.flatMap((c) => c.bullets).find((x) => x.text === text);
        assert(b, `no bullet "${text}" on the page`);
        assert(b.shown, `the bullet "${text}" has no box on the page`);
        return b;
      };
      // weak bullets no earlier step rewrites
      for (const text of [REVEAL_BULLET, 'Greatly improved the speed of the reporting pages.']) {
        const b = bullet(text);
        assert(b.weak && !b.ok && b.mark === '✗' && /^not proven: \S/.test(b.status), `"${text}" is not marked as not proven: mark "${b.mark}", status "${b.status}"`);
      }
      for (const text of ['Rebuilt the invoice reconciliation job in Go, cutting its nightly run from 4 h to 35 min.', 'Replaced polling in the lab-results importer with webhooks, so results reached patients in 2 min instead of 40 min.']) {
        const b = bullet(text);
        assert(b.ok && !b.weak && b.mark === '✓' && /^proven\b/.test(b.status), `the strong bullet "${text.slice(0, 40)}…" is not marked proven: mark "${b.mark}", status "${b.status}"`);
      }
      assert(/^0\/2 bullets proven/.test(seen.cards[2].counts), `the Pinecrest card counts "${seen.cards[2].counts}", expected 0/2 proven`);
      return `${seen.total}; ${seen.cards.length} cards; "${REVEAL_BULLET}" ✗ ${bullet(REVEAL_BULLET).status}`;
    });

    await step('Markdown: clicking a bullet in the Proof Summary selects it in the editor', [SUMMARY], async () => {
      let done = false;
      try {
        await inSummary(async (f) => {
          const button = f.locator('button.bullet').filter({ has: f.locator('.text', { hasText: REVEAL_BULLET }) });
          assert((await button.count()) === 1, `${await button.count()} buttons for "${REVEAL_BULLET}" on the page`);
          await button.click({ timeout: T_UI });
        }, `clicking "${REVEAL_BULLET}"`);
        // the extension shows the resume in its own group with focus and selects the bullet's range
        try {
          await page.waitForFunction(
            (sel) => {
              const ed = document.querySelector(sel);
              return !!ed && ed.classList.contains('focused') && ed.contains(document.activeElement);
            },
            EDITOR,
            { timeout: T_UI, polling: 200 },
          );
        } catch {
          const active = await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}.${document.activeElement?.className}`);
          throw new Error(`after the click the resume's editor did not take focus within ${T_UI / 1000}s (focus is on ${active})`);
        }
        const activeTab = (await page.locator('.part.editor .editor-group-container.active .tab.active').first().textContent())?.trim();
        assert(activeTab?.includes('resume.md'), `the focused editor shows "${activeTab}", not resume.md`);
        // the selection as drawn: one .selected-text box on the bullet's line, over the bullet's text
        try {
          await page.waitForFunction(
            ({ sel, want }) => {
              const ed = document.querySelector(sel);
              const line = ed && window.__bpLine(ed, want);
              return !!line && [...ed.querySelectorAll('.view-overlays > div')].some((o) => o.style.top === line.style.top && o.querySelector('.selected-text'));
            },
            { sel: EDITOR, want: REVEAL_BULLET },
            { timeout: T_UI, polling: 200 },
          );
        } catch {
          throw new Error(`no selection drawn on the line "${REVEAL_BULLET}" within ${T_UI / 1000}s (status bar: ${await selectionIndicator()})`);
        }
        const drawn = await page.evaluate(
          ({ sel, want }) => {
            const ed = document.querySelector(sel);
            const line = window.__bpLine(ed, want);
            const margin = [...ed.querySelectorAll('.margin-view-overlays > div')].find((d) => d.style.top === line.style.top);
            const boxes = [...ed.querySelectorAll('.view-overlays > div')].flatMap((o) =>
              [...o.querySelectorAll('.selected-text')].map((s) => {
                const r = s.getBoundingClientRect();
                return { top: o.style.top, left: r.left, right: r.right };
              }),
            );
            return { text: line.textContent.replace(/\u00a0/g, ' '), top: line.style.top, lineNo: Number(margin?.querySelector('.line-numbers')?.textContent.trim()), boxes };
          },
          { sel: EDITOR, want: REVEAL_BULLET },
        );
        assert(drawn.boxes.every((b) => b.top === drawn.top), `the selection spans more than the bullet's line (${drawn.boxes.length} boxes)`);
        const span = await charRect(REVEAL_BULLET, REVEAL_BULLET);
        const left = Math.min(...drawn.boxes.map((b) => b.left));
        const right = Math.max(...drawn.boxes.map((b) => b.right));
        assert(Math.abs(left - span.x) <= 2 && Math.abs(right - (span.x + span.width)) <= 2, `the selection is drawn from x=${left.toFixed(0)} to ${right.toFixed(0)}, the bullet's text from ${span.x.toFixed(0)} to ${(span.x + span.width).toFixed(0)} (line "${drawn.text}")`);
        // the cursor item of the status bar says the same in numbers: the caret at the bullet's end
        assert(Number.isInteger(drawn.lineNo) && drawn.lineNo > 0, `no line number in the gutter beside "${REVEAL_BULLET}"`);
        const expected = `Ln ${drawn.lineNo}, Col ${drawn.text.indexOf(REVEAL_BULLET) + REVEAL_BULLET.length + 1} (${REVEAL_BULLET.length} selected)`;
        try {
          await page.waitForFunction((want) => [...document.querySelectorAll('.part.statusbar .statusbar-item')].some((e) => e.textContent.trim() === want), expected, { timeout: T_UI, polling: 200 });
        } catch {
          throw new Error(`the status bar reads "${await selectionIndicator()}", expected "${expected}"`);
        }
        await screenshot('proof-summary');
        done = true;
        return `${expected}: "${drawn.text.trim()}"`;
      } finally {
        // the LaTeX, JSON and YAML steps open their files in the active group: leave one group, no panel
        const closed = await closeTab('Proof Summary').catch(() => false);
        if (done) assert(closed, 'the Proof Summary tab did not close from its close button');
        else if (!closed) log('  the Proof Summary tab did not close');
      }
    });
    // the panel opened but the click step did not run: close it all the same
    if (await editorTab('Proof Summary').count()) {
      const closed = await closeTab('Proof Summary').catch(() => false);
      log(`  closing the Proof Summary left open: ${closed ? 'closed' : 'still open'}`);
    }

    for (const [file, label, language, weakLine] of [
      ['resume.tex', 'LaTeX', 'latex', 'Worked on the billing API'],
      ['resume.json', 'JSON Resume', 'json', 'Worked on the billing API'],
      ['cv.yaml', 'RenderCV YAML', 'yaml', 'Worked on the billing API'],
    ]) {
      await step(`${label}: warning squiggles on the weak bullets`, [UP], async () => {
        await openFromExplorer(file);
        await waitForLine(weakLine);
        try {
          // the first file may be the one that starts the extension when Markdown did not
          await waitForSquiggleOnLine(weakLine, results.some((r) => r.name === MD && r.ok) ? T_SQUIGGLE : T_FIRST_SQUIGGLE);
        } catch (e) {
          throw new Error(`${e.message}${activationHint(language)}`);
        }
        await waitForSquiggleOnLine('Helped with monitoring', T_SQUIGGLE);
        const strong = await squigglesOnLine('Rebuilt the invoice reconciliation job');
        await screenshot(`${slug(label)}-squiggles`);
        assert(!strong.includes('warning') && !strong.includes('error'), `the strong bullet has a ${strong.join('/')} squiggle`);
        const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /weak-verb/ }).first();
        try {
          await hoverUntilShown(() => charRect(weakLine, 'Worked'), hover);
        } finally {
          await page.mouse.move(5, 5);
        }
        return 'weak bullets underlined (weak-verb in the hover), strong bullet clean';
      });
    }
  } finally {
    if (page) {
      try {
        await page.context().close();
      } catch {
        // browser already gone
      }
    }
    if (browser) await browser.close().catch(() => {});
    await stopGroup(server);
    // keep the editor-side logs for a failed run
    const logs = path.join(dirs.data, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(OUT, 'vscode-logs'), { recursive: true });
    if (KEEP) console.log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  if (COPY_IMAGES) copyImages();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e run took ${((Date.now() - started) / 1000).toFixed(0)}s; screenshots in ${path.relative(ROOT, OUT)}/`);
  const stageStart = Number(process.env.BULLETPROOF_E2E_STAGE_START);
  if (stageStart) console.log(`e2e stage took ${((Date.now() - stageStart) / 1000).toFixed(0)}s in all (apt, code-server install, package, run)`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

/**
 * Walks a just-inserted snippet: at a plain placeholder types a word of its own, at a choice accepts
 * the first choice, then Tab. Returns the values used, so the expected text can be built.
 */
async function driveSnippet(parsed) {
  const values = new Map();
  const order = [...new Set(parsed.stops.map((s) => s.index))].filter((i) => i !== 0).sort((a, b) => a - b);
  const words = ['Ledgerwise', 'Backfill', 'Sharded', 'Eleven', 'Twelve', 'Quorum', 'Nimbus', 'Orchid'];
  for (const [n, index] of order.entries()) {
    const stop = parsed.stops.find((s) => s.index === index && (s.choices || s.placeholder !== undefined)) ?? parsed.stops.find((s) => s.index === index);
    if (stop.choices) {
      // the choice list opens as a suggest widget on the placeholder
      const suggest = page.locator('.editor-widget.suggest-widget.visible');
      await suggest.waitFor({ state: 'visible', timeout: T_UI });
      // accepting a choice also jumps to the next tab stop (VS Code attaches jumpToNextSnippetPlaceholder)
      await page.keyboard.press('Enter');
      values.set(index, stop.choices[0]);
      await suggest.waitFor({ state: 'hidden', timeout: T_UI });
    } else {
      const word = words[n % words.length];
      await page.keyboard.type(word);
      values.set(index, word);
      // a completion list opened by typing would take the Tab: close it first
      if (await page.locator('.editor-widget.suggest-widget.visible').count()) await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
    }
  }
  return { values, stops: order.length };
}

function copyImages() {
  const pick = ['markdown-hover', 'quick-fix-menu', 'problems-panel', 'proof-summary'];
  const dest = path.join(ROOT, 'docs', 'images');
  fs.mkdirSync(dest, { recursive: true });
  for (const name of pick) {
    const f = fs.readdirSync(OUT).find((x) => x.endsWith(`-${name}.png`) && !x.includes('FAIL'));
    if (f) {
      fs.copyFileSync(path.join(OUT, f), path.join(dest, `e2e-${name}.png`));
      console.log(`copied ${f} → docs/images/e2e-${name}.png`);
    } else console.log(`no screenshot for ${name} (step failed?) — docs/images not updated for it`);
  }
}

main().catch((e) => {
  console.error(e);
  console.log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
});
