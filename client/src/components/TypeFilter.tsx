// Relation types on the canvas with their counts; unticking one hides those relations.
import { RELATION_TYPE_INFO, type RelationType } from "../../../graph/model/vocabulary-constants.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { toggleType, type FilterState } from "../core/filters/filters.js";
import { STANCE_COLORS, relationLabel } from "../sigma/palette.js";

interface Props {
  canvas: CanvasState;
  filters: FilterState;
  onChange(filters: FilterState): void;
}

export function TypeFilter({ canvas, filters, onChange }: Props) {
  const counts = new Map<RelationType, number>();
  for (const edge of Object.values(canvas.edges)) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
  const types = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  if (types.length === 0) return null;
  const allOn = filters.hiddenTypes.length === 0;
  return (
    <div className="type-filter">
      <div className="section-head">
        <h3>Relation types</h3>
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ ...filters, hiddenTypes: allOn ? types : [] })}
        >
          {allOn ? "none" : "all"}
        </button>
      </div>
      <ul className="type-list">
        {types.map((type) => (
          <li key={type}>
            <label>
              <input
                type="checkbox"
                checked={!filters.hiddenTypes.includes(type)}
                onChange={() => onChange(toggleType(filters, type))}
              />
              <span className="dot" style={{ background: STANCE_COLORS[RELATION_TYPE_INFO[type].stance] }} />
              <span className="legend-name">{relationLabel(type)}</span>
              <span className="legend-count">{counts.get(type)}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
