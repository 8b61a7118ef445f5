import { crossSectionalT } from './aggregate-statistics';
import type { AggregateDay } from './aggregate-types';
import { studentTTwoSidedP } from './distributions';
import type { TickerStudyOk } from './study-types';

// One study's event-window ARs and their places in the window.
const capacity = 4096;
const valueScratch = new Float64Array(capacity);
const slotScratch = new Int32Array(capacity);

/**
 * AAR_t = mean over studies of AR_t for each offset of the event window, CAAR_t = Σ_{τ≤t} AAR_τ,
 * with the cross-sectional t of each AAR (n - 1 df).
 */
export function aggregateDays(studies: readonly TickerStudyOk[]): AggregateDay[] {
  const head = studies[0];
  if (head === undefined) return [];
  const width = head.estimationResiduals.eventLength;
  const n = studies.length;
  // Each study's ARs come from its series (the values of its `days`), in rows of n per offset.
  const ars = new Float64Array(width * n);
  const counts = new Int32Array(width);
  const dates: (string | null)[] = [];
  for (let k = 0; k < width; k += 1) dates.push(head.estimationResiduals.eventDateAt(k));
  const values = width <= capacity ? valueScratch : new Float64Array(width);
  const slots = width <= capacity ? slotScratch : new Int32Array(width);
  for (const s of studies) {
    const view = s.estimationResiduals;
    for (let k = 0; k < width; k += 1) {
      if (dates[k] !== null && view.eventDateAt(k) !== dates[k]) dates[k] = null;
    }
    const m = view.gatherEvent(values, slots, 0);
    for (let i = 0; i < m; i += 1) {
      const k = slots[i] ?? 0;
      const c = counts[k] ?? 0;
      ars[k * n + c] = values[i] ?? 0;
      counts[k] = c + 1;
    }
  }
  const out: AggregateDay[] = [];
  let caar = 0;
  for (let k = 0; k < width; k += 1) {
    const count = counts[k] ?? 0;
    const row = ars.subarray(k * n, k * n + count);
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
