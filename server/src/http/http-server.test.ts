import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from './http-server';

// Issue 16, item 7: a slow body stayed open past 55 s and 190 slow-header sockets stayed open,
// under Node's defaults. Short limits here so the test is quick; each check waits for the
// server to close the socket (vitest's timeout is the only clock), never measures how long.
let server: Server;
let port = 0;

beforeAll(async () => {
  const app = new Hono().post('/echo', async (c) => c.text(await c.req.text()));
  app.get('/ok', (c) => c.text('ok'));
  await new Promise<void>((resolve) => {
    server = startHttpServer({
      fetch: app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      timeouts: { headersMs: 400, requestMs: 800, idleMs: 600, checkEveryMs: 100 },
      onListen: (p) => {
        port = p;
        resolve();
      },
    });
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Opens a socket, runs `drip` on it, and resolves with what the server sent before it closed. */
function untilClosed(drip: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => {
      received += d.toString();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.on('connect', () => drip(socket));
  });
}

/** Writes one byte at a time, every `everyMs`, for as long as the socket is open. */
function trickle(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || socket.writableEnded) return clearInterval(timer);
    socket.write(text[i % text.length] ?? 'x');
    i += 1;
  }, everyMs);
  socket.on('close', () => clearInterval(timer));
}

describe('server timeouts', () => {
  it('closes sockets whose headers never end (slow headers), 20 at once', async () => {
    const closed = await Promise.all(
      Array.from({ length: 20 }, () =>
        untilClosed((s) => {
          s.write('GET /ok HTTP/1.1\r\nHost: x\r\n');
          trickle(s, 'X-Slow: a\r\n', 50);
        }),
      ),
    );
    for (const answer of closed)
      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  }, 10_000);

  it('closes a request whose body drips in slower than the limit', async () => {
    const answer = await untilClosed((s) => {
      s.write(
        'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n',
      );
      trickle(s, 'a', 50);
    });
    expect(answer.startsWith('HTTP/1.1 200')).toBe(false);
  }, 10_000);

  it('closes a socket that connects and sends nothing, and one idle after its answer', async () => {
    const silent = await untilClosed(() => {});
    expect(silent === '' || silent.startsWith('HTTP/1.1 408')).toBe(true);
    const answered = await untilClosed((s) => s.write('GET /ok HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(answered.startsWith('HTTP/1.1 200')).toBe(true);
  }, 10_000);
});
