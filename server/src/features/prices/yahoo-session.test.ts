import { describe, expect, it } from 'vitest';
import { classifyPriceError } from './price-error-classify';
import { SessionError } from './price-errors';
import { createYahooAdapter } from './yahoo.adapter';
import { crumbFixtures, fixtureFetch, ownFixture } from './yahoo-fixture-fetch';

const NOW = Date.parse('2025-03-01T00:00:00Z');

/** The recorded session and quote, except that the first `refusals` crumb requests answer 401. */
function refusingCrumb(refusals: number) {
  const fake = fixtureFetch([...crumbFixtures(), ownFixture('quote-AAPL.json')]);
  const paths: string[] = [];
  let refused = 0;
  const fetchFn: typeof fetch = async (input, init) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    paths.push(url.pathname);
    if (url.pathname === '/v1/test/getcrumb' && refused < refusals) {
      refused += 1;
      return new Response('<html><body>Unauthorized</body></html>', {
        status: 401,
        statusText: 'Unauthorized',
        headers: { 'content-type': 'text/html' },
      });
    }
    return fake.fetch(input, init);
  };
  return { adapter: createYahooAdapter({ fetch: fetchFn, now: () => NOW }), paths };
}

describe('Yahoo session (cookie and crumb) failures', () => {
  it("names yahoo-finance2's crumb and cookie failures as SessionError, retryable", () => {
    for (const message of [
      'Failed to get crumb, status 401, statusText: Unauthorized',
      "Could not find crumb.  Yahoo's API may have changed; please report.",
      "No set-cookie header present in Yahoo's response.  Something must have changed, please report.",
    ]) {
      const error = classifyPriceError(new Error(message), { ticker: 'AAPL' });
      expect(error).toBeInstanceOf(SessionError);
      expect(error).toMatchObject({ code: 'session', retryable: true });
      expect(error.message).toContain('session (cookie or crumb) failed');
    }
  });

  it('tries once more on a fresh session after a refused crumb, and reads the quote', async () => {
    const { adapter, paths } = refusingCrumb(1);
    await expect(adapter.fetchSharesOutstanding({ ticker: 'AAPL' })).resolves.toEqual({
      ticker: 'AAPL',
      sharesOutstanding: 15037899776,
    });
    // The fresh session starts over from the cookie page.
    expect(paths).toEqual([
      '/quote/AAPL',
      '/v1/test/getcrumb',
      '/quote/AAPL',
      '/v1/test/getcrumb',
      '/v7/finance/quote',
    ]);
  });

  it('gives up with SessionError when the fresh session is refused too', async () => {
    const { adapter, paths } = refusingCrumb(2);
    await expect(adapter.fetchSharesOutstanding({ ticker: 'AAPL' })).rejects.toBeInstanceOf(
      SessionError,
    );
    expect(paths.filter((p) => p === '/v1/test/getcrumb')).toHaveLength(2);
  });
});
