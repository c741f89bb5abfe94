// Interop, other servers → our app: pointed (by config.json) at a third-party AG-UI server — a
// pydantic-ai agent with a deterministic offline FunctionModel that calls a tool and streams its
// answer — the app renders the conversation, with no error of any kind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { launch, openPage, screenshot, Chat, BASE_URL } from './support/browser.mjs';
import { startProxy, forwardTo } from './support/proxy.mjs';

const PYTHON = process.env.AGUI_PYTHON;
const SERVER = fileURLToPath(new URL('../interop/pydantic_server.py', import.meta.url));
const ANSWER = 'The warehouse has 12 office chairs in stock, ready to ship today.';

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the pydantic-ai server did not listen on ${port} within ${ms} ms`);
}

let browser;
let proxy;
let python;
before(async () => {
  assert.ok(PYTHON, 'AGUI_PYTHON names the Python with pydantic-ai (cargo xtask test sets it)');
  const port = await freePort();
  python = spawn(PYTHON, [SERVER, String(port)], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(port, 20000);
  proxy = await startProxy(BASE_URL, { serve: { '/ext/agent': forwardTo(`http://127.0.0.1:${port}/agent`) } });
  browser = await launch();
});
after(async () => {
  proxy?.close();
  python?.kill();
  await browser?.close();
});

test('a pydantic-ai AG-UI server: its activity shows compactly, the answer streams, nothing is an error', async () => {
  const { page, problems } = await openPage(browser);
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ agentUrl: '/ext/agent' }) }));
  const chat = new Chat(page);
  await page.goto(proxy.url + '/');
  await chat.input.waitFor({ state: 'visible' });
  await chat.send('how many office chairs do you have?');
  await page.waitForFunction((answer) =>
    [...document.querySelectorAll('[data-testid="assistant-message"]')].some((m) => m.textContent.includes(answer)), ANSWER);
  await chat.waitForRunEnd();

  const other = page.getByTestId('activity-other');
  assert.match(await other.textContent(), /warehouse_lookup/, "the server's own activity, compactly");
  assert.equal(await page.getByTestId('component-fallback').count(), 0, 'not as an error');
  assert.equal(await chat.runError.count(), 0);
  assert.equal(await page.getByTestId('protocol-errors').count(), 0);
  assert.equal(await page.getByTestId('composer-stop').count(), 0, 'the run is over');
  // The empty message pydantic-ai opens as the tool call's parent is not shown.
  const visible = await page.locator('[data-testid="assistant-message"]:visible').allTextContents();
  assert.equal(visible.length, 1, `one visible answer: ${JSON.stringify(visible)}`);
  await screenshot(page, 'third-party-pydantic');
  assert.deepEqual(problems, []);
});
