import YahooFinance from 'yahoo-finance2';
import { ExtendedCookieJar } from 'yahoo-finance2/lib/cookieJar';

const ignore = () => undefined;

/**
 * yahoo-finance2 logs to the console: a "Node < 22" warning at construction, a survey notice,
 * and validation dumps. Every failure reaches us as a thrown error that we classify and the
 * caller logs, so its own logging would only repeat it.
 */
export const quietLogger = {
  info: ignore,
  warn: ignore,
  error: ignore,
  debug: ignore,
  dir: ignore,
};

export type YahooClient = InstanceType<typeof YahooFinance>;

/**
 * One client per adapter, with its own cookie jar so that two adapters (or two tests) never share
 * Yahoo session cookies. No version check: it would call the npm registry with the global fetch.
 */
export function createYahooClient(fetchImpl: typeof fetch): YahooClient {
  return new YahooFinance({
    fetch: fetchImpl,
    versionCheck: false,
    logger: quietLogger,
    suppressNotices: ['yahooSurvey', 'ripHistorical'],
    validation: { logErrors: false, logOptionsErrors: false },
    cookieJar: new ExtendedCookieJar(),
  });
}
