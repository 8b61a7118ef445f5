import type { ParamPatch } from '../../ui/use-url-state';
import { NumberField } from './number-field';
import { models, type WindowModel, type WindowSettings } from './window-params';

const benchmarks = [
  { id: 'QQQ', label: 'QQQ (Nasdaq-100 ETF)' },
  { id: 'SPY', label: 'SPY (S&P 500 ETF)' },
  { id: '^GSPC', label: 'S&P 500 index' },
  { id: '^IXIC', label: 'Nasdaq Composite' },
  { id: 'SOXX', label: 'SOXX (semiconductors)' },
  { id: 'SMH', label: 'SMH (semiconductors)' },
];
const groups = [
  { id: 'ai-chips', label: 'AI chips' },
  { id: 'hyperscalers', label: 'hyperscalers' },
  { id: 'ai-power', label: 'AI power' },
  { id: 'software', label: 'software' },
];

export interface WindowControlsProps {
  settings: WindowSettings;
  onChange: (patch: ParamPatch) => void;
}

/** Event window, model, benchmark and estimation window of the study. */
export function WindowControls({ settings, onChange }: WindowControlsProps) {
  const s = settings;
  const modelNeedsBenchmark = s.model !== 'raw';
  return (
    <fieldset className="window-controls">
      <legend>Study settings</legend>
      <NumberField
        label="Sessions before"
        value={s.pre}
        min={0}
        max={60}
        onCommit={(v) => onChange({ pre: String(v) })}
      />
      <NumberField
        label="Sessions after"
        value={s.post}
        min={0}
        max={60}
        onCommit={(v) => onChange({ post: String(v) })}
      />
      <label className="field">
        <span>Model</span>
        <select
          value={s.model}
          onChange={(e) => {
            const m = models.find((x) => x.id === e.target.value)?.id;
            if (m) onChange({ model: m satisfies WindowModel });
          }}
        >
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Benchmark</span>
        <select
          value={s.benchmark}
          disabled={!modelNeedsBenchmark}
          onChange={(e) => onChange({ bench: e.target.value })}
        >
          {benchmarks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
          {groups.map((g) => (
            <option key={`b-${g.id}`} value={`basket:${g.id}`}>
              Equal-weighted {g.label} basket
            </option>
          ))}
          {groups.map((g) => (
            <option key={`x-${g.id}`} value={`basket-ex:${g.id}`}>
              {g.label} basket without the ticker
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Estimation from"
        value={s.estimation[0]}
        min={-1000}
        max={s.estimation[1]}
        onCommit={(v) => onChange({ est: `${v},${s.estimation[1]}` })}
      />
      <NumberField
        label="Estimation to"
        value={s.estimation[1]}
        min={s.estimation[0]}
        max={-1}
        onCommit={(v) => onChange({ est: `${s.estimation[0]},${v}` })}
      />
    </fieldset>
  );
}
