// A snapshot of the drawing to export: entities and relations with their on-screen pixel positions,
// sizes, colours and labels, as the renderer drew them. Pure data, so the SVG writer needs no sigma.

export interface SceneNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  /** Radius (half the side for squares) in pixels. */
  size: number;
  color: string;
  shape: "circle" | "square";
  /** The label as drawn, or null where the renderer shows none. */
  label: string | null;
  /** Which side of the entity the label sits on (right when not said). */
  labelSide?: "right" | "left" | "below" | "above";
  highlighted: boolean;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  stance: string;
  /** How sure the evidence is: only "confirmed" is drawn solid, every other status dashed. */
  status: string;
  color: string;
  /** Stroke width in pixels. */
  width: number;
  /** An undirected relation: drawn up to the target's disc with no arrowhead. */
  undirected?: boolean;
  /** Bend of a parallel relation (as @sigma/edge-curve reads it), null for a straight one. */
  curvature: number | null;
  label: string | null;
  /** Drawn faded because something else has the focus (a path, a hovered entity). */
  dimmed: boolean;
}

export interface ExportScene {
  width: number;
  height: number;
  /** In drawing order: later ones on top. */
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Names of the entities drawn without a label (no room beside them), listed under the picture. */
  unlabelled?: string[];
}

/**
 * Scales and centres the chosen entities into a frame of the given size. Positions move, sizes stay
 * as on screen, so labels keep their size. Relations follow their ends; others are dropped.
 */
export function frameScene(
  scene: ExportScene,
  keep: ReadonlySet<string>,
  frame: { width: number; height: number; padding: number; labelWidth(node: SceneNode): number },
): ExportScene {
  const nodes = scene.nodes.filter((n) => keep.has(n.id));
  const edges = scene.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  if (nodes.length === 0) return { width: frame.width, height: frame.height, nodes: [], edges: [] };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  // Room around the centres for the discs themselves and for labels, which run to the right.
  const left = Math.max(...nodes.map((n) => n.size));
  const right = Math.max(...nodes.map((n) => n.size + (n.label ? 3 + frame.labelWidth(n) : 0)));
  const roomX = Math.max(1, frame.width - 2 * frame.padding - left - right);
  const roomY = Math.max(1, frame.height - 2 * frame.padding - 2 * left);
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  // Never blow a small selection up more than threefold: two entities should not sit at the corners.
  const zoom = Math.min(3, spanX > 0 ? roomX / spanX : 3, spanY > 0 ? roomY / spanY : 3);
  const offsetX = frame.padding + left + (roomX - spanX * zoom) / 2;
  const offsetY = frame.padding + left + (roomY - spanY * zoom) / 2;
  return {
    width: frame.width,
    height: frame.height,
    nodes: nodes.map((n) => ({ ...n, x: offsetX + (n.x - minX) * zoom, y: offsetY + (n.y - minY) * zoom })),
    edges,
  };
}

/** Keeps what lies within the frame (with a margin for discs and labels) and the relations touching it. */
export function cropScene(scene: ExportScene, margin = 40): ExportScene {
  const inside = (n: SceneNode) =>
    n.x + n.size >= -margin &&
    n.y + n.size >= -margin &&
    n.x - n.size <= scene.width + margin &&
    n.y - n.size <= scene.height + margin;
  const shown = new Map(scene.nodes.map((n) => [n.id, n]));
  const keptNodes = new Set(scene.nodes.filter(inside).map((n) => n.id));
  const edges = scene.edges.filter((e) => {
    if (keptNodes.has(e.source) || keptNodes.has(e.target)) return true;
    const a = shown.get(e.source);
    const b = shown.get(e.target);
    return a && b && segmentCrossesBox(a, b, scene.width, scene.height);
  });
  // A relation that crosses the frame needs both ends to be drawn, even if they lie outside it.
  for (const e of edges) {
    keptNodes.add(e.source);
    keptNodes.add(e.target);
  }
  return { ...scene, nodes: scene.nodes.filter((n) => keptNodes.has(n.id)), edges };
}

function segmentCrossesBox(a: { x: number; y: number }, b: { x: number; y: number }, w: number, h: number): boolean {
  // Sampling is enough here: the question is only whether a line is worth keeping in the file.
  for (let i = 0; i <= 16; i += 1) {
    const x = a.x + ((b.x - a.x) * i) / 16;
    const y = a.y + ((b.y - a.y) * i) / 16;
    if (x >= 0 && x <= w && y >= 0 && y <= h) return true;
  }
  return false;
}
