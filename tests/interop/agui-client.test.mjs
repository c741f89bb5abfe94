// Interop, our server → other clients: the official AG-UI JavaScript client consumes our
// agent's stream, and every event passes the @ag-ui/core 1.0 schemas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpAgent } from '@ag-ui/client';
import { EventSchema } from '@ag-ui/core/schemas';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const unique = (prefix) => `${prefix}-${Date.now()}-${Math.random().toString(16).slice(2)}`;

function assertValid(event) {
  const parsed = EventSchema.safeParse(event);
  assert.ok(parsed.success, `${event.type} fails the 1.0 schema: ${parsed.error?.message}\n${JSON.stringify(event)}`);
}

test('the raw stream is SSE with ids, and every frame is a valid 1.0 event', async () => {
  const response = await fetch(`${BASE_URL}/api/agent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({
      threadId: unique('raw'), runId: unique('run'), state: {}, tools: [], context: [], forwardedProps: {},
      messages: [{ id: 'u1', role: 'user', content: 'compare the office chair and the office lamp' }],
    }),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  const frames = (await response.text()).split('\n\n').filter((f) => f.trim());
  assert.ok(frames.length > 10);
  // The thread's sequence numbers, without gaps; 1 to 3 are the stored user message, which the
  // run's own stream does not repeat.
  frames.forEach((frame, i) => {
    assert.match(frame, new RegExp(`^id: ${i + 4}\\n`), 'each frame carries the thread sequence number');
    const data = frame.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
    assertValid(JSON.parse(data));
  });
});

test('@ag-ui/client HttpAgent runs our agent and builds the same conversation', async () => {
  const agent = new HttpAgent({ url: `${BASE_URL}/api/agent`, threadId: unique('client') });
  agent.addMessage({ id: 'u1', role: 'user', content: 'compare the office chair and the office lamp' });
  const seen = [];
  let failed = null;
  await agent.runAgent({ runId: unique('run') }, {
    onEvent: ({ event }) => { seen.push(event); },
    onRunFailed: ({ error }) => { failed = error; },
  });
  assert.equal(failed, null);
  seen.forEach(assertValid);
  const types = seen.map((e) => e.type);
  assert.equal(types[0], 'RUN_STARTED');
  assert.equal(types.at(-1), 'RUN_FINISHED');

  const activity = agent.messages.find((m) => m.role === 'activity');
  assert.equal(activity?.activityType, 'showroom.product_comparator');
  assert.equal(activity.content.v, 1);
  assert.deepEqual(activity.content.data.products.map((p) => p.name), ['Office Chair', 'Office Lamp']);
  const assistant = agent.messages.filter((m) => m.role === 'assistant' && m.content);
  assert.match(assistant[0].content, /Office Chair/);
  assert.ok(agent.messages.some((m) => m.role === 'tool'), 'the tool result is a message too');
});

test('bad input is refused with a JSON error the client reports', async () => {
  const agent = new HttpAgent({ url: `${BASE_URL}/api/agent`, threadId: unique('bad') });
  let failed = null;
  await agent.runAgent({ runId: unique('run') }, { onRunFailed: ({ error }) => { failed = error; } }).catch((e) => { failed ??= e; });
  assert.ok(failed, 'a run with no user message fails');
});
