import { crossSectionalT } from './aggregate-statistics';
import type { AggregateDay } from './aggregate-types';
import { studentTTwoSidedP } from './distributions';
import type { TickerStudyOk } from './study-types';

/**
 * AAR_t = mean over studies of AR_t for each offset of the event window, CAAR_t = Σ_{τ≤t} AAR_τ,
 * with the cross-sectional t of each AAR (n - 1 df).
 */
export function aggregateDays(studies: readonly TickerStudyOk[]): AggregateDay[] {
  const head = studies[0];
  if (head === undefined) return [];
  const out: AggregateDay[] = [];
  let caar = 0;
  for (let k = 0; k < head.days.length; k += 1) {
    const ars: number[] = [];
    let date: string | null = head.days[k]?.date ?? null;
    for (const s of studies) {
      const d = s.days[k];
      if (d === undefined) continue;
      if (d.date !== date) date = null;
      if (d.abnormalReturn !== null) ars.push(d.abnormalReturn);
    }
    const aar = ars.length > 0 ? ars.reduce((a, b) => a + b, 0) / ars.length : 0;
    caar += aar;
    const tStat = crossSectionalT(ars);
    out.push({
      offset: head.days[k]?.offset ?? k - head.pre,
      date,
      aar,
      caar,
      n: ars.length,
      tStat,
      pValue: tStat === null ? null : studentTTwoSidedP(tStat, ars.length - 1),
    });
  }
  return out;
}
