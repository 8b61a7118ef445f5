import { ApiError } from '../../http/api-error';
import { TickerExistsError } from '../prices/add-ticker.service';
import { PriceProviderError } from '../prices/price-errors';
import { sourceLabel } from '../prices/price-ingest.report';

/**
 * The answer to a failed `POST /api/companies`, in the one error envelope: an unknown symbol is
 * the caller's 404, a provider in trouble is a 502/503/504 that says whom to blame and that
 * nothing was stored. Anything else is left to the generic 500.
 */
export function addCompanyError(error: unknown, source: string): unknown {
  if (error instanceof TickerExistsError) return new ApiError(409, 'already_exists', error.message);
  if (!(error instanceof PriceProviderError)) return error;
  const label = sourceLabel(source);
  const ticker = error.ticker ?? 'the symbol';
  const nothing = 'Nothing was stored.';
  switch (error.code) {
    case 'symbol_not_found':
      return new ApiError(
        404,
        'unknown_symbol',
        `${label} has no daily prices for ${ticker}: it is unknown or delisted (${error.message}). ${nothing}`,
      );
    case 'rate_limited':
      return new ApiError(
        503,
        'rate_limited',
        `${label} is rate limiting us; try again later. ${nothing}`,
      );
    case 'network_unreachable':
      return new ApiError(
        503,
        'source_unreachable',
        `${label} is unreachable: ${error.message}. ${nothing}`,
      );
    case 'timeout':
      return new ApiError(
        504,
        'source_timeout',
        `${label} did not answer in time: ${error.message}. ${nothing}`,
      );
    default:
      return new ApiError(502, 'upstream_error', `${label} failed: ${error.message}. ${nothing}`);
  }
}
