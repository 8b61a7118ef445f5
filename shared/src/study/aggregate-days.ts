import { crossSectionalT } from './aggregate-statistics';
import type { AggregateDay } from './aggregate-types';
import { studentTTwoSidedP } from './distributions';
import type { PanelWithDays } from './event-time-panel';
import type { TickerStudyOk } from './study-types';

/**
 * AAR_t = mean over studies of AR_t for each offset of the event window, CAAR_t = Σ_{τ≤t} AAR_τ,
 * with the cross-sectional t of each AAR (n - 1 df), from the event-window ARs the panel kept.
 */
export function aggregateDays(
  studies: readonly TickerStudyOk[],
  kept: Pick<PanelWithDays, 'eventRows' | 'eventCounts'>,
): AggregateDay[] {
  const head = studies[0];
  if (head === undefined) return [];
  const first = head.estimationResiduals;
  const width = first.eventLength;
  const n = studies.length;
  const { eventRows, eventCounts } = kept;
  const dates: (string | null)[] = [];
  for (let k = 0; k < width; k += 1) dates.push(first.eventDateAt(k));
  for (const s of studies) {
    const view = s.estimationResiduals;
    if (first.sameEventDates(view)) continue;
    for (let k = 0; k < width; k += 1) {
      if (dates[k] !== null && view.eventDateAt(k) !== dates[k]) dates[k] = null;
    }
  }
  const out: AggregateDay[] = [];
  let caar = 0;
  for (let k = 0; k < width; k += 1) {
    const count = eventCounts[k] ?? 0;
    const row = eventRows.subarray(k * n, k * n + count);
    let sum = 0;
    for (let i = 0; i < count; i += 1) sum += row[i] ?? 0;
    const aar = count > 0 ? sum / count : 0;
    caar += aar;
    const tStat = crossSectionalT(row);
    out.push({
      offset: k - head.pre,
      date: dates[k] ?? null,
      aar,
      caar,
      n: count,
      tStat,
      pValue: tStat === null ? null : studentTTwoSidedP(tStat, count - 1),
    });
  }
  return out;
}
