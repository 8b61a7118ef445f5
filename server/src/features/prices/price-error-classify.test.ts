import { describe, expect, it } from 'vitest';
import { classifyPriceError, errorFromHttpStatus, parseRetryAfter } from './price-error-classify';
import {
  InvalidResponseError,
  NetworkUnreachableError,
  PriceProviderError,
  ProviderTimeoutError,
  RateLimitedError,
  RequestAbortedError,
  SymbolNotFoundError,
  UpstreamError,
} from './price-errors';

/** Shaped like the errors yahoo-finance2 throws (lib/errors.ts), without importing its classes. */
function yahooError(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, ...extra });
}

const ctx = { ticker: 'NVDA', timeoutMs: 5_000 };

describe('classifyPriceError', () => {
  it('returns a PriceProviderError unchanged', () => {
    const err = new RateLimitedError({ ticker: 'AAPL', retryAfterSeconds: 3 });
    expect(classifyPriceError(err, ctx)).toBe(err);
  });

  it('maps a TimeoutError DOMException to ProviderTimeoutError with the budget', () => {
    const got = classifyPriceError(new DOMException('timed out', 'TimeoutError'), ctx);
    expect(got).toBeInstanceOf(ProviderTimeoutError);
    expect(got).toMatchObject({ ticker: 'NVDA', timeoutMs: 5_000, retryable: true });
  });

  it('maps a bare AbortError to RequestAbortedError', () => {
    const got = classifyPriceError(new DOMException('aborted', 'AbortError'), ctx);
    expect(got).toBeInstanceOf(RequestAbortedError);
    expect(got.retryable).toBe(false);
  });

  it("maps yahoo-finance2's HTTPError by its status", () => {
    const http = (code: number) => yahooError('HTTPError', 'body', { code });
    expect(classifyPriceError(http(503), ctx)).toMatchObject({
      name: 'UpstreamError',
      status: 503,
      retryable: true,
    });
    expect(classifyPriceError(http(401), ctx)).toMatchObject({
      name: 'UpstreamError',
      status: 401,
      retryable: false,
    });
    expect(classifyPriceError(http(429), ctx)).toBeInstanceOf(RateLimitedError);
  });

  it("maps yahoo-finance2's validation error to InvalidResponseError naming the field", () => {
    const err = yahooError('FailedYahooValidationError', 'Failed Yahoo Schema validation', {
      errors: [
        {
          instancePath: '/meta/currentTradingPeriod',
          message: 'Missing required properties',
          params: { missing: ['regular'] },
        },
      ],
    });
    const got = classifyPriceError(err, ctx);
    expect(got).toBeInstanceOf(InvalidResponseError);
    expect(got).toMatchObject({ field: 'meta.currentTradingPeriod.regular', cause: err });
    expect(got.message).toBe(
      'NVDA: invalid response at `meta.currentTradingPeriod.regular`: missing',
    );
  });

  it("maps Yahoo's not-found description, whatever the class carrying it", () => {
    const got = classifyPriceError(new Error('No data found, symbol may be delisted'), ctx);
    expect(got).toBeInstanceOf(SymbolNotFoundError);
  });

  it('maps DNS and refused connections, however deeply the code is nested', () => {
    const dns = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' }),
    });
    const refused = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]),
    });
    expect(classifyPriceError(dns, ctx)).toMatchObject({
      name: 'NetworkUnreachableError',
      errno: 'EAI_AGAIN',
    });
    expect(classifyPriceError(refused, ctx)).toBeInstanceOf(NetworkUnreachableError);
  });

  it('maps a dropped connection to a retryable UpstreamError', () => {
    const reset = new TypeError('terminated', {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    expect(classifyPriceError(reset, ctx)).toMatchObject({
      name: 'UpstreamError',
      retryable: true,
    });
  });

  it('maps anything else to a non-retryable UpstreamError keeping the cause', () => {
    // (A cookie or crumb failure has its own name: see yahoo-session.test.ts.)
    const odd = new Error('Unexpected token in the middle of nowhere');
    const got = classifyPriceError(odd, ctx);
    expect(got).toBeInstanceOf(UpstreamError);
    expect(got).toBeInstanceOf(PriceProviderError);
    expect(got).toMatchObject({ retryable: false, cause: odd, ticker: 'NVDA' });
    expect(classifyPriceError('a string').ticker).toBeNull();
  });
});

describe('errorFromHttpStatus', () => {
  const base = { ticker: 'SIX', body: '', retryAfter: null, nowMs: 0 };

  it("needs Yahoo's not-found body to call a 404 an unknown symbol", () => {
    const body =
      '{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found"}}}';
    expect(errorFromHttpStatus({ ...base, status: 404, body })).toBeInstanceOf(SymbolNotFoundError);
    expect(errorFromHttpStatus({ ...base, status: 404, body: '<html>' })).toMatchObject({
      name: 'UpstreamError',
      status: 404,
      retryable: false,
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP-dates (RFC 9110 10.2.3)', () => {
    const now = Date.parse('2025-01-27T15:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Mon, 27 Jan 2025 15:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter('Mon, 27 Jan 2025 14:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
