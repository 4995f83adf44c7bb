// What the analyst chose to see: kinds, stances, relation types and statuses switched off, a time
// window over relation dates, and the "Rivalries" / "Partnerships" views built from those.
import type { EntityKind, RelationStatus, RelationType, Stance } from "../../../../graph/model/index.js";

export interface TimeWindow {
  /** YYYY-MM, inclusive; null = no lower bound. */
  from: string | null;
  /** YYYY-MM, inclusive; null = no upper bound. */
  to: string | null;
  /** Whether relations without a date stay visible while a window is set. */
  includeUndated: boolean;
  /** Whether entities with no relation and no date of their own in the window stay while it is set. */
  keepUnrelated?: boolean;
}

export interface FilterState {
  hiddenKinds: EntityKind[];
  hiddenStances: Stance[];
  hiddenTypes: RelationType[];
  hiddenStatuses: RelationStatus[];
  time: TimeWindow;
  /** Drop entities left without any visible relation (on in the stance views). */
  hideIsolated: boolean;
}

export type ViewName = "all" | "rivalries" | "partnerships";

export function getEmptyFilterState(): FilterState {
  return {
    hiddenKinds: [],
    hiddenStances: [],
    hiddenTypes: [],
    hiddenStatuses: [],
    time: { from: null, to: null, includeUndated: true },
    hideIsolated: false,
  };
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const toggleKind = (state: FilterState, kind: EntityKind): FilterState => ({
  ...state,
  hiddenKinds: toggled(state.hiddenKinds, kind),
});

export const toggleStance = (state: FilterState, stance: Stance): FilterState => ({
  ...state,
  hiddenStances: toggled(state.hiddenStances, stance),
});

export const toggleType = (state: FilterState, type: RelationType): FilterState => ({
  ...state,
  hiddenTypes: toggled(state.hiddenTypes, type),
});

export const toggleStatus = (state: FilterState, status: RelationStatus): FilterState => ({
  ...state,
  hiddenStatuses: toggled(state.hiddenStatuses, status),
});

export const setTimeWindow = (state: FilterState, time: Partial<TimeWindow>): FilterState => ({
  ...state,
  time: { ...state.time, ...time },
});

/** A view is a stance filter plus hiding what it leaves unconnected. */
export function applyView(state: FilterState, view: ViewName): FilterState {
  switch (view) {
    case "all":
      return { ...state, hiddenStances: [], hideIsolated: false };
    case "rivalries":
      return { ...state, hiddenStances: ["partnership", "neutral"], hideIsolated: true };
    case "partnerships":
      return { ...state, hiddenStances: ["rivalry", "neutral"], hideIsolated: true };
  }
}

export function viewOf(state: FilterState): ViewName | null {
  const hidden = [...state.hiddenStances].sort().join(",");
  if (hidden === "") return "all";
  if (hidden === "neutral,partnership") return "rivalries";
  if (hidden === "neutral,rivalry") return "partnerships";
  return null;
}

export function isFiltering(state: FilterState): boolean {
  const empty = getEmptyFilterState();
  return JSON.stringify({ ...state }) !== JSON.stringify(empty);
}
