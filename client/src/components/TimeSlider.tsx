// The time slider: one range control over the months the canvas's relations are dated in, with a
// histogram of those dates under it and a play button that moves the window's end month by month.
// The window hides relations outside it and the entities it leaves without relation or date.
import { useEffect, useMemo, useState } from "react";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { setTimeWindow, type FilterState } from "../core/filters/filters.js";
import { relationHistogram } from "../core/filters/time-histogram.js";
import { dateRangeOf, isTimeWindowSet, monthIndex, monthLabel, monthOf } from "../core/filters/time.js";
import "./time-slider.css";

const BINS = 48;
const PLAY_STEP_MS = 350;

interface Props {
  canvas: CanvasState;
  filters: FilterState;
  onChange(filters: FilterState): void;
}

export function TimeSlider({ canvas, filters, onChange }: Props) {
  const edges = useMemo(() => Object.values(canvas.edges), [canvas.edges]);
  const range = useMemo(() => dateRangeOf(edges), [edges]);
  const min = range ? monthIndex(range.min) : 0;
  const max = range ? monthIndex(range.max) : 0;
  const histogram = useMemo(() => relationHistogram(edges, min, max, BINS), [edges, min, max]);
  const [playRequested, setPlaying] = useState(false);
  const { time } = filters;
  const from = time.from ? Math.max(min, monthIndex(time.from)) : min;
  const to = time.to ? Math.min(max, monthIndex(time.to)) : max;
  // Playing ends by itself at the last month.
  const playing = playRequested && to < max;

  useEffect(() => {
    if (!playing || to >= max) return;
    const timer = setTimeout(() => {
      const next = to + 1;
      onChange(setTimeWindow(filters, { to: next >= max ? null : monthOf(next) }));
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, to, max, filters, onChange]);

  if (!range) return null;
  const set = (next: Partial<typeof time>) => onChange(setTimeWindow(filters, next));
  const active = isTimeWindowSet(time);
  const summary = !active
    ? `All dates, ${monthLabel(range.min)} – ${monthLabel(range.max)}`
    : time.from === null
      ? `As it stood in ${monthLabel(monthOf(to))}`
      : `${monthLabel(monthOf(from))} – ${monthLabel(monthOf(to))}`;
  const tallest = Math.max(1, ...histogram);
  const span = Math.max(1, max - min);
  const inWindow = (bin: number) => {
    const month = min + ((bin + 0.5) / BINS) * (max - min + 1);
    return month >= from && month <= to + 1;
  };
  const play = () => {
    // Play from the window's start, or from the first month when the end is already at the last one.
    if (to >= max) set({ to: monthOf(Math.max(from, min)) });
    setPlaying(true);
  };

  return (
    <div className="time-slider">
      <div className="section-head">
        <h3>Time</h3>
        {active && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setPlaying(false);
              set({ from: null, to: null });
            }}
          >
            reset
          </button>
        )}
      </div>
      <div className="time-head">
        <p className="time-summary" data-testid="time-summary">
          {summary}
        </p>
        <button
          type="button"
          className="chip"
          data-testid="time-play"
          aria-pressed={playing}
          onClick={() => (playing ? setPlaying(false) : play())}
        >
          {playing ? "❚❚ Pause" : "▶ Play"}
        </button>
      </div>
      <div className="time-range">
        <div className="time-histogram" aria-hidden="true" data-testid="time-histogram">
          {histogram.map((count, bin) => (
            <span
              key={bin}
              className={inWindow(bin) ? "bar in" : "bar"}
              style={{ height: `${count === 0 ? 0 : Math.max(6, (count / tallest) * 100)}%` }}
              title={`${count} relations`}
            />
          ))}
        </div>
        <div
          className="time-window"
          style={{ left: `${((from - min) / span) * 100}%`, right: `${((max - to) / span) * 100}%` }}
        />
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
        <input
          type="range"
          aria-label="Until month"
          data-testid="time-to"
          min={min}
          max={max}
          value={to}
          onChange={(e) => {
            setPlaying(false);
            const value = Number(e.target.value);
            set({ to: value >= max ? null : monthOf(Math.max(value, from)) });
          }}
        />
      </div>
      <div className="time-ends" aria-hidden="true">
        <span>{monthLabel(range.min)}</span>
        <span>{monthLabel(range.max)}</span>
      </div>
      <label className="check-row">
        <input
          type="checkbox"
          checked={time.includeUndated}
          onChange={(e) => set({ includeUndated: e.target.checked })}
        />
        Keep undated relations while a period is set
      </label>
      <label className="check-row">
        <input
          type="checkbox"
          data-testid="time-keep-unrelated"
          checked={time.keepUnrelated ?? false}
          onChange={(e) => set({ keepUnrelated: e.target.checked })}
        />
        Keep entities with no relation or date in the period
      </label>
    </div>
  );
}
