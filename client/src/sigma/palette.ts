// How kinds, stances and statuses look on the canvas and in the legend, in one place.
import type { EntityKind, RelationStatus, Stance } from "../../../graph/model/index.js";

export const KIND_COLORS: Record<EntityKind, string> = {
  Person: "#2f6fdf",
  Organization: "#7c4ddb",
  Contract: "#d98a0b",
  Product: "#0e9aa7",
  Place: "#5e9c1e",
  Event: "#d6418a",
  Source: "#64748b",
};

/** Documents and agreements are squares; actors, things and places are discs. */
export const KIND_SHAPES: Record<EntityKind, "circle" | "square"> = {
  Person: "circle",
  Organization: "circle",
  Contract: "square",
  Product: "circle",
  Place: "circle",
  Event: "circle",
  Source: "square",
};

export const STANCE_COLORS: Record<Stance, string> = {
  rivalry: "#dc2626",
  partnership: "#16a34a",
  neutral: "#94a3b8",
};

/** Confirmed ties are drawn solid and thick; second-hand and alleged ones fainter and thinner. */
export const STATUS_STYLE: Record<RelationStatus, { alpha: number; width: number; label: string }> = {
  confirmed: { alpha: 1, width: 2.4, label: "confirmed" },
  reported: { alpha: 0.7, width: 1.6, label: "reported" },
  negotiating: { alpha: 0.55, width: 1.3, label: "in negotiation" },
  planned: { alpha: 0.55, width: 1.3, label: "planned" },
  alleged: { alpha: 0.4, width: 1.1, label: "alleged" },
  denied: { alpha: 0.3, width: 1, label: "denied" },
};

export const DIMMED_NODE = "#dfe3ea";
export const DIMMED_EDGE = "rgba(203, 210, 221, 0.35)";
export const PATH_EDGE = "#f59e0b";

export function withAlpha(hex: string, alpha: number): string {
  const value = hex.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, " ");
}
