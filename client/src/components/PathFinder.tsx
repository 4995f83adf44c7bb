// The path finder: from / via / to with suggestions, a hop limit, how well established each step must be,
// relation type, stance and date limits and how many paths; the canvas filters narrow it further. The
// answers are listed step by step in words, the chosen one highlighted on the canvas.
import type { SupportLevel } from "../../../graph/model/support.js";
import { RELATION_TYPES, STANCES, type RelationType, type Stance } from "../../../graph/model/vocabulary-constants.js";
import type { SearchHit } from "../api/types.js";
import type { FilterState } from "../core/filters/filters.js";
import { pathQueryOf } from "../core/paths/path-query.js";
import * as pathOps from "../core/paths/paths.js";
import type { PathField, PathsState } from "../core/paths/paths.js";
import { relationLabel } from "../sigma/palette.js";
import { EntityPicker } from "./EntityPicker.js";
import { PathResults } from "./PathResults.js";

interface Props {
  paths: PathsState;
  filters: FilterState;
  selectedEdges: readonly string[];
  busy: boolean;
  onChange(update: (paths: PathsState) => PathsState): void;
  onFind(): void;
  onShowStep(pathIndex: number, edgeId: string): void;
}

const SUPPORT_CHOICES: { level: SupportLevel; label: string }[] = [
  { level: "confirmed", label: "Confirmed only" },
  { level: "reported", label: "Confirmed + reported" },
  { level: "all", label: "All" },
];

/** What the canvas filters leave out of every path, in words; null when they leave out nothing. */
function canvasLimitsOf(filters: FilterState): string | null {
  const hidden = [
    ...filters.hiddenStatuses,
    ...filters.hiddenStances,
    ...filters.hiddenTypes.map((type) => relationLabel(type)),
  ];
  return hidden.length > 0 ? hidden.join(", ") : null;
}

const FIELDS: { field: PathField; label: string; placeholder: string }[] = [
  { field: "from", label: "From", placeholder: "Start, e.g. Donald Trump" },
  { field: "via", label: "Via (optional)", placeholder: "A waypoint, e.g. JEDI" },
  { field: "to", label: "To", placeholder: "End, e.g. Microsoft" },
];

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function PathFinder({ paths, filters, selectedEdges, busy, onChange, onFind, onShowStep }: Props) {
  const asked = pathQueryOf(paths, filters);
  const canvasLimits = canvasLimitsOf(filters);
  const setField = (field: PathField) => (hit: SearchHit | null) =>
    onChange((p) => pathOps.setEndpoint(p, field, hit ? { id: hit.id, name: hit.name, kind: hit.kind } : null));

  return (
    <form
      className="path-finder"
      onSubmit={(e) => {
        e.preventDefault();
        if ("query" in asked) onFind();
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
              onChange((p) => pathOps.setLimits(p, { maxHops: Math.max(1, Math.min(10, Number(e.target.value) || 1)) }))
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
            onChange={(e) =>
              onChange((p) => pathOps.setLimits(p, { k: Math.max(1, Math.min(10, Number(e.target.value) || 1)) }))
            }
          />
        </label>
      </div>
      <fieldset className="field support-choice">
        <legend className="field-label">Every step at least</legend>
        {SUPPORT_CHOICES.map(({ level, label }) => (
          <label key={level} className="radio">
            <input
              type="radio"
              name="path-support"
              value={level}
              checked={paths.support === level}
              onChange={() => onChange((p) => pathOps.setLimits(p, { support: level }))}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <span className="field-label">Only stances</span>
        <div className="chips">
          {STANCES.map((stance: Stance) => (
            <button
              key={stance}
              type="button"
              className={paths.stances.includes(stance) ? "chip on" : "chip"}
              aria-pressed={paths.stances.includes(stance)}
              onClick={() => onChange((p) => pathOps.setLimits(p, { stances: toggled(p.stances, stance) }))}
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
            onChange((p) =>
              pathOps.setLimits(p, { types: [...e.target.selectedOptions].map((o) => o.value as RelationType) }),
            )
          }
        >
          {RELATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {relationLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <div className="field-grid">
        <label className="field">
          <span className="field-label">Valid at (optional)</span>
          <input
            type="text"
            inputMode="numeric"
            placeholder="e.g. 2019-10"
            value={paths.at}
            onChange={(e) => onChange((p) => pathOps.setLimits(p, { at: e.target.value }))}
          />
        </label>
        <label className="field checkbox">
          <input
            type="checkbox"
            checked={paths.chronological}
            onChange={(e) => onChange((p) => pathOps.setLimits(p, { chronological: e.target.checked }))}
          />
          <span>Steps in time order</span>
        </label>
      </div>
      <p className="hint" data-testid="path-co-mentions">
        Two entities named in the same article are not counted as connected, unless you choose “mentions” under relation
        types.
      </p>
      {canvasLimits && (
        <p className="hint" data-testid="path-canvas-filters">
          Hidden in Filters, so no path uses them: {canvasLimits}.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={"problem" in asked || busy}>
          Find paths
        </button>
        <button type="button" onClick={() => onChange(pathOps.swapEnds)} disabled={!paths.from && !paths.to}>
          Swap ends
        </button>
      </div>
      {"problem" in asked && (
        <p className="hint" data-testid="path-problem">
          {asked.problem}
        </p>
      )}
      <PathResults paths={paths} selectedEdges={selectedEdges} onChange={onChange} onShowStep={onShowStep} />
    </form>
  );
}
