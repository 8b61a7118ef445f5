import {
  aggregateStudies,
  aiComplexTickers,
  type EventSummary,
  type HeatmapResult,
} from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { badRequest } from '../../http/api-error';
import { referenceData } from './reference-data';
import { cachedWindow, type WindowParams } from './window-requests';

/**
 * CAR of tickers x events, each cell the event study of that ticker around that event; and for
 * each ticker its mean CAR across the events with the aggregate tests (one ticker across events).
 */
export async function computeHeatmap(
  deps: AppDeps,
  params: WindowParams & { events?: string[] | undefined },
): Promise<HeatmapResult> {
  const ref = await referenceData(deps);
  const [all, byId] = await Promise.all([ref.events, ref.eventsById]);
  const chosen = params.events
    ? params.events.map((id) => {
        const e = byId.get(id);
        if (!e) throw badRequest(`unknown event "${id}"`);
        return e;
      })
    : all.filter((e) => e.origin === 'curated');
  const events = chosen.filter((e): e is EventSummary & { day0: string } => e.day0 !== null);
  if (events.length === 0) throw badRequest('none of the chosen events has a day 0 in the data');
  const tickers = params.tickers ?? [...aiComplexTickers];
  const windows = await Promise.all(
    events.map((e) =>
      cachedWindow(
        deps,
        {
          at: e.occurredAt,
          event: { id: e.id, title: e.title, occurredAt: e.occurredAt },
          tickers,
          pre: params.pre,
          post: params.post,
          model: params.model,
          benchmark: params.benchmark,
          estimation: params.estimation,
        },
        { events: all, wholeSeries: true },
      ),
    ),
  );
  const cells = windows.flatMap(({ result }, j) =>
    result.results.map((r) => ({
      ticker: r.ticker,
      eventId: events[j]?.id ?? '',
      status: r.status,
      reason: r.reason,
      car: r.car,
      carTStat: r.carTStat,
      carPValue: r.carPValue,
      confoundedBy: r.confoundedBy,
    })),
  );
  const acrossEvents = tickers.map((ticker, i) => {
    const studies = windows.flatMap((w) => (w.studies[i] ? [w.studies[i]] : []));
    const a = aggregateStudies(studies);
    return { ticker, n: a.n, excluded: a.excluded, caar: a.caar, tests: a.tests, notes: a.notes };
  });
  return {
    model: params.model,
    benchmark: windows[0]?.result.benchmark ?? params.benchmark,
    pre: params.pre,
    post: params.post,
    estimation: params.estimation,
    tickers,
    events: events.map(({ id, title, category, occurredAt, day0 }) => ({
      id,
      title,
      category,
      occurredAt,
      day0,
    })),
    cells,
    acrossEvents,
    provenance: windows[0]?.result.provenance ?? {
      source: 'Yahoo Finance daily bars',
      dataAsOf: null,
      generatedAt: new Date().toISOString(),
    },
  };
}
