import {
  aggregateStudies,
  type CarWindow,
  Day0Error,
  defaultCarWindows,
  type EventSummary,
  isFactorModel,
  resolveLiveDay0,
  StudyError,
  studyTicker,
  type TickerResult,
  type TickerStudy,
  type WindowResult,
} from '@aftershock/shared';
import type { AppDeps } from '../../app-deps';
import { badRequest } from '../../http/api-error';
import { JsonBody } from '../../http/json-body';
import { shareCountOn } from '../prices/market-value';
import { resolveBenchmark } from './benchmark-resolver';
import { caarScope } from './caar-scope';
import { withDay0Splits } from './day0-split';
import { liveReach, shiftWindows, unshiftCars, unshiftStudy } from './live-reach';
import { findOverlaps } from './overlaps';
import { referenceData, requireKnownTickers } from './reference-data';
import { toTickerResult } from './ticker-result';
import { checkCarWindows, tickerWindowCars, windowAggregates } from './window-cars';

export interface WindowRequest {
  /** The news time: an ISO instant with offset, or a bare date (00:00 New York). */
  at: string;
  event: { id: string | null; title: string; occurredAt: string } | null;
  tickers: readonly string[];
  pre: number;
  post: number;
  model: WindowResult['model'];
  benchmark: string;
  estimation: [number, number];
  /** CAR windows reported beside the event window; default {@link defaultCarWindows}. */
  windows?: readonly CarWindow[] | undefined;
  /** `include` counts indices and funds in CAAR; by default they are context (caar-scope.ts). */
  indices?: 'context' | 'include' | undefined;
}

export interface WindowContext {
  /** The events to look for overlaps in (default: every stored event). */
  events?: readonly EventSummary[];
  /** Study whole series even in a large universe (the heatmap reads each ticker many times). */
  wholeSeries?: boolean;
  /** The compute budget's deadline: the study stops at the next ticker once it fires. */
  signal?: AbortSignal;
}

/** Sessions read before a slice's estimation window; see `computeWindow`. */
const sliceMargin = 20;

/** The answer, and the engine's studies behind it for aggregates across events. */
export interface WindowComputation {
  result: WindowResult;
  studies: TickerStudy[];
  body: JsonBody<WindowResult>;
}

/**
 * The event study of design.md for one news time: day 0 and its reason, one result per ticker
 * (or the reason it was excluded), the aggregate tests, and the events that overlap the window.
 */
