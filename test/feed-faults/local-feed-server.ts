import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalFeedServer {
  url: (path: string) => string;
  /** Request headers seen, by path, in arrival order. */
  seen: Map<string, IncomingMessage['headers'][]>;
  close: () => Promise<void>;
}

/** An HTTP server on 127.0.0.1 and a free port, for fault tests that never leave the machine. */
export async function startLocalFeedServer(
  routes: Record<string, Handler>,
): Promise<LocalFeedServer> {
  const seen = new Map<string, IncomingMessage['headers'][]>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    seen.set(path, [...(seen.get(path) ?? []), req.headers]);
    const route =
      routes[path] ??
      Object.entries(routes).find(([p]) => p.endsWith('*') && path.startsWith(p.slice(0, -1)))?.[1];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const { port } = address;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    seen,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Writes `total` bytes of filler in chunks, waiting for drain, and stops when the client goes. */
export function streamFiller(res: ServerResponse, total: number, counter: { written: number }) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  const pump = () => {
    while (!closed && counter.written < total) {
      counter.written += chunk.byteLength;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
}
