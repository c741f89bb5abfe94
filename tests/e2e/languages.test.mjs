// The same journey in Dutch, in the dark theme, on a 360 px phone screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, screenshot, Chat } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a Dutch browser gets Dutch text, Dutch numbers and the dark theme on a narrow screen', async () => {
  const { page, problems } = await openPage(browser, {
    locale: 'nl-NL', colorScheme: 'dark', viewport: { width: 360, height: 740 },
  });
  const chat = new Chat(page);
  await chat.open();
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');

  // Products named in Dutch, and read back in Dutch: names, attributes, decimal commas.
  await chat.send('vergelijk de bureaustoel en de kantoorlamp');
  await chat.comparator.waitFor({ state: 'visible' });
  await chat.waitForRunEnd();
  const products = await chat.comparator.getByTestId('comparator-product').allTextContents();
  assert.match(products[0], /Bureaustoel/);
  assert.match(products[1], /Kantoorlamp/);
  const table = await chat.comparator.textContent();
  assert.match(table, /Kleur/);
  assert.match(table, /11,2 kg/);

  const prices = await chat.comparator.getByTestId('comparator-price').allTextContents();
  assert.match(prices[0], /€\s120,50/);
  const stock = await chat.comparator.getByTestId('comparator-stock').allTextContents();
  assert.match(stock[1], /Op voorraad \(45\)/);
  assert.match(await chat.assistantMessages.last().textContent(), /voordeligst/);

  // The page itself never scrolls sideways; the comparator scrolls inside its own region.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  await screenshot(page, 'journey-nl-dark-360');
  assert.deepEqual(problems, []);
});

test('the language switcher changes the interface at once', async () => {
  const { page } = await openPage(browser, { locale: 'en-US' });
  const chat = new Chat(page);
  await chat.open();
  await page.getByTestId('language').selectOption('de');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await chat.input.getAttribute('placeholder'), 'Fragen Sie nach Produkten, Preisen, Bestand…');
  await page.getByTestId('theme-toggle').click();
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'empty-de-dark');
});
