// The legend is also the filter: each kind, stance and status shows its colour and count on the
// canvas, and a click hides or shows it.
import {
  ENTITY_KINDS,
  RELATION_STATUSES,
  STANCES,
  type RelationStatus,
} from "../../../graph/model/vocabulary-constants.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { toggleKind, toggleStance, toggleStatus, type FilterState } from "../core/filters/filters.js";
import { KIND_COLORS, KIND_SHAPES, STANCE_COLORS, STATUS_STYLE, withAlpha } from "../sigma/palette.js";

interface Props {
  canvas: CanvasState;
  filters: FilterState;
  onChange(filters: FilterState): void;
}

function countBy<T, K extends string>(items: Iterable<T>, key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function Legend({ canvas, filters, onChange }: Props) {
  const kinds = countBy(Object.values(canvas.nodes), (n) => n.kind);
  const stances = countBy(Object.values(canvas.edges), (e) => e.stance);
  const statuses = countBy(Object.values(canvas.edges), (e) => e.status);

  return (
    <div className="legend">
      <h3>Entities</h3>
      <ul className="legend-list" aria-label="Entity kinds">
        {ENTITY_KINDS.filter((k) => kinds.has(k)).map((kind) => {
          const off = filters.hiddenKinds.includes(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                className={off ? "legend-item off" : "legend-item"}
                aria-pressed={!off}
                title={off ? `Show ${kind} entities` : `Hide ${kind} entities`}
                onClick={() => onChange(toggleKind(filters, kind))}
              >
                <span className={`swatch ${KIND_SHAPES[kind]}`} style={{ background: KIND_COLORS[kind] }} />
                <span className="legend-name">{kind}</span>
                <span className="legend-count">{kinds.get(kind)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h3>Relations by stance</h3>
      <ul className="legend-list" aria-label="Stances">
        {STANCES.map((stance) => {
          const off = filters.hiddenStances.includes(stance);
          return (
            <li key={stance}>
              <button
                type="button"
                className={off ? "legend-item off" : "legend-item"}
                aria-pressed={!off}
                data-testid={`legend-stance-${stance}`}
                onClick={() => onChange(toggleStance(filters, stance))}
              >
                <span className="line-swatch" style={{ background: STANCE_COLORS[stance] }} />
                <span className="legend-name">{stance}</span>
                <span className="legend-count">{stances.get(stance) ?? 0}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <h3>Relations by status</h3>
      <ul className="legend-list" aria-label="Statuses">
        {RELATION_STATUSES.filter((s) => statuses.has(s)).map((status) => {
          const off = filters.hiddenStatuses.includes(status);
          const style = STATUS_STYLE[status];
          return (
            <li key={status}>
              <button
                type="button"
                className={off ? "legend-item off" : "legend-item"}
                aria-pressed={!off}
                onClick={() => onChange(toggleStatus(filters, status))}
              >
                <span
                  className="line-swatch"
                  style={{ background: statusSwatch(status, style.alpha), height: `${Math.max(1, style.width)}px` }}
                />
                <span className="legend-name">{style.label}</span>
                <span className="legend-count">{statuses.get(status)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Solid for confirmed, dashed for every other status, as the canvas draws them. */
function statusSwatch(status: RelationStatus, alpha: number): string {
  const ink = withAlpha("#334155", Math.max(alpha, 0.5));
  if (status === "confirmed") return ink;
  return `repeating-linear-gradient(90deg, ${ink} 0 4px, transparent 4px 7px)`;
}
