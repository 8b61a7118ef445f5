import {
  type CompanyGroup,
  companyGroupLabels,
  companyGroups,
  equalWeightBasket,
  leaveOneOutBasket,
  type ReturnSeries,
} from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { badRequest } from '../../http/api-error';
import { referenceData } from './reference-data';

/** Gives each measured ticker its benchmark series; a leave-one-out basket differs per ticker. */
export interface BenchmarkResolver {
  label: string;
  forTicker(ticker: string): ReturnSeries;
}

/**
 * `QQQ` -> that stored ticker; `basket:<group>` -> the equal-weighted basket of the group's
 * stocks; `basket-ex:<group>` -> the same basket without the ticker being measured, so NVDA is
 * not measured against itself.
 */
export async function resolveBenchmark(deps: AppDeps, spec: string): Promise<BenchmarkResolver> {
  const basket = /^basket(-ex)?:(.+)$/.exec(spec);
  if (!basket) {
    const loaded = await deps.market.load(spec);
    if (loaded.series.dates.length === 0)
      throw badRequest(`benchmark ${spec} has no stored prices`);
    return { label: spec, forTicker: () => loaded.series };
  }
  const leaveOut = basket[1] === '-ex';
  const group = basket[2] as CompanyGroup;
  if (!companyGroups.includes(group)) {
    throw badRequest(
      `unknown group "${basket[2]}" in benchmark; groups: ${companyGroups.join(', ')}`,
    );
  }
  const members = (await (await referenceData(deps)).companies).filter(
    (c) => c.groups.includes(group) && c.kind === 'stock' && c.firstDate !== null,
  );
  if (members.length < (leaveOut ? 3 : 2)) {
    throw badRequest(`group ${group} has too few stocks with prices for a basket`);
  }
  const series = await Promise.all(members.map((m) => deps.market.load(m.ticker)));
  const full = equalWeightBasket(series.map((s) => s.series));
  const without = new Map<string, ReturnSeries>();
  const label = `${leaveOut ? 'Leave-one-out' : 'Equal-weighted'} basket of ${companyGroupLabels[group]} (${members.length} stocks)`;
  return {
    label,
    forTicker(ticker) {
      if (!leaveOut || !members.some((m) => m.ticker === ticker)) return full;
      let s = without.get(ticker);
      if (!s) {
        s = leaveOneOutBasket(series, ticker);
        without.set(ticker, s);
      }
      return s;
    },
  };
}
