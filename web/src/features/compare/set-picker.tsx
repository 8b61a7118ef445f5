import type { EventSet } from '@aftershock/shared';

export interface SetPickerProps {
  sets: readonly EventSet[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Event sets as toggles: each adds its events to the heatmap as a group of columns. */
export function SetPicker({ sets, selected, onChange }: SetPickerProps) {
  return (
    <fieldset className="toggle-group" data-testid="set-picker">
      <legend>Event sets</legend>
      {sets.map((s) => (
        <button
          key={s.id}
          type="button"
          className="toggle"
          aria-pressed={selected.includes(s.id)}
          title={`${s.description} (${s.eventIds.length} events)`}
          onClick={() =>
            onChange(
              selected.includes(s.id) ? selected.filter((x) => x !== s.id) : [...selected, s.id],
            )
          }
        >
          {s.title}
        </button>
      ))}
    </fieldset>
  );
}
