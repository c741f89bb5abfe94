// Launching Debian's Chromium through playwright-core, and a page object for the chat.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'screenshots';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Chromium keeps the machine's clock even when the tests run under libfaketime (`cargo xtask
 *  test --shift-clock`): faked, it sometimes never finishes loading a page. What the pages read
 *  is Playwright's page clock (`TEST_NOW`) either way. */
function browserEnv() {
  const env = { ...process.env };
  for (const name of ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_DONT_FAKE_MONOTONIC']) delete env[name];
  return env;
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS, env: browserEnv() });
}

/** When the tests take place: the agent's clock starts there (`cargo xtask test` passes the same
 *  instant as `--clock`), and every page's `Date` stands there, so nothing depends on the day or
 *  the machine's time zone the suite runs in. */
export const TEST_NOW = process.env.TEST_NOW ?? '2026-11-27T09:00:00Z';

/** A new page that records console errors and uncaught exceptions. Its clock stands at
 *  `TEST_NOW` (timers run as usual); its time zone is UTC unless a test names another. */
export async function openPage(browser, { locale = 'en-US', colorScheme = 'light', viewport, timezoneId = 'UTC' } = {}) {
  const context = await browser.newContext({ locale, colorScheme, timezoneId, viewport: viewport ?? { width: 1100, height: 800 } });
  await context.clock.setFixedTime(new Date(TEST_NOW));
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { page, problems, context };
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The chat as a person uses it. */
export class Chat {
  constructor(page) { this.page = page; }

  async open(path = '/') {
    await this.page.goto(BASE_URL + path);
    await this.input.waitFor({ state: 'visible' });
  }

  get input() { return this.page.getByTestId('composer-input'); }
  get assistantMessages() { return this.page.getByTestId('assistant-message'); }
  get comparator() { return this.page.getByTestId('product-comparator'); }
  get runError() { return this.page.getByTestId('run-error'); }

  async send(text) {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** Records every distinct text the first assistant message shows, and the animation frame
   *  (a counter ticking once per frame) in which it showed. */
  async recordStreaming() {
    await this.page.evaluate(() => {
      window.__seen = [];
      window.__frameOf = [];
      window.__frame = 0;
      const tick = () => { window.__frame += 1; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      const observer = new MutationObserver(() => {
        const first = document.querySelector('[data-testid="assistant-message"] .sr-message__text');
        const text = first ? first.textContent : '';
        if (text && window.__seen[window.__seen.length - 1] !== text) {
          window.__seen.push(text);
          window.__frameOf.push(window.__frame);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  /** How many renders there were, and in how many distinct frames. */
  async renderFrames() {
    return this.page.evaluate(() => ({ renders: window.__seen.length, frames: new Set(window.__frameOf).size }));
  }

  async seenTexts() { return this.page.evaluate(() => window.__seen); }

  /** Waits until the current run has ended: done, stopped or failed. */
  async waitForRunEnd() {
    await this.page.waitForFunction(
      () => ['done', 'stopped', 'failed'].includes(document.querySelector('[data-testid="run-status"]')?.dataset.state),
    );
  }
}

/** Runs axe-core (every rule, WCAG 2.1 A/AA and best practice) on the page as it stands and
 *  returns its violations as readable lines: rule, impact, and the elements concerned. */
export async function axeViolations(page, selector = 'body') {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugger protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  const results = await page.evaluate((scope) => window.axe.run(scope, { resultTypes: ['violations'] }), selector);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A new chat in a fresh session (its own browser context): the page, its problems list, its
 *  context and a Chat, once `/` has opened a thread under `/t/<id>`. */
export async function newChat(browser, options) {
  const opened = await openPage(browser, options);
  const chat = new Chat(opened.page);
  await chat.open('/');
  await opened.page.waitForURL(/\/t\/[^/]+$/);
  return { ...opened, chat };
}
