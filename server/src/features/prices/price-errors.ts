export type PriceErrorCode =
  | 'symbol_not_found'
  | 'rate_limited'
  | 'upstream'
  | 'invalid_response'
  | 'timeout'
  | 'network_unreachable'
  | 'session'
  | 'aborted';

export interface PriceErrorInit {
  /** The symbol asked for; null when the failure is not tied to one (a crumb request). */
  ticker?: string | null;
  cause?: unknown;
}

/**
 * The one error vocabulary of price ingestion. `retryable` tells the scheduler whether the same
 * request may succeed later without anything changing on our side.
 */
export abstract class PriceProviderError extends Error {
  abstract readonly code: PriceErrorCode;
  abstract readonly retryable: boolean;
  readonly ticker: string | null;

  constructor(message: string, init: PriceErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.ticker = init.ticker ?? null;
  }
}

function label(ticker: string | null | undefined): string {
  return ticker ? `${ticker}: ` : '';
}

/** The provider knows no such symbol, or no longer has data for it (Yahoo's 404 "No data found"). */
export class SymbolNotFoundError extends PriceProviderError {
  override readonly name = 'SymbolNotFoundError';
  readonly code = 'symbol_not_found';
  readonly retryable = false;

  constructor(init: PriceErrorInit & { detail?: string } = {}) {
    super(`${label(init.ticker)}unknown or delisted symbol${detailSuffix(init.detail)}`, init);
  }
}

/** HTTP 429. `retryAfterSeconds` comes from the Retry-After header when the provider sent one. */
export class RateLimitedError extends PriceProviderError {
  override readonly name = 'RateLimitedError';
  readonly code = 'rate_limited';
  readonly retryable = true;
  readonly retryAfterSeconds: number | null;

  constructor(init: PriceErrorInit & { retryAfterSeconds?: number | null } = {}) {
    const after = init.retryAfterSeconds ?? null;
    super(
      `${label(init.ticker)}rate limited${after === null ? '' : `, retry after ${after} s`}`,
      init,
    );
    this.retryAfterSeconds = after;
  }
}

/**
 * Any other failure on the provider's side: 5xx, an unexpected 4xx, an error body. Retryable for
 * 5xx and 408, or when `retryable` says so; a 4xx will fail again the same way.
 */
export class UpstreamError extends PriceProviderError {
  override readonly name = 'UpstreamError';
  readonly code = 'upstream';
  readonly retryable: boolean;
  readonly status: number | null;

  constructor(
    init: PriceErrorInit & { status?: number | null; detail?: string; retryable?: boolean } = {},
  ) {
    const status = init.status ?? null;
    const what = status === null ? 'upstream error' : `upstream answered HTTP ${status}`;
    super(`${label(init.ticker)}${what}${detailSuffix(init.detail)}`, init);
    this.status = status;
    this.retryable = init.retryable ?? (status !== null && (status >= 500 || status === 408));
  }
}

/** The response arrived but is not what we can use; `field` is the dotted path that failed. */
export class InvalidResponseError extends PriceProviderError {
  override readonly name = 'InvalidResponseError';
  readonly code = 'invalid_response';
  readonly retryable = false;
  readonly field: string;

  constructor(init: PriceErrorInit & { field: string; detail: string }) {
    super(`${label(init.ticker)}invalid response at \`${init.field}\`: ${init.detail}`, init);
    this.field = init.field;
  }
}

/** No complete answer within the request's time budget. */
export class ProviderTimeoutError extends PriceProviderError {
  override readonly name = 'ProviderTimeoutError';
  readonly code = 'timeout';
  readonly retryable = true;
  readonly timeoutMs: number | null;

  constructor(init: PriceErrorInit & { timeoutMs?: number | null } = {}) {
    const ms = init.timeoutMs ?? null;
    super(`${label(init.ticker)}no answer${ms === null ? ' in time' : ` within ${ms} ms`}`, init);
    this.timeoutMs = ms;
  }
}

/**
 * Yahoo's session could not be set up: the cookie (set-cookie, the EU consent page) or the crumb
 * that every data call carries. Usually a stale or refused session; a fresh one often works.
 */
export class SessionError extends PriceProviderError {
  override readonly name = 'SessionError';
  readonly code = 'session';
  readonly retryable = true;

  constructor(init: PriceErrorInit & { detail?: string } = {}) {
    super(
      `${label(init.ticker)}session (cookie or crumb) failed${detailSuffix(init.detail)}`,
      init,
    );
  }
}

/** The provider could not be reached at all: DNS failure, connection refused, no route. */
export class NetworkUnreachableError extends PriceProviderError {
  override readonly name = 'NetworkUnreachableError';
  readonly code = 'network_unreachable';
  readonly retryable = true;
  /** The system error code, e.g. `ENOTFOUND`, when one was given. */
  readonly errno: string | null;

  constructor(init: PriceErrorInit & { errno?: string | null } = {}) {
    const errno = init.errno ?? null;
    super(`${label(init.ticker)}network unreachable${errno === null ? '' : ` (${errno})`}`, init);
    this.errno = errno;
  }
}

/**
 * A request cancelled from outside. The adapters rethrow the caller's own `signal.reason`
 * instead; this class exists so that `classifyPriceError` has an answer for a bare AbortError.
 */
export class RequestAbortedError extends PriceProviderError {
  override readonly name = 'RequestAbortedError';
  readonly code = 'aborted';
  readonly retryable = false;

  constructor(init: PriceErrorInit = {}) {
    super(`${label(init.ticker)}request aborted`, init);
  }
}

function detailSuffix(detail: string | undefined): string {
  if (!detail) return '';
  const oneLine = detail.replace(/\s+/g, ' ').trim();
  return `: ${oneLine.length > 200 ? `${oneLine.slice(0, 200)}...` : oneLine}`;
}
