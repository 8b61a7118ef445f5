import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Env } from '../env';

/**
 * How long a client may take. Node's defaults let a request take 5 minutes and never close an
 * idle socket, so a few hundred slow clients can hold the server's sockets for ever.
 */
export interface ServerTimeouts {
  /** From connection to the end of the request headers. */
  headersMs: number;
  /** From connection to the end of the request body. */
  requestMs: number;
  /** A socket with no traffic either way for this long is closed (keep-alive idle included). */
  idleMs: number;
  /** How often Node checks the two limits above (its default, 30 s, would let them run late). */
  checkEveryMs?: number;
}

/** The timeouts the environment sets (README, "Configuration"). */
export const serverTimeouts = (
  env: Pick<Env, 'HEADERS_TIMEOUT_MS' | 'REQUEST_TIMEOUT_MS' | 'IDLE_TIMEOUT_MS'>,
): ServerTimeouts => ({
  headersMs: env.HEADERS_TIMEOUT_MS,
  requestMs: env.REQUEST_TIMEOUT_MS,
  idleMs: env.IDLE_TIMEOUT_MS,
});

export interface StartServerOptions {
  fetch: (request: Request) => Response | Promise<Response>;
  port: number;
  hostname: string;
  timeouts: ServerTimeouts;
  onListen?: (port: number) => void;
}

/** Starts the HTTP server with the timeouts set; the only place the server is created. */
export function startHttpServer(options: StartServerOptions): Server {
  const { headersMs, requestMs, idleMs } = options.timeouts;
  const server = serve(
    {
      fetch: options.fetch,
      port: options.port,
      hostname: options.hostname,
      serverOptions: {
        headersTimeout: headersMs,
        requestTimeout: requestMs,
        connectionsCheckingInterval: options.timeouts.checkEveryMs ?? 1_000,
        keepAliveTimeout: Math.min(5_000, idleMs),
      },
    },
    (info) => options.onListen?.(info.port),
  ) as Server;
  // With no 'timeout' listener, Node destroys a socket that stays idle this long.
  server.setTimeout(idleMs);
  return server;
}
