// A loopback proxy in front of the agent, same origin for the app (the CSP allows only 'self').
// It can cut the first run's stream after some bytes, mid-frame, as a flaky network would, and
// answer chosen paths itself (`serve`). Everything else passes through untouched.
import http from 'node:http';

/** Answers with `sse` one frame at a time, `gapMs` apart, as a token stream arrives. */
export function trickle(sse, gapMs, rewrite = (text) => text) {
  return (req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', async () => {
      const frames = rewrite(sse, JSON.parse(body)).split(/\n\n/).filter((f) => f.trim());
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const frame of frames) {
        res.write(frame + '\n\n');
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
      res.end();
    });
  };
}

/** Forwards the request to another server (e.g. a third-party agent), streaming the answer. */
export function forwardTo(target) {
  return (req, res) => {
    const url = new URL(target);
    const up = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    up.on('error', () => res.destroy());
    res.on('close', () => up.destroy());
    req.pipe(up);
  };
}

/** Answers each run with the events `frames(runId)` returns, as SSE, one frame a millisecond. */
export function serveEvents(frames) {
  return trickle('', 1, (_, input) => frames(input.runId).map((f) => `data: ${JSON.stringify(f)}\n\n`).join(''));
}

export async function startProxy(target, { dropAfterBytes = Infinity, serve = {} } = {}) {
  const seen = [];
  const upstreams = new Set();
  let cuts = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, target);
    seen.push({ method: req.method, path: url.pathname, lastEventId: req.headers['last-event-id'] });
    if (serve[url.pathname]) {
      serve[url.pathname](req, res);
      return;
    }
    const upstream = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      const cut = req.method === 'POST' && url.pathname === '/api/agent' && cuts === 0 && dropAfterBytes < Infinity;
      if (!cut) {
        up.pipe(res);
        return;
      }
      cuts += 1;
      let sent = 0;
      up.on('data', (chunk) => {
        if (sent + chunk.length < dropAfterBytes) {
          sent += chunk.length;
          res.write(chunk);
          return;
        }
        res.write(chunk.subarray(0, dropAfterBytes - sent));
        res.socket.destroy();
        up.destroy();
      });
    });
    upstream.on('error', () => res.destroy());
    // A client that goes away takes its upstream request with it (the agent's thread stream
    // never ends by itself).
    res.on('close', () => { upstream.destroy(); upstreams.delete(upstream); });
    upstreams.add(upstream);
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    seen,
    get cuts() { return cuts; },
    close() {
      for (const upstream of upstreams) upstream.destroy();
      server.closeAllConnections();
      server.close();
    },
  };
}
