// /catalogue, the designers' gallery: every sample in components/samples shows, in English,
// Dutch and German and in both themes, without a console error and with no axe violation; each
// sample's screenshot matches its committed baseline (a tolerant pixel diff); controls take
// actions, read-only samples have none.
//
// A sample without a baseline gets one written (review and commit it); delete a baseline to
// accept a changed look. Screenshots and diffs of this run go to $SCREENSHOT_DIR/catalogue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { launch, openPage, axeViolations, BASE_URL } from './support/browser.mjs';

const SAMPLES_DIR = fileURLToPath(new URL('../../components/samples/', import.meta.url));
const BASELINES = fileURLToPath(new URL('./baselines/catalogue/', import.meta.url));
const OUT = join(process.env.SCREENSHOT_DIR ?? 'screenshots', 'catalogue');
const SAMPLES = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.json')).sort();
// Pixels that may differ (anti-aliasing, a glyph's hinting) before a screenshot counts as changed.
const TOLERANCE = 0.002;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function gallery({ lang = 'en', theme = 'light', width = 900 } = {}) {
  const opened = await openPage(browser, {
    colorScheme: theme, timezoneId: 'Europe/Amsterdam', viewport: { width, height: 900 },
  });
  await opened.page.goto(`${BASE_URL}/catalogue/?lang=${lang}&theme=${theme}`);
  await opened.page.getByTestId('sample').first().waitFor();
  return opened;
}

/** Compares `png` (a Buffer) with the baseline `name`; writes the baseline if there is none. */
function compare(name, png) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), png);
  const baselinePath = join(BASELINES, name);
  if (!existsSync(baselinePath)) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselinePath, png);
    console.log(`# new baseline ${baselinePath}: review and commit it`);
    return null;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return `${name}: ${actual.width}x${actual.height}, baseline ${expected.width}x${expected.height}`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  const share = changed / (actual.width * actual.height);
  if (share > TOLERANCE) {
    writeFileSync(join(OUT, name.replace('.png', '.diff.png')), PNG.sync.write(diff));
    return `${name}: ${(share * 100).toFixed(2)} % of pixels differ`;
  }
  return null;
}

