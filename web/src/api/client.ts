import type { AppType } from '@aftershock/server/app-type';
import { hc } from 'hono/client';

/** The typed API client: request and response types come from the server's routes. */
export const api = hc<AppType>('/').api;

/** Raised for any non-2xx answer, with the API's own message. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Throws `ApiRequestError` unless the response is OK, then returns its parsed JSON. */
export async function okJson<T>(response: {
  ok: boolean;
  status: number;
  json(): Promise<T>;
}): Promise<T> {
  if (response.ok) return response.json();
  let code = 'error';
  let message = `Request failed with status ${response.status}`;
  try {
    const body: unknown = await response.json();
    if (isEnvelope(body)) ({ code, message } = body.error);
  } catch {
    // Not JSON (a proxy's error page, say): the status line is all there is to say.
  }
  throw new ApiRequestError(response.status, code, message);
}

function isEnvelope(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const e = (body as { error: unknown }).error;
  return typeof e === 'object' && e !== null && 'message' in e && 'code' in e;
}
