import {
  aggregateStudies,
  aiComplexTickers,
  bhQValues,
  type EventSet,
  type EventSummary,
  type HeatmapResult,
  type TickerResult,
  type WindowResult,
} from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { ApiError, badRequest } from '../../http/api-error';
import { referenceData, requireKnownTickers } from './reference-data';
import { setStatistics } from './set-statistics';
import type { WindowComputation, WindowContext, WindowRequest } from './window.service';
import { cachedWindow, computedWindow, studyOf, type WindowParams } from './window-requests';

type HeatmapParams = WindowParams & { events?: string[] | undefined; sets?: readonly EventSet[] };

/** One event's study for the heatmap; `N` is what says "not cached" when only the cache is read. */
type Study<N> = (req: WindowRequest, context: WindowContext) => Promise<WindowComputation | N>;

const isMissing = <N extends null>(
  placed: WindowComputation | { reason: string } | N,
): placed is N => placed === null;

/**
 * CAR of tickers x events, each cell the event study of that ticker around that event; and for
 * each ticker its mean CAR across the events with the aggregate tests (one ticker across events).
 */
export const computeHeatmap = (
  deps: AppDeps,
  params: HeatmapParams,
  options: { signal?: AbortSignal } = {},
): Promise<HeatmapResult> =>
  buildHeatmap<never>(deps, params, (req, context) =>
    cachedWindow(deps, req, { ...context, ...options }),
  );

/** The heatmap when the cache holds every study it needs, computing none; else null. */
export const cachedHeatmap = (
  deps: AppDeps,
  params: HeatmapParams,
): Promise<HeatmapResult | null> =>
  buildHeatmap<null>(deps, params, (req) => computedWindow(deps, req));

async function buildHeatmap<N extends null>(
  deps: AppDeps,
  params: HeatmapParams,
  study: Study<N>,
): Promise<HeatmapResult | N> {
  const ref = await referenceData(deps);
  const [all, byId] = await Promise.all([ref.events, ref.eventsById]);
  const sets = params.sets ?? [];
  const asked = [...new Set([...(params.events ?? []), ...sets.flatMap((s) => s.eventIds)])];
  const chosen =
    asked.length > 0
      ? asked.map((id) => {
          const e = byId.get(id);
          if (!e) throw badRequest(`events: unknown event "${id}"`);
          return e;
        })
      : all.filter((e) => e.origin === 'curated');
  const unplaced: HeatmapResult['unplaced'] = [];
  const placed: { event: EventSummary; computation: WindowComputation }[] = [];
  const tickers = params.tickers ?? [...aiComplexTickers];
  await requireKnownTickers(deps, tickers);
  // One event that cannot be studied is listed with its reason; it never fails the others.
  const studied = await Promise.all(
    chosen.map(async (event) => ({
      event,
      computation: await placeEvent(
        { event, tickers, params, study },
        { events: all, wholeSeries: true },
      ),
    })),
  );
  for (const { event, computation } of studied) {
    if (isMissing(computation)) return computation;
    if ('reason' in computation) unplaced.push({ ...pick(event), reason: computation.reason });
    else if (computation !== null) placed.push({ event, computation });
  }
  const order = new Map(chosen.map((e, i) => [e.id, i]));
  placed.sort((a, b) => (order.get(a.event.id) ?? 0) - (order.get(b.event.id) ?? 0));
  unplaced.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  if (placed.length === 0) {
    const why = unplaced.map((u) => `${u.id}: ${u.reason}`).join('; ');
    throw badRequest(`none of the chosen events can be studied (${why})`);
  }
  const windows = placed.map((p) => p.computation);
  const raw = windows.flatMap(({ result }, j) =>
    result.results.map((r) => ({ r: untradedCell(r, result), eventId: placed[j]?.event.id ?? '' })),
  );
  // One family per window: the q of a cell is its p's rank among every p of the grid.
  const q = bhQValues(raw.map(({ r }) => r.carPValue));
  const carWindows = windows[0]?.result.windows ?? [];
  const qByWindow = carWindows.map((_, k) =>
    bhQValues(raw.map(({ r }) => r.windowCars[k]?.carPValue ?? null)),
  );
  const cells = raw.map(({ r, eventId }, i) => ({
    ticker: r.ticker,
    eventId,
    status: r.status,
    reason: r.reason,
    car: r.car,
    carTStat: r.carTStat,
    carPValue: r.carPValue,
    carQValue: q[i] ?? null,
    windowCars: r.windowCars.map((c, k) => ({ ...c, carQValue: qByWindow[k]?.[i] ?? null })),
    confoundedBy: r.confoundedBy,
  }));
  // A ticker's mean across events needs one event window: live events (fewer sessions so far)
  // are left out of it, and say so.
  const complete = windows.filter((w) => w.result.pendingSessions.length === 0);
  const live = windows.length - complete.length;
  const acrossEvents = tickers.map((ticker, i) => {
    const studies = complete.flatMap((w) => (w.studies[i] ? [w.studies[i]] : []));
    const a = aggregateStudies(studies);
    const notes = live > 0 ? [`${live} live event(s) left out of the mean`, ...a.notes] : a.notes;
    return { ticker, n: a.n, excluded: a.excluded, caar: a.caar, tests: a.tests, notes };
  });
  return {
    model: params.model,
    benchmark: windows[0]?.result.benchmark ?? params.benchmark,
    pre: params.pre,
    post: params.post,
    estimation: params.estimation,
    windows: carWindows,
    tickers,
    events: placed.map(({ event, computation: { result } }) => ({
      id: event.id,
      title: event.title,
      category: event.category,
      occurredAt: event.occurredAt,
      day0: result.day0,
      sessionsAvailable: result.sessionsAvailable,
    })),
    unplaced,
    cells,
    acrossEvents,
    ...setStatistics({
      sets,
      tickers,
      placed: placed.map(({ event, computation }) => ({
        eventId: event.id,
        studies: computation.studies,
        complete: computation.result.pendingSessions.length === 0,
      })),
    }),
    provenance: windows[0]?.result.provenance ?? {
      source: 'Yahoo Finance daily bars',
      dataAsOf: null,
      generatedAt: new Date().toISOString(),
    },
  };
}

const pick = (e: EventSummary) => ({ id: e.id, title: e.title });

/** The study of one event for the heatmap, or why it cannot be placed (a 400 of its own). */
async function placeEvent<N>(
  p: { event: EventSummary; tickers: readonly string[]; params: WindowParams; study: Study<N> },
  context: WindowContext,
): Promise<WindowComputation | { reason: string } | N> {
  const e = p.event;
  // An event whose day 0 has no bar yet is studied (live, nothing of [0, +post] traded).
  try {
    return await p.study(studyOf(e, p.tickers, p.params), context);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      return { reason: e.day0 === null ? e.day0Reason : error.message };
    }
    throw error;
  }
}

/** A cell of an event whose day 0 has not traded: excluded, with why (its CAR is pre-event only). */
function untradedCell(r: TickerResult, result: WindowResult): TickerResult {
  if (result.sessionsAvailable > 0 || r.status === 'excluded') return r;
  const reason = `day 0 (${result.day0}) has not traded yet; the data ends on ${result.provenance.dataAsOf}`;
  return {
    ...r,
    status: 'excluded',
    reason,
    car: null,
    carTStat: null,
    carPValue: null,
    windowCars: r.windowCars.map((c) => ({
      ...c,
      car: null,
      carTStat: null,
      carPValue: null,
      reason,
    })),
  };
}