for (const lang of ['en', 'nl', 'de']) {
  for (const theme of ['light', 'dark']) {
    test(`every sample shows in the gallery (${lang}, ${theme})`, async () => {
      const { page, problems, context } = await gallery({ lang, theme });
      const shown = await page.getByTestId('sample').evaluateAll((els) => els.map((e) => e.dataset.sample));
      assert.deepEqual(shown, SAMPLES, 'the gallery shows exactly the files in components/samples');
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      for (const name of SAMPLES) {
        const sample = page.locator(`[data-sample="${name}"]`);
        const fallback = await sample.getByTestId('component-fallback').count();
        if (name.split('.')[1].startsWith('error')) {
          assert.equal(fallback, 1, `${name} shows the fallback card`);
        } else {
          assert.equal(fallback, 0, `${name} renders`);
          assert.ok((await sample.locator('.sr-card').innerText()).trim().length > 0, `${name} is not blank`);
        }
        if (JSON.parse(readFileSync(join(SAMPLES_DIR, name), 'utf8')).readOnly) {
          assert.equal(await sample.locator('[data-action]').count(), 0, `${name} is read-only`);
        }
      }
      assert.deepEqual(await axeViolations(page), [], 'axe');
      const mismatches = [];
      // Baselines in two combinations cover both themes and a long language.
      if ((lang === 'en' && theme === 'light') || (lang === 'de' && theme === 'dark')) {
        for (const name of SAMPLES) {
          const png = await page.locator(`[data-sample="${name}"]`).screenshot({ animations: 'disabled' });
          const mismatch = compare(`${lang}-${theme}-${name.replace('.json', '')}.png`, png);
          if (mismatch) mismatches.push(mismatch);
        }
      }
      assert.deepEqual(mismatches, [], `screenshots differ from tests/e2e/baselines/catalogue (see ${OUT})`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

// The store sends a discount as a decimal string ("10.00"); people read it as their language
// writes a percentage.
for (const [lang, expected] of [['en', /^10%$/], ['nl', /^10%$/], ['de', /^10\s%$/]]) {
  test(`a quote line's discount reads as a percentage (${lang})`, async () => {
    const { page, problems, context } = await gallery({ lang });
    const line = page.locator('[data-sample="quote_card.complete.json"]').getByTestId('quote-line').first();
    assert.match((await line.getByTestId('line-discount').textContent()).trim(), expected);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('controls take actions with their arguments; a stale component offers a refresh', async () => {
  const { page, problems, context } = await gallery();
  const lastAction = page.getByTestId('last-action');
  assert.match(await lastAction.textContent(), /none yet/);
  const complete = page.locator('[data-sample="product_comparator.complete.json"]');
  await complete.getByRole('button', { name: 'Add to quote' }).first().click();
  assert.match(await lastAction.textContent(), /quote\.add \{"productId":1,"quantity":"1"\}/);
  await complete.getByRole('button', { name: 'Remove Office Lamp' }).click();
  assert.match(await lastAction.textContent(), /comparator\.remove \{"productId":5\}/);
  const stale = page.locator('[data-sample="product_comparator.stale.json"]');
  assert.match(await stale.getByTestId('as-of').textContent(), /may have changed since/);
  await stale.getByRole('button', { name: 'Refresh' }).click();
  assert.match(await lastAction.textContent(), /refresh \{\}/);
  // A quantity typed into a draft quote asks the server to re-price it.
  const quote = page.locator('[data-sample="quote_card.complete.json"]');
  await quote.getByRole('spinbutton', { name: 'Quantity of Office Chair' }).fill('25');
  await quote.getByRole('spinbutton', { name: 'Quantity of Office Chair' }).press('Enter');
  assert.match(await lastAction.textContent(), /quote\.set_quantity \{"lineId":12,"value":"25"\}/);
  // A flagged line blocks approval; a clean draft can be submitted.
  assert.equal(await page.locator('[data-sample="quote_card.warnings.json"]').getByRole('button', { name: 'Request approval' }).count(), 0);
  await quote.getByRole('button', { name: 'Request approval' }).click();
  assert.match(await lastAction.textContent(), /quote\.submit \{"quoteId":42\}/);
  // A booking slot is chosen by its full date and time; a confirmed booking downloads an .ics.
  await page.locator('[data-sample="booking_widget.complete.json"]').getByRole('button').first().click();
  assert.match(await lastAction.textContent(), /booking\.choose \{"start":"2026-11-30T09:00:00Z"\}/);
  const ics = page.locator('[data-sample="booking_widget.confirmed.json"]').getByTestId('booking-ics');
  assert.equal(await ics.getAttribute('download'), 'BK-0017.ics');
  const calendar = decodeURIComponent((await ics.getAttribute('href')).split(',').slice(1).join(','));
  assert.match(calendar, /DTSTART:20261130T100000Z\r\nDTEND:20261130T104500Z/);
  // While a payload streams, nothing can be done with it yet.
  assert.equal(await page.locator('[data-sample="product_comparator.partial.json"] [data-action]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a pending approval takes focus; Approve and Reject name what they answer', async () => {
  const opened = await openPage(browser, { timezoneId: 'Europe/Amsterdam' });
  await opened.page.goto(`${BASE_URL}/catalogue/?sample=approval_card.complete.json`);
  const approve = opened.page.getByRole('button', { name: 'Approve' });
  await approve.waitFor();
  assert.equal(await approve.evaluate((b) => document.activeElement === b), true, 'Approve has focus');
  assert.equal(await opened.page.getByRole('group', { name: 'Confirm quotation S00042' }).count(), 1);
  await opened.page.keyboard.press('Enter');
  assert.match(await opened.page.getByTestId('last-action').textContent(), /approval\.approve \{"interruptId":"int-7f3a"\}/);
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
});

test('the gallery works on a narrow screen', async () => {
  const { page, problems, context } = await gallery({ width: 380 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.deepEqual(problems, []);
  await context.close();
});
