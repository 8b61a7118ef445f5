import { type CarWindow, carWindowLabel } from '@aftershock/shared';

export interface WindowSelectorProps {
  /** The heatmap's CAR windows, in the API's order. */
  windows: readonly CarWindow[];
  /** The event window [-pre, +post], shown when no CAR window is chosen. */
  eventWindow: CarWindow;
  value: CarWindow | null;
  onChange: (w: CarWindow | null) => void;
}

const same = (a: CarWindow, b: CarWindow) => a.from === b.from && a.to === b.to;

/** Which window's CAR the heatmap shows: one request carries them all, so switching is free. */
export function WindowSelector({ windows, eventWindow, value, onChange }: WindowSelectorProps) {
  const shown = value ?? eventWindow;
  const options = windows.some((w) => same(w, eventWindow)) ? windows : [eventWindow, ...windows];
  return (
    <fieldset className="toggle-group" data-testid="heat-window">
      <legend>CAR window</legend>
      {options.map((w) => (
        <button
          key={carWindowLabel(w)}
          type="button"
          className="toggle"
          aria-pressed={same(w, shown)}
          onClick={() => onChange(same(w, eventWindow) ? null : w)}
        >
          {carWindowLabel(w)}
        </button>
      ))}
    </fieldset>
  );
}
