import { errorFromHttpStatus } from './price-error-classify';
import { InvalidResponseError } from './price-errors';

/**
 * Settles with `work`, or rejects with `signal.reason` as soon as `signal` aborts, whichever
 * comes first. A fetch that ignores its signal (or a body that stops arriving) would otherwise
 * hold the call, and a slot of yahoo-finance2's shared request queue, forever.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    // The losing promise may still reject later; it must not surface as unhandled.
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export interface GuardOptions {
  fetch: typeof fetch;
  signal: AbortSignal;
  ticker: string;
  now: () => number;
}

/** The endpoints whose answers we use; the crumb and consent pages are left to yahoo-finance2. */
function isDataUrl(url: string): boolean {
  return /\/v8\/finance\/chart\/|\/v7\/finance\/quote\b/.test(url);
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * The fetch handed to yahoo-finance2 for one call. It holds every request to the call's signal,
 * and reads failures here, where the headers still exist: yahoo-finance2 would turn a 429 into a
 * bare `HTTPError` without Retry-After (and print the URL to the console). A data response whose
 * body is not JSON is rejected here too, naming the symbol, instead of as a generic parse error.
 */
export function guardedFetch(options: GuardOptions): typeof fetch {
  const { signal, ticker, now } = options;
  const read = (response: Response) => untilAborted(response.text(), signal);
  return async (input, init) => {
    const url = urlOf(input);
    const response = await untilAborted(options.fetch(input, { ...init, signal }), signal);
    const dataUrl = isDataUrl(url);
    if (response.status === 429 || response.status >= 500 || (dataUrl && !response.ok)) {
      throw errorFromHttpStatus({
        ticker,
        status: response.status,
        body: await read(response),
        retryAfter: response.headers.get('retry-after'),
        nowMs: now(),
      });
    }
    if (!dataUrl) return response;
    const body = await read(response);
    if (!isJson(body)) {
      throw new InvalidResponseError({
        ticker,
        field: '(body)',
        detail: `not JSON (${body.length} characters, possibly truncated)`,
      });
    }
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
