// Where each entity's label goes at the current zoom: the most important entities first (selection,
// path, hover, then hubs), each label on the first side of its disc (right, left, below, above) where it
// stays inside the canvas and overlaps no label placed before it nor another entity's disc. Sigma's own
// grid keeps one label per cell and lets forced labels pile up and run off the edge; this replaces it.

export type LabelSide = "right" | "left" | "below" | "above";
export type LabelPlacement = ReadonlyMap<string, LabelSide>;

export interface LabelCandidate {
  id: string;
  /** Centre and radius of the entity's disc, in viewport pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's size in pixels. */
  width: number;
  height: number;
  /** Higher goes first: see labelPriority. */
  priority: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Sigma's gap between a disc and its label, in pixels. */
export const LABEL_MARGIN = 5;
/** Room kept free around each label, so that neighbouring labels do not touch. */
const LABEL_PADDING = 2;
const SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];
const CELL = 64;
/** The share of candidates, in order of importance, labelled over other discs when nothing else fits. */
const MUST_LABEL_SHARE = 0.15;
const MUST_LABEL_MIN = 5;

export function labelPriority(flags: { selected: boolean; onPath: boolean; hovered: boolean; degree: number }): number {
  return (flags.hovered ? 4e6 : 0) + (flags.selected ? 2e6 : 0) + (flags.onPath ? 1e6 : 0) + flags.degree;
}

export function labelBox(c: LabelCandidate, side: LabelSide): Box {
  const gap = c.radius + LABEL_MARGIN;
  switch (side) {
    case "right":
      return { x1: c.x + gap, y1: c.y - c.height / 2, x2: c.x + gap + c.width, y2: c.y + c.height / 2 };
    case "left":
      return { x1: c.x - gap - c.width, y1: c.y - c.height / 2, x2: c.x - gap, y2: c.y + c.height / 2 };
    case "below":
      return { x1: c.x - c.width / 2, y1: c.y + gap, x2: c.x + c.width / 2, y2: c.y + gap + c.height };
    case "above":
      return { x1: c.x - c.width / 2, y1: c.y - gap - c.height, x2: c.x + c.width / 2, y2: c.y - gap };
  }
}

/** A coarse grid of boxes, so each test looks only at its neighbourhood. */
function createBoxGrid() {
  const cells = new Map<string, { box: Box; owner: string }[]>();
  const keysOf = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  };
  return {
    add(box: Box, owner: string) {
      for (const key of keysOf(box)) {
        const list = cells.get(key);
        if (list) list.push({ box, owner });
        else cells.set(key, [{ box, owner }]);
      }
    },
    hits(box: Box, self: string) {
      for (const key of keysOf(box)) {
        for (const other of cells.get(key) ?? []) {
          if (other.owner === self) continue;
          if (box.x1 < other.box.x2 && other.box.x1 < box.x2 && box.y1 < other.box.y2 && other.box.y1 < box.y2)
            return true;
        }
      }
      return false;
    },
  };
}

/**
 * Places as many labels as fit. `viewport` is the canvas; a label that would cross its edge goes to
 * another side or is left out, never clipped. `obstacles` are the discs of every entity drawn, labelled
 * or not (a label over a disc hides the entity).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  obstacles: readonly { id: string; x: number; y: number; radius: number }[] = candidates,
): Map<string, LabelSide> {
  const taken = createBoxGrid();
  for (const o of obstacles) {
    taken.add({ x1: o.x - o.radius, y1: o.y - o.radius, x2: o.x + o.radius, y2: o.y + o.radius }, o.id);
  }
  const placed = new Map<string, LabelSide>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const labels = createBoxGrid();
  const tryPlace = (candidate: LabelCandidate, overDiscs: boolean): boolean => {
    for (const side of SIDES) {
      const box = labelBox(candidate, side);
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > viewport.width || box.y2 > viewport.height) continue;
      const padded = {
        x1: box.x1 - LABEL_PADDING,
        y1: box.y1 - LABEL_PADDING,
        x2: box.x2 + LABEL_PADDING,
        y2: box.y2 + LABEL_PADDING,
      };
      if (labels.hits(padded, candidate.id) || (!overDiscs && taken.hits(padded, candidate.id))) continue;
      labels.add(box, candidate.id);
      taken.add(box, candidate.id);
      placed.set(candidate.id, side);
      return true;
    }
    return false;
  };
  // The entities that matter most (the first few in order: the focus, then the hubs, which sit in the
  // thick of things) get a label even over a neighbour's disc when nothing else fits; the label's backing
  // keeps it readable.
  const important = Math.max(MUST_LABEL_MIN, Math.ceil(ordered.length * MUST_LABEL_SHARE));
  ordered.forEach((candidate, rank) => {
    if (!tryPlace(candidate, false) && rank < important) tryPlace(candidate, true);
  });
  return placed;
}

export function samePlacement(a: LabelPlacement | null, b: LabelPlacement): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [id, side] of b) if (a.get(id) !== side) return false;
  return true;
}
