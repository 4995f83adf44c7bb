// The path finder: from / via / to with suggestions, a hop limit, relation type and stance limits and
// how many paths; the answers listed step by step in words, the chosen one highlighted on the canvas.
import { RELATION_TYPES, STANCES, type RelationType, type Stance } from "../../../graph/model/vocabulary-constants.js";
import type { SearchHit } from "../api/types.js";
import * as pathOps from "../core/paths/paths.js";
import type { PathField, PathsState } from "../core/paths/paths.js";
import { relationLabel } from "../sigma/palette.js";
import { EntityPicker } from "./EntityPicker.js";

interface Props {
  paths: PathsState;
  busy: boolean;
  onChange(update: (paths: PathsState) => PathsState): void;
  onFind(): void;
}

const FIELDS: { field: PathField; label: string; placeholder: string }[] = [
  { field: "from", label: "From", placeholder: "Start, e.g. Donald Trump" },
  { field: "via", label: "Via (optional)", placeholder: "A waypoint, e.g. JEDI" },
  { field: "to", label: "To", placeholder: "End, e.g. Microsoft" },
];

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function PathFinder({ paths, busy, onChange, onFind }: Props) {
  const setField = (field: PathField) => (hit: SearchHit | null) =>
    onChange((p) => pathOps.setEndpoint(p, field, hit ? { id: hit.id, name: hit.name, kind: hit.kind } : null));

  return (
    <form
      className="path-finder"
      onSubmit={(e) => {
        e.preventDefault();
        if (pathOps.canSearchPaths(paths)) onFind();
      }}
    >
      {FIELDS.map(({ field, label, placeholder }) => (
        <div className="field" key={field}>
          <span className="field-label">{label}</span>
          <div className="field-row">
            <EntityPicker
              label={`Path ${field}`}
              testId={`path-${field}`}
              placeholder={placeholder}
              value={paths[field]?.name ?? ""}
              onPick={setField(field)}
            />
            {paths[field] && (
              <button
                type="button"
                className="icon-button"
                title={`Clear ${field}`}
                onClick={() => setField(field)(null)}
              >
                ×
              </button>
            )}
          </div>
        </div>
      ))}
      <div className="field-grid">
        <label className="field">
          <span className="field-label">Max hops</span>
          <input
            type="number"
            min={1}
            max={10}
            value={paths.maxHops}
            onChange={(e) =>
              onChange((p) => ({ ...p, maxHops: Math.max(1, Math.min(10, Number(e.target.value) || 1)) }))
            }
          />
        </label>
        <label className="field">
          <span className="field-label">Paths (k)</span>
          <input
            type="number"
            min={1}
            max={10}
            value={paths.k}
            onChange={(e) => onChange((p) => ({ ...p, k: Math.max(1, Math.min(10, Number(e.target.value) || 1)) }))}
          />
        </label>
      </div>
      <div className="field">
        <span className="field-label">Only stances</span>
        <div className="chips">
          {STANCES.map((stance: Stance) => (
            <button
              key={stance}
              type="button"
              className={paths.stances.includes(stance) ? "chip on" : "chip"}
              aria-pressed={paths.stances.includes(stance)}
              onClick={() => onChange((p) => ({ ...p, stances: toggled(p.stances, stance), results: null }))}
            >
              {stance}
            </button>
          ))}
        </div>
      </div>
      <label className="field">
        <span className="field-label">Only relation types</span>
        <select
          multiple
          size={4}
          value={paths.types}
          onChange={(e) =>
            onChange((p) => ({
              ...p,
              types: [...e.target.selectedOptions].map((o) => o.value as RelationType),
              results: null,
            }))
          }
        >
          {RELATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {relationLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={!pathOps.canSearchPaths(paths) || busy}>
          Find paths
        </button>
        <button type="button" onClick={() => onChange(pathOps.swapEnds)} disabled={!paths.from && !paths.to}>
          Swap ends
        </button>
      </div>
      {!pathOps.canSearchPaths(paths) && (
        <p className="hint">
          Pick a start and an end from the suggestions{paths.from && paths.to ? " (two different entities)" : ""}.
        </p>
      )}
      <PathResults paths={paths} onChange={onChange} />
    </form>
  );
}

function PathResults({ paths, onChange }: Pick<Props, "paths" | "onChange">) {
  if (paths.results === null) return null;
  if (paths.results.length === 0) {
    return (
      <p className="empty-note" data-testid="path-none">
        No path within {paths.maxHops} hops. Allow more hops or loosen the type and stance limits.
      </p>
    );
  }
  return (
    <ol className="path-results" data-testid="path-results">
      {paths.results.map((path, index) => (
        <li key={path.edgeIds.join("|") || index} className={index === paths.active ? "path active" : "path"}>
          <button type="button" className="path-head" onClick={() => onChange((p) => pathOps.setActivePath(p, index))}>
            Path {index + 1} · {path.length} {path.length === 1 ? "hop" : "hops"}
          </button>
          <ol className="path-steps">
            {path.steps.map((step, i) => (
              <li key={`${step.edgeId}-${i}`} data-testid="path-step">
                {step.text}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
