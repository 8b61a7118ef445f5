import {
  describeModel,
  type HeatmapResult,
  isFactorModel,
  type StudyModel,
  type WindowResult,
} from '@aftershock/shared';

type Provenance = WindowResult['provenance'];

const side = (n: number) => (n === 0 ? '0' : n > 0 ? `+${n}` : String(n));

/** The provenance block every export starts with: where the figures come from and how. */
export function provenanceRows(p: {
  title: string;
  /** The event's title, in its own cell: text from users and feeds is neutralised there. */
  event?: string | undefined;
  provenance: Provenance;
  model: StudyModel;
  benchmark: string;
  pre: number;
  post: number;
  estimation: readonly [number, number];
  day0?: string;
  day0Reason?: string;
}): [string, string | number][] {
  const rows: [string, string | number][] = [
    ['Aftershock', p.title],
    ...(p.event ? ([['Event', p.event]] as [string, string][]) : []),
    ['Data source', p.provenance.source],
    ['Data as of', p.provenance.dataAsOf ?? 'unknown'],
    ['Model', p.model],
    ['Model in words', describeModel({ model: p.model, estimation: p.estimation })],
    ['Benchmark', benchmarkLine(p.model, p.benchmark)],
    ['Event window', `[${side(-p.pre)}, ${side(p.post)}] sessions`],
    ['Estimation window', `[${side(p.estimation[0])}, ${side(p.estimation[1])}] sessions`],
  ];
  const f = p.provenance.factors;
  if (f) {
    rows.push([
      'Factor data',
      `${f.source}, release ${f.release ?? 'unknown'}, as of ${f.asOf ?? 'unknown'}`,
    ]);
  }
  if (p.day0) rows.push(['Day 0', p.day0]);
  if (p.day0Reason) rows.push(['Day 0 reason', p.day0Reason]);
  rows.push(['Generated at', p.provenance.generatedAt]);
  return rows;
}

function benchmarkLine(model: StudyModel, benchmark: string): string {
  if (model === 'raw') return 'none (raw returns)';
  if (isFactorModel(model)) return `${benchmark} (shown beside; the model uses the factors)`;
  return benchmark;
}

/** The provenance block of an event study. */
export function windowProvenance(w: WindowResult): [string, string | number][] {
  return provenanceRows({
    title: 'Event study',
    event: w.event?.title,
    provenance: w.provenance,
    model: w.model,
    benchmark: w.benchmark,
    pre: w.pre,
    post: w.post,
    estimation: w.estimation,
    day0: w.day0,
    day0Reason: w.day0Reason,
  });
}

/** The provenance block of a heatmap. */
export function heatmapProvenance(h: HeatmapResult): [string, string | number][] {
  return provenanceRows({
    title: `CAR heatmap: ${h.tickers.length} tickers x ${h.events.length} events`,
    provenance: h.provenance,
    model: h.model,
    benchmark: h.benchmark,
    pre: h.pre,
    post: h.post,
    estimation: h.estimation,
  });
}
