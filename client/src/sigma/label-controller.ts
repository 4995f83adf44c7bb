// Keeps the label placement in step with what sigma draws: once the view rests after a change (camera,
// canvas, view, hover), places the labels of the entities in view (label-placement.ts) and, when that
// changed, has sigma redraw those entities with their new label sides.
import { createTextMeasure } from "../export/measure-text.js";
import type { ExplorerSigma } from "./canvas-controller.js";
import type { ExplorerGraph } from "./graph-sync.js";
import {
  labelPriority,
  placeLabels,
  samePlacement,
  type LabelCandidate,
  type LabelPlacement,
} from "./label-placement.js";
import type { HoverState, RenderView } from "./reducers.js";

export const LABEL_FONT_SIZE = 12;
const LABEL_HEIGHT = LABEL_FONT_SIZE * 1.25;

export function createLabelController(
  sigma: ExplorerSigma,
  graph: ExplorerGraph,
  getView: () => RenderView,
  getHover: () => HoverState,
) {
  const measure = createTextMeasure();
  const widths = new Map<string, number>();
  const widthOf = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = measure(text, LABEL_FONT_SIZE, 500);
      widths.set(text, width);
    }
    return width;
  };
  let placement: LabelPlacement | null = null;
  let waiting = 0;
  let killed = false;

  let lastCamera = "";
  /** Moving by hand or by a glide, or a camera code set since the last frame (a script, a benchmark orbit). */
  const isMoving = () => {
    const state = sigma.getGraphState();
    const { x, y, ratio, angle } = sigma.getCamera().getState();
    const camera = `${x},${y},${ratio},${angle}`;
    const moved = camera !== lastCamera;
    lastCamera = camera;
    return moved || sigma.getCamera().isAnimating() || state.isPanning || state.isZooming || state.isDragging;
  };

  function place(): LabelPlacement {
    const view = getView();
    const hover = getHover();
    const { width, height } = sigma.getDimensions();
    const candidates: LabelCandidate[] = [];
    const discs: { id: string; x: number; y: number; radius: number }[] = [];
    graph.forEachNode((id) => {
      const data = sigma.getNodeDisplayData(id);
      if (!data || data.visibility === "hidden") return;
      const point = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      if (point.x < -radius || point.y < -radius || point.x > width + radius || point.y > height + radius) return;
      discs.push({ id, x: point.x, y: point.y, radius });
      // A dimmed entity (outside the hovered neighbourhood or the path) has no label to place.
      if (!data.label) return;
      const focus = hover.node === id || (hover.node !== null && graph.areNeighbors(hover.node, id));
      candidates.push({
        id,
        x: point.x,
        y: point.y,
        radius,
        width: widthOf(data.label),
        height: LABEL_HEIGHT,
        priority: labelPriority({
          hovered: focus,
          selected: view.selectedNodes.has(id),
          onPath: view.path?.nodes.has(id) ?? false,
          degree: graph.degree(id),
        }),
      });
    });
    return placeLabels(candidates, { width, height }, discs);
  }

  /** Places the labels now; answers whether that asked sigma for a frame (the placement changed). */
  function apply(): boolean {
    const next = place();
    if (samePlacement(placement, next)) return false;
    const changed = new Set<string>();
    for (const [id, side] of next) if (placement?.get(id) !== side) changed.add(id);
    for (const id of placement?.keys() ?? []) if (!next.has(id)) changed.add(id);
    const first = placement === null;
    placement = next;
    if (first) sigma.refresh({ skipIndexation: true });
    else sigma.refresh({ partialGraph: { nodes: [...changed] }, skipIndexation: true });
    return true;
  }

  function update() {
    waiting = 0;
    if (killed) return;
    if (isMoving()) {
      waiting = requestAnimationFrame(update);
      return;
    }
    apply();
  }

  // Every frame may follow a change; placing waits for the frame after, so a burst of frames costs one.
  const afterRender = () => {
    if (waiting === 0) waiting = requestAnimationFrame(update);
  };
  sigma.on("afterRender", afterRender);

  return {
    placement: () => placement,
    /**
     * The view came to rest: places the labels before the whole frame is drawn, so that frame has them
     * (without a GPU a whole frame of a large canvas costs seconds; one, not two). False when sigma was
     * not asked for a frame.
     */
    placeAtRest: () => !killed && apply(),
    kill() {
      killed = true;
      sigma.off("afterRender", afterRender);
      cancelAnimationFrame(waiting);
    },
  };
}
