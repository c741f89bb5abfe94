// Updates are batched per animation frame: tokens arriving faster than the screen refreshes
// render at most once per frame, not once per token. The stream is a recording of our agent,
// replayed by a loopback proxy one frame every 6 ms: far enough apart that Chromium hands each
// chunk to the page on its own (unbatched: 18 renders in ~7 frames), close enough for ~3 tokens
// per frame. One extra render is allowed: the immediate flush when the stream ends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, Chat, BASE_URL } from './support/browser.mjs';
import { startProxy, trickle } from './support/proxy.mjs';

const RECORDED = readFileSync(new URL('../../protocol/tests/streams/compare.sse', import.meta.url), 'utf8');
// The requested run echoes the input's runId (AG-UI 1.0 "Run Input").
const withRunId = (sse, input) => sse.replaceAll('"run-1"', JSON.stringify(input.runId));

let browser;
let proxy;
before(async () => {
  browser = await launch();
  proxy = await startProxy(BASE_URL, { serve: { '/api/recorded': trickle(RECORDED, 6, withRunId) } });
});
after(async () => { proxy?.close(); await browser?.close(); });

test('tokens faster than frames render once per frame, completely', async () => {
  const { page, problems } = await openPage(browser);
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ agentUrl: '/api/recorded' }) }));
  const chat = new Chat(page);
  await page.goto(proxy.url + '/');
  await chat.input.waitFor({ state: 'visible' });
  await chat.recordStreaming();
  await chat.send('compare the office chair, the office lamp and the drawer');
  await chat.comparator.waitFor({ state: 'visible' });
  await chat.waitForRunEnd();

  const tokens = (RECORDED.match(/"messageId":"run-1-m1","delta"/g) ?? []).length;
  const states = await chat.seenTexts();
  const { renders, frames } = await chat.renderFrames();
  console.log(`# ${tokens} tokens rendered ${renders} times in ${frames} frames`);
  assert.ok(renders < tokens, `${tokens} tokens rendered ${renders} times: not batched`);
  assert.ok(renders <= frames + 1, `${renders} renders in ${frames} frames: more than one per frame`);
  assert.match(states.at(-1), /^Here is how the Office Chair, Office Lamp and Drawer compare/);
  assert.deepEqual(await chat.comparator.getByTestId('comparator-product').allTextContents(),
    ['Office Chair', 'Office Lamp', 'Drawer']);
  assert.deepEqual(problems, []);
});
