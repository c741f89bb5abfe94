// The empty state's suggestions: picking one sends it, in each language, and the answer comes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, Chat } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const locale of ['en-US', 'nl-NL', 'de-DE']) {
  test(`picking the first suggestion sends it and gets a comparison (${locale})`, async () => {
    const { page, problems } = await openPage(browser, { locale });
    const chat = new Chat(page);
    await chat.open();
    const suggestion = page.locator('.sr-suggestion').first();
    const text = await suggestion.textContent();
    await suggestion.click();
    await chat.comparator.waitFor({ state: 'visible' });
    await chat.waitForRunEnd();
    // Read as a screen reader would: who wrote it, then the text.
    const said = await page.getByTestId('user-message').evaluate((li) => li.querySelector('.sr-visually-hidden').textContent + li.querySelector('.sr-message__text').textContent);
    assert.equal(said, `${locale === 'en-US' ? 'You' : locale === 'nl-NL' ? 'Jij' : 'Sie'}: ${text}`);
    assert.equal(await page.getByTestId('empty-state').count(), 0);
    assert.deepEqual(problems, []);
  });
}
