// axe-core finds nothing on the chat (empty, answering done, editing, confirming a delete) in
// either theme; the whole journey works from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, Chat, axeViolations, screenshot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violation on the chat (${colorScheme})`, async () => {
    const { page, problems } = await openPage(browser, { colorScheme });
    const chat = new Chat(page);
    await chat.open('/');
    await page.getByTestId('empty-state').waitFor();
    // axe really runs: a button without a name is reported.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'axe-probe' })));
    assert.ok((await axeViolations(page, '#axe-probe')).some((v) => v.startsWith('button-name')), 'axe reports');
    await page.evaluate(() => document.getElementById('axe-probe').remove());
    assert.deepEqual(await axeViolations(page), [], 'empty state');

    await chat.send('compare the office chair and the office lamp');
    await chat.comparator.waitFor();
    await chat.waitForRunEnd();
    await page.getByTestId('thread-item').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'an answer with a component');

    await page.getByTestId('edit-message').click();
    assert.deepEqual(await axeViolations(page), [], 'editing a question');
    await page.keyboard.press('Escape');

    await page.getByTestId('delete-thread').click();
    assert.deepEqual(await axeViolations(page), [], 'confirming a delete');
    await screenshot(page, `a11y-${colorScheme}`);
    assert.deepEqual(problems, []);
  });
}

test('the journey works from the keyboard alone', async () => {
  const { page, problems } = await openPage(browser, { colorScheme: 'dark' });
  const chat = new Chat(page);
  await chat.open('/');
  await page.getByTestId('empty-state').waitFor();

  // Tab until the composer has the focus: it is reachable, in order.
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);
  let steps = 0;
  while ((await focused()) !== 'composer-input' && steps < 20) {
    await page.keyboard.press('Tab');
    steps += 1;
  }
  assert.equal(await focused(), 'composer-input', `the composer is reached by Tab (${steps} presses)`);
  await page.keyboard.type('show me desks');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('please');
  assert.equal(await chat.input.inputValue(), 'show me desks\nplease', 'Shift+Enter adds a line');
  await page.keyboard.press('Enter');
  await chat.waitForRunEnd();
  assert.equal(await chat.input.inputValue(), '', 'sent');

  // Retry is reachable and works from the keyboard.
  await page.getByTestId('retry-answer').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="run-status"]')?.dataset.state === 'running');
  await chat.waitForRunEnd();
  assert.equal(await page.getByTestId('user-message').count(), 1);

  // Every button and link on the page has a name a screen reader can say.
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('button, a, textarea, select, input')]
    .filter((el) => !(el.getAttribute('aria-label') || el.labels?.length || el.textContent.trim()))
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  assert.deepEqual(problems, []);
});
