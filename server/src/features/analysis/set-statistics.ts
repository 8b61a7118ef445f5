import {
  aggregateStudies,
  type EventSet,
  type HeatmapResult,
  type TickerStudy,
  welchT,
} from '@aftershock/shared';

/** One placed event of a heatmap: its id and each ticker's study, in the heatmap's ticker order. */
export interface PlacedStudies {
  eventId: string;
  studies: readonly TickerStudy[];
  /** A live event (its window still trading) is left out of the means, which need one window. */
  complete: boolean;
}

/**
 * Per set and ticker the mean CAR over the set's complete events with the aggregate tests (the
 * events are the observations); per ticker and pair of sets the difference of the means and
 * Welch's t on the event CARs.
 */
export function setStatistics(p: {
  sets: readonly EventSet[];
  tickers: readonly string[];
  placed: readonly PlacedStudies[];
}): Pick<HeatmapResult, 'sets' | 'setMeans' | 'setDifferences'> {
  const byId = new Map(p.placed.map((e) => [e.eventId, e]));
  const sets = p.sets.map((s) => ({
    id: s.id,
    title: s.title,
    eventIds: s.eventIds.filter((id) => byId.has(id)),
  }));
  const studiesOf = (setIndex: number, tickerIndex: number) =>
    (sets[setIndex]?.eventIds ?? []).flatMap((id) => {
      const e = byId.get(id);
      const s = e?.complete ? e.studies[tickerIndex] : undefined;
      return s ? [s] : [];
    });
  const setMeans = sets.flatMap((set, i) =>
    p.tickers.map((ticker, t) => {
      const studies = studiesOf(i, t);
      if (!studies.some((s) => s.status === 'ok')) {
        return { setId: set.id, ticker, n: 0, caar: null, tests: [] };
      }
      const a = aggregateStudies(studies);
      return { setId: set.id, ticker, n: a.n, caar: a.caar, tests: a.tests };
    }),
  );
  const setDifferences: HeatmapResult['setDifferences'] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      p.tickers.forEach((ticker, t) => {
        const a = cars(studiesOf(i, t));
        const b = cars(studiesOf(j, t));
        const w = a.length > 0 && b.length > 0 ? welchT(a, b) : null;
        setDifferences.push({
          ticker,
          setA: sets[i]?.id ?? '',
          setB: sets[j]?.id ?? '',
          nA: a.length,
          nB: b.length,
          difference: w?.difference ?? null,
          welchT: w?.t ?? null,
          df: w?.df ?? null,
          pValue: w?.pValue ?? null,
        });
      });
    }
  }
  return { sets, setMeans, setDifferences };
}

const cars = (studies: readonly TickerStudy[]) =>
  studies.flatMap((s) => (s.status === 'ok' ? [s.car] : []));
