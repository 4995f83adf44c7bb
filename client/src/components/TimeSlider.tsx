// The time slider: the network as it stood until a month, or within a period, over the months that
// the relations on the canvas are dated in.
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { setTimeWindow, type FilterState } from "../core/filters/filters.js";
import { dateRangeOf, isTimeWindowSet, monthIndex, monthLabel, monthOf } from "../core/filters/time.js";

interface Props {
  canvas: CanvasState;
  filters: FilterState;
  onChange(filters: FilterState): void;
}

export function TimeSlider({ canvas, filters, onChange }: Props) {
  const range = dateRangeOf(Object.values(canvas.edges));
  if (!range) return null;
  const min = monthIndex(range.min);
  const max = monthIndex(range.max);
  const { time } = filters;
  const from = time.from ? Math.max(min, monthIndex(time.from)) : min;
  const to = time.to ? Math.min(max, monthIndex(time.to)) : max;
  const set = (next: Partial<typeof time>) => onChange(setTimeWindow(filters, next));
  const active = isTimeWindowSet(time);
  const summary = !active
    ? `All dates, ${monthLabel(range.min)} – ${monthLabel(range.max)}`
    : time.from === null
      ? `As it stood in ${monthLabel(monthOf(to))}`
      : `${monthLabel(monthOf(from))} – ${monthLabel(monthOf(to))}`;

  return (
    <div className="time-slider">
      <div className="section-head">
        <h3>Time</h3>
        {active && (
          <button type="button" className="link-button" onClick={() => set({ from: null, to: null })}>
            reset
          </button>
        )}
      </div>
      <p className="time-summary" data-testid="time-summary">
        {summary}
      </p>
      <label className="range-row">
        <span>From</span>
        <input
          type="range"
          aria-label="From month"
          data-testid="time-from"
          min={min}
          max={max}
          value={from}
          onChange={(e) => {
            const value = Number(e.target.value);
            set({ from: value <= min ? null : monthOf(Math.min(value, to)) });
          }}
        />
      </label>
      <label className="range-row">
        <span>Until</span>
        <input
          type="range"
          aria-label="Until month"
          data-testid="time-to"
          min={min}
          max={max}
          value={to}
          onChange={(e) => {
            const value = Number(e.target.value);
            set({ to: value >= max ? null : monthOf(Math.max(value, from)) });
          }}
        />
      </label>
      <label className="check-row">
        <input
          type="checkbox"
          checked={time.includeUndated}
          onChange={(e) => set({ includeUndated: e.target.checked })}
        />
        Keep undated relations while a period is set
      </label>
    </div>
  );
}
