// Assistant text is markdown: rendered safely (raw HTML as text, only http/https/mailto/tel
// links, images only through the image proxy) and incrementally (while it streams, the blocks
// before the last one are never rebuilt). Code blocks copy their code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, Chat, BASE_URL, screenshot } from './support/browser.mjs';
import { startProxy, trickle } from './support/proxy.mjs';

const ANSWER = [
  '## Two chairs',
  '',
  'The **office chair** costs less than the ~~old~~ *ergonomic* one.',
  '',
  '- [x] in stock',
  '- [ ] ships today',
  '',
  '| Chair | Price |',
  '|:--|--:|',
  '| Office | €120.50 |',
  '',
  'Raw <img src=x onerror="window.__pwned=1"> stays text, as does <b>this</b>.',
  '',
  '[Shop](https://shop.example/chairs), [mail](mailto:sales@shop.example), [bad](javascript:window.__pwned=1).',
  '',
  '![Chair photo](/api/image/product/7) and ![external](https://cdn.example/chair.png)',
  '',
  '```sh',
  'curl https://shop.example/api',
  '```',
  '',
  'That is all.',
].join('\n');

/** The answer as a model streams it: each word with the whitespace before it. */
function tokens(text) {
  return text.match(/\s*\S+/g);
}

function answerFrames(runId) {
  const frames = [
    { type: 'RUN_STARTED', threadId: 't', runId },
    { type: 'TEXT_MESSAGE_START', messageId: `${runId}-m`, role: 'assistant' },
    ...tokens(ANSWER).map((delta) => ({ type: 'TEXT_MESSAGE_CONTENT', messageId: `${runId}-m`, delta })),
    { type: 'TEXT_MESSAGE_END', messageId: `${runId}-m` },
    { type: 'RUN_FINISHED', threadId: 't', runId },
  ];
  return frames.map((f) => `data: ${JSON.stringify(f)}\n\n`).join('');
}

let browser;
let proxy;
before(async () => {
  browser = await launch();
  proxy = await startProxy(BASE_URL, {
    serve: { '/api/markdown': trickle('', 12, (_, input) => answerFrames(input.runId)) },
  });
});
after(async () => { proxy?.close(); await browser?.close(); });

test('markdown streams block by block and renders safely', async () => {
  const { page, problems, context } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: proxy.url });
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ agentUrl: '/api/markdown' }) }));
  // Every image request is noted: the agent's own proxy answers /api/image, nothing else may load.
  const images = [];
  page.on('request', (request) => { if (request.resourceType() === 'image') images.push(new URL(request.url()).pathname); });
  await page.route('https://**/*', (route) => { images.push(route.request().url()); return route.abort(); });
  const chat = new Chat(page);
  await page.goto(proxy.url + '/');
  await chat.input.waitFor({ state: 'visible' });

  // Watch the message's blocks: every change inside one (a render of it), every removal of a
  // block that had two or more blocks after it, and every change inside a block that had three
  // or more after it when the change was seen (one frame may add a block or two).
  await page.evaluate(() => {
    window.__blocks = { renders: 0, earlyRemovals: [], earlyChanges: [], first: null, firstReplaced: false };
    let previous = [];
    new MutationObserver((records) => {
      const root = document.querySelector('[data-testid="assistant-message"] .sr-markdown');
      if (!root) return;
      const now = [...root.children];
      previous.forEach((element, index) => {
        if (!now.includes(element) && index < previous.length - 2) {
          window.__blocks.earlyRemovals.push(`${index}/${previous.length}: ${element.outerHTML.slice(0, 60)}`);
        }
      });
      for (const record of records) {
        let block = record.target;
        while (block && block.parentNode !== root) block = block.parentNode;
        const index = now.indexOf(block);
        if (index < 0) continue;
        window.__blocks.renders += 1;
        if (index < now.length - 3) window.__blocks.earlyChanges.push(`${index}/${now.length}: ${block.outerHTML.slice(0, 60)}`);
      }
      if (now.length > 1 && !window.__blocks.first) window.__blocks.first = now[0];
      if (window.__blocks.first && now[0] !== window.__blocks.first) window.__blocks.firstReplaced = true;
      previous = now;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await chat.send('tell me about chairs');
  await chat.waitForRunEnd();
  const message = chat.assistantMessages.first().locator('.sr-markdown');

  const blocks = await page.evaluate(() => ({ ...window.__blocks, first: undefined }));
  assert.deepEqual(blocks.earlyRemovals, [], 'no block before the last two was rebuilt');
  assert.deepEqual(blocks.earlyChanges, [], 'no block well before the last was touched');
  assert.equal(blocks.firstReplaced, false, 'the heading was built once and kept, through the end');
  const blockCount = await message.evaluate((root) => root.children.length);
  assert.equal(blockCount, 9);
  assert.ok(blocks.renders > blockCount * 2, `the last block is rendered again as tokens arrive (${blocks.renders} renders of ${blockCount} blocks)`);

  // Structure.
  assert.equal(await message.locator('h2').textContent(), 'Two chairs');
  assert.equal(await message.locator('strong').textContent(), 'office chair');
  assert.equal(await message.locator('del').textContent(), 'old');
  assert.equal(await message.locator('table th').count(), 2);
  assert.equal(await message.locator('td.sr-md-right').textContent(), '€120.50');
  assert.match(await message.locator('li').first().textContent(), /\(done\) in stock/);

  // Safety: raw HTML is text, no script ran, bad links are words, external images never load.
  assert.match(await message.textContent(), /Raw <img src=x onerror="window.__pwned=1"> stays text, as does <b>this<\/b>\./);
  assert.equal(await message.locator('b').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const links = await message.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.rel, a.target]));
  assert.deepEqual(links, [
    ['Shop', 'https://shop.example/chairs', 'noopener noreferrer nofollow', '_blank'],
    ['mail', 'mailto:sales@shop.example', 'noopener noreferrer nofollow', '_blank'],
    ['external', 'https://cdn.example/chair.png', 'noopener noreferrer nofollow', '_blank'],
  ]);
  assert.match(await message.textContent(), /\bbad\b/);
  const shown = await message.locator('img').evaluateAll((imgs) => imgs.map((i) => [i.getAttribute('src'), i.alt]));
  assert.deepEqual(shown, [['/api/image/product/7', 'Chair photo']]);
  assert.deepEqual(images, ['/api/image/product/7'], 'only the proxied image was requested');
  await page.waitForFunction(() => document.querySelector('.sr-markdown img')?.naturalWidth > 0);

  // The code block: language, and a copy button that copies the code.
  const code = message.locator('.sr-md-code');
  assert.equal(await code.locator('.sr-md-code__language').textContent(), 'sh');
  const copy = code.getByRole('button', { name: 'Copy code' });
  await copy.click();
  await page.getByRole('button', { name: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'curl https://shop.example/api\n');

  await screenshot(page, 'markdown');
  assert.deepEqual(problems, []);
});
