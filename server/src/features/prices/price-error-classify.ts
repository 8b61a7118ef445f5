import { z } from 'zod';
import {
  InvalidResponseError,
  NetworkUnreachableError,
  PriceProviderError,
  ProviderTimeoutError,
  RateLimitedError,
  RequestAbortedError,
  SessionError,
  SymbolNotFoundError,
  UpstreamError,
} from './price-errors';

export interface ClassifyContext {
  ticker?: string | null;
  /** The budget that was in force, reported by a `ProviderTimeoutError`. */
  timeoutMs?: number;
}

/** System error codes that mean the host was never reached. */
const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ECONNREFUSED',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Codes of a connection that was made and then dropped: the provider's side, worth a retry. */
const DROPPED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

const yahooErrorBody = z.record(
  z.string(),
  z.looseObject({
    error: z.object({ code: z.string(), description: z.string() }).nullish(),
  }),
);

const yahooValidationErrors = z.array(
  z.looseObject({
    instancePath: z.string(),
    message: z.string().optional(),
    params: z.looseObject({ missing: z.array(z.string()).optional() }).optional(),
  }),
);

const NOT_FOUND_TEXT = /no data found|symbol may be delisted|quote not found/i;
/** yahoo-finance2's words when the cookie, consent or crumb step fails (lib/getCrumb). */
const SESSION_TEXT = /crumb|set-cookie|consent/i;

/**
 * Turns whatever a provider call threw (our own errors, yahoo-finance2's, fetch's, a DOMException)
 * into one `PriceProviderError`. Unknown failures become a non-retryable `UpstreamError` that
 * keeps the original as `cause`.
 */
export function classifyPriceError(
  err: unknown,
  context: ClassifyContext = {},
): PriceProviderError {
  if (err instanceof PriceProviderError) return err;
  const ticker = context.ticker ?? null;
  const name = stringProp(err, 'name');
  const message = stringProp(err, 'message') ?? String(err);

  if (name === 'TimeoutError') {
    return new ProviderTimeoutError({ ticker, timeoutMs: context.timeoutMs, cause: err });
  }
  if (name === 'AbortError') return new RequestAbortedError({ ticker, cause: err });
  if (name === 'FailedYahooValidationError') return fromYahooValidation(err, ticker);
  const status = Reflect.get(Object(err), 'code');
  if (name === 'HTTPError' && typeof status === 'number') {
    return errorFromHttpStatus({ ticker, status, body: message, retryAfter: null, nowMs: 0 });
  }
  if (name === 'BadRequestError') {
    return new UpstreamError({ ticker, status: 400, detail: message, cause: err });
  }
  if (NOT_FOUND_TEXT.test(message)) return new SymbolNotFoundError({ ticker, detail: message });
  if (SESSION_TEXT.test(message)) return new SessionError({ ticker, detail: message, cause: err });
  if (/not parsable/i.test(message)) {
    return new InvalidResponseError({ ticker, field: '(body)', detail: 'not JSON', cause: err });
  }
  const code = systemErrorCode(err);
  if (code !== null && UNREACHABLE_CODES.has(code)) {
    return new NetworkUnreachableError({ ticker, errno: code, cause: err });
  }
  if (code !== null && DROPPED_CODES.has(code)) {
    return new UpstreamError({ ticker, detail: `connection dropped (${code})`, retryable: true });
  }
  return new UpstreamError({ ticker, detail: message, cause: err });
}

export interface HttpFailure {
  ticker: string | null;
  status: number;
  /** The response body as text, possibly empty. */
  body: string;
  /** The raw Retry-After header, if any. */
  retryAfter: string | null;
  /** The clock used to turn a Retry-After date into seconds. */
  nowMs: number;
}

/** Maps a non-OK HTTP answer to its named error. */
export function errorFromHttpStatus(failure: HttpFailure): PriceProviderError {
  const { ticker, status, body } = failure;
  const yahooError = parseYahooErrorBody(body);
  if (status === 429) {
    return new RateLimitedError({
      ticker,
      retryAfterSeconds: parseRetryAfter(failure.retryAfter, failure.nowMs),
    });
  }
  if (
    status === 404 &&
    yahooError !== null &&
    (yahooError.code === 'Not Found' || NOT_FOUND_TEXT.test(yahooError.description))
  ) {
    return new SymbolNotFoundError({ ticker, detail: yahooError.description });
  }
  return new UpstreamError({ ticker, status, detail: yahooError?.description ?? body });
}

/**
 * Retry-After is either delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). Returns whole
 * seconds from `nowMs`, never negative, or null when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function parseYahooErrorBody(body: string): { code: string; description: string } | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // A proxy's HTML error page: the status alone classifies it.
    return null;
  }
  const parsed = yahooErrorBody.safeParse(json);
  if (!parsed.success) return null;
  for (const entry of Object.values(parsed.data)) {
    if (entry.error) return entry.error;
  }
  return null;
}

function fromYahooValidation(err: unknown, ticker: string | null): InvalidResponseError {
  const parsed = yahooValidationErrors.safeParse(Reflect.get(Object(err), 'errors'));
  const first = parsed.success ? parsed.data[0] : undefined;
  if (!first) {
    return new InvalidResponseError({
      ticker,
      field: '(result)',
      detail: 'failed yahoo-finance2 validation',
      cause: err,
    });
  }
  const path = first.instancePath.split('/').filter(Boolean);
  const missing = first.params?.missing;
  const field = [...path, ...(missing ? [missing.join(',')] : [])].join('.') || '(result)';
  const detail = missing ? 'missing' : (first.message ?? 'failed yahoo-finance2 validation');
  return new InvalidResponseError({ ticker, field, detail, cause: err });
}

function stringProp(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const v: unknown = Reflect.get(value, key);
  return typeof v === 'string' ? v : null;
}

/** Finds a system error code on the error, its `cause` chain, or an AggregateError's members. */
function systemErrorCode(err: unknown, depth = 0): string | null {
  if (typeof err !== 'object' || err === null || depth > 5) return null;
  const code = stringProp(err, 'code');
  if (code !== null && (UNREACHABLE_CODES.has(code) || DROPPED_CODES.has(code))) return code;
  const members: unknown = Reflect.get(err, 'errors');
  if (Array.isArray(members)) {
    for (const member of members) {
      const found = systemErrorCode(member, depth + 1);
      if (found !== null) return found;
    }
  }
  return systemErrorCode(Reflect.get(err, 'cause'), depth + 1);
}
