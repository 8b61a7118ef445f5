import {
  aggregateStudies,
  type CarWindow,
  carWindowLabel,
  StudyError,
  type StudyTickerOptions,
  studyTicker,
  type TickerStudy,
  type WindowCar,
  type WindowResult,
} from '@aftershock/shared';
import { badRequest } from '../../http/api-error';

/** Rejects a CAR window that reaches into the estimation window: a 400 naming `windows`. */
export function checkCarWindows(windows: readonly CarWindow[], estimation: [number, number]) {
  for (const w of windows) {
    if (estimation[1] >= w.from && estimation[0] <= w.to) {
      throw badRequest(
        `windows: ${carWindowLabel(w)} overlaps the estimation window [${estimation.join(', ')}]`,
      );
    }
  }
}

/**
 * One ticker's CAR over each window: the engine's own study of that window (same model, same
 * estimation window), so the CAR, its variance and t are those of a study asked for that window
 * alone. A window reaching past the last traded session runs to it, as a live study does.
 */
export function tickerWindowCars(p: {
  study: Omit<StudyTickerOptions, 'pre' | 'post'>;
  windows: readonly CarWindow[];
  /** Sessions traded after day 0 (the live study's reach). */
  traded: number;
  /** The study of the event window [-pre, +post], reused for a CAR window equal to it. */
  main: { pre: number; post: number; study: TickerStudy };
}): { cars: WindowCar[]; studies: TickerStudy[] } {
  const { main } = p;
  const cars: WindowCar[] = [];
  const studies: TickerStudy[] = [];
  for (const w of p.windows) {
    const to = Math.min(w.to, p.traded);
    if (w.from > to) {
      const reason = `${carWindowLabel(w)} has not started trading`;
      cars.push(noCar(w, reason));
      studies.push({ status: 'excluded', day0: p.study.day0, reason });
      continue;
    }
    const same = w.from === -main.pre && w.to === main.post;
    const study = same ? main.study : engineStudy({ ...p.study, pre: -w.from, post: to });
    studies.push(study);
    if (study.status === 'excluded') cars.push(noCar(w, study.reason));
    else {
      cars.push({
        from: w.from,
        to: w.to,
        car: study.car,
        carTStat: study.carTStat,
        carPValue: study.carPValue,
        sessions: study.eventDays,
        reason: null,
      });
    }
  }
  return { cars, studies };
}

/** CAAR over the tickers in each window, with the aggregate tests; `studies[ticker][window]`. */
export function windowAggregates(
  windows: readonly CarWindow[],
  studies: readonly (readonly TickerStudy[])[],
): WindowResult['windowAggregates'] {
  return windows.map((w, j) => {
    const column = studies.flatMap((s) => (s[j] ? [s[j]] : []));
    if (!column.some((s) => s.status === 'ok')) return { ...w, n: 0, caar: null, tests: [] };
    const a = aggregateStudies(column);
    return { from: w.from, to: w.to, n: a.n, caar: a.caar, tests: a.tests };
  });
}

function noCar(w: CarWindow, reason: string): WindowCar {
  const none = { car: null, carTStat: null, carPValue: null };
  return { from: w.from, to: w.to, ...none, sessions: 0, reason };
}

function engineStudy(options: StudyTickerOptions): TickerStudy {
  try {
    return studyTicker(options);
  } catch (error) {
    if (error instanceof StudyError) throw badRequest(`windows: ${error.message}`);
    throw error;
  }
}