export async function computeWindow(
  deps: AppDeps,
  req: WindowRequest,
  context: WindowContext = {},
): Promise<WindowComputation> {
  const ref = await referenceData(deps);
  const known = await requireKnownTickers(deps, req.tickers);
  if (req.estimation[1] >= -req.pre) {
    throw badRequest(
      `the estimation window [${req.estimation.join(', ')}] overlaps the event window [-${req.pre}, +${req.post}]; end it before -${req.pre}`,
    );
  }
  const windows = req.windows ?? defaultCarWindows;
  checkCarWindows(windows, req.estimation);
  const sessions = await deps.market.sessions();
  const day0 = resolveDay0Or400(req.at, sessions);
  // A window past the last session is a live study: the engine measures the sessions traded so
  // far, and the rest are named as pending from the NYSE calendar.
  const reach = liveReach({ sessions, day0, pre: req.pre, post: req.post });
  const { anchor, traded, pending, shift } = reach;
  const estimation: [number, number] = [req.estimation[0] + shift, req.estimation[1] + shift];
  const benchmark = await resolveBenchmark(deps, req.benchmark);
  const factors = isFactorModel(req.model) ? await requireFactors(deps, req.model) : null;
  // A universe larger than the series LRU: read only the sessions the study needs, from a margin
  // before its estimation window (the first return of a slice has no previous close) to its end.
  const slice =
    context.wholeSeries || known.size <= deps.market.options.maxSeries
      ? null
      : {
          from: sessions[Math.max(0, anchor + estimation[0] - sliceMargin)] ?? day0.day0,
          to: sessions[anchor + reach.enginePost] ?? day0.day0,
        };
  const [loaded, counts, events, byId] = await Promise.all([
    Promise.all(
      req.tickers.map((t) => (slice ? deps.market.loadSlice(t, slice) : deps.market.load(t))),
    ),
    Promise.all(req.tickers.map((t) => ref.shareCounts(t))),
    context.events ?? ref.events,
    ref.eventsById,
  ]);
  const selfId = req.event?.id ?? null;
  const overlaps = findOverlaps({
    events,
    sessions: reach.calendar,
    day0: day0.day0,
    pre: req.pre,
    post: req.post,
    selfId,
    linkedId: selfId === null ? null : (byId.get(selfId)?.linkedEventId ?? null),
  });
  const studies: TickerStudy[] = [];
  const windowStudies: TickerStudy[][] = [];
  const studied: TickerResult[] = [];
  for (const [i, s] of loaded.entries()) {
    await checkDeadline(context.signal);
    const options = {
      stock: s.series,
      benchmark: req.model === 'raw' ? null : benchmark.forTicker(s.ticker),
      day0: sessions[anchor] ?? day0.day0,
      estimation,
      model: req.model,
      factors: factors?.series ?? null,
    };
    const engine =
      reach.enginePre < 0
        ? notTraded(day0.day0, sessions.at(-1))
        : runStudy(() => studyTicker({ ...options, pre: reach.enginePre, post: reach.enginePost }));
    const study = unshiftStudy(engine, reach, day0.day0);
    studies.push(study);
    const cars = tickerWindowCars({
      study: options,
      windows: shiftWindows(windows, shift),
      traded: reach.enginePost,
      main: { pre: reach.enginePre, post: req.post + shift, study: engine },
    });
    windowStudies.push(cars.studies);
    const confoundedBy = overlaps.filter((o) => o.tickers.includes(s.ticker)).map((o) => o.id);
    const shares = shareCountOn(counts[i] ?? [], day0.day0);
    const label = benchmark.label;
    const result = toTickerResult({
      loaded: s,
      study,
      benchmark: label,
      confoundedBy,
      shares,
      pending,
    });
    studied.push({ ...result, windowCars: unshiftCars(cars.cars, windows, shift) });
  }
  const results = await withDay0Splits(deps, {
    results: studied,
    day0: day0.day0,
    prevSession: shift > 0 ? undefined : sessions[anchor - 1],
    model: req.model,
    benchmarkTicker: req.benchmark.includes(':') ? null : req.benchmark,
    wholeSeries: slice === null,
  });
  const scope = caarScope({
    tickers: req.tickers,
    companies: await ref.companies,
    include: req.indices === 'include',
  });
  const aggregate = aggregateStudies(studies.filter((_, i) => scope.inCaar[i]));
  const lastTraded = sessions[anchor + reach.enginePost] ?? day0.day0;
  const liveNote = `live: ${traded + 1} of ${req.post + 1} sessions of [0, +${req.post}] traded; CAR and tests run to ${lastTraded}`;
  const notes = pending.length > 0 ? [liveNote, ...aggregate.notes] : [...aggregate.notes];
  if (scope.context.length > 0) {
    notes.push(`${scope.context.join(', ')}: shown as context, not in CAAR or its tests`);
  }
  const factorsAsOf = factors?.asOf ?? null;
  if (factorsAsOf !== null && lastTraded > factorsAsOf) {
    notes.unshift(
      `the factor data end on ${factorsAsOf} (release ${factors?.release ?? 'unknown'}): later sessions of the window have no abnormal return`,
    );
  }
  const result: WindowResult = {
    event: req.event,
    day0: day0.day0,
    day0Reason: day0.reason,
    dayOnly: day0.dayOnly,
    model: req.model,
    benchmark: benchmark.label,
    pre: req.pre,
    post: req.post,
    estimation: req.estimation,
    windows: windows.map((w) => ({ from: w.from, to: w.to })),
    results,
    sessionsAvailable: traded + 1,
    pendingSessions: pending.map((p) => p.date),
    aggregate: {
      n: aggregate.n,
      excluded: aggregate.excluded,
      caar: aggregate.caar,
      days: aggregate.days,
      meanCorrelation: aggregate.meanCorrelation,
      kpFactor: aggregate.kpFactor,
      tests: aggregate.tests,
      notes,
    },
    windowAggregates: windowAggregates(
      windows,
      windowStudies.filter((_, i) => scope.inCaar[i]),
    ),
    contextTickers: scope.context,
    overlaps,
    provenance: {
      source: 'Yahoo Finance daily bars (adjusted closes); events: Aftershock catalogue and feeds',
      dataAsOf: sessions.at(-1) ?? null,
      ...(factors === null
        ? {}
        : {
            factors: {
              source: factors.source ?? 'Kenneth R. French Data Library',
              release: factors.release,
              asOf: factors.asOf,
            },
          }),
      generatedAt: new Date().toISOString(),
    },
  };
  return { result, studies, body: new JsonBody(result) };
}

async function requireFactors(deps: AppDeps, model: string) {
  const loaded = await deps.factors.load();
  if (loaded === null) {
    throw badRequest(
      `model: ${model} needs daily factor data and none is stored (pnpm aftershock import factors <dir>)`,
    );
  }
  return loaded;
}

function resolveDay0Or400(at: string, sessions: readonly string[]) {
  try {
    return resolveLiveDay0({ at, sessions, minHistory: 1 });
  } catch (error) {
    if (error instanceof Day0Error) throw badRequest(`at: ${error.message}`);
    throw error;
  }
}

/**
 * Lets the event loop turn, then stops the study if its deadline has passed: the deadline's timer
 * fires only between turns, and meanwhile the server answers other requests.
 */
async function checkDeadline(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

const notTraded = (day0: string, last: string | undefined): TickerStudy => ({
  status: 'excluded',
  day0,
  reason: `day 0 (${day0}) has not traded yet and no session of the window is in the data (it ends on ${last})`,
});

function runStudy(study: () => TickerStudy): TickerStudy {
  try {
    return study();
  } catch (error) {
    if (error instanceof StudyError) throw badRequest(error.message);
    throw error;
  }
}
