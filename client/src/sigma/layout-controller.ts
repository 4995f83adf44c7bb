// Runs ForceAtlas2 in a web worker and stops it once the layout settles (little movement left) or
// after a time budget, so the canvas comes to rest by itself.
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ExplorerGraph } from "./graph-sync.js";

export interface LayoutController {
  /** `hold`: entities kept where they are for this run only (those drawn before an expand or import). */
  start(hold?: ReadonlySet<string>): void;
  stop(): void;
  isRunning(): boolean;
  /** Pinned nodes are read when the worker starts, so a change restarts it. */
  restartIfRunning(): void;
  kill(): void;
}

const CHECK_EVERY_MS = 250;
const SETTLED_MOVEMENT = 0.0006;

function snapshot(graph: ExplorerGraph): Map<string, [number, number]> {
  const positions = new Map<string, [number, number]>();
  graph.forEachNode((id, a) => positions.set(id, [a.x, a.y]));
  return positions;
}

/** Mean movement since the last check, as a share of the drawing's size. */
function relativeMovement(graph: ExplorerGraph, before: Map<string, [number, number]>): number {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity,
    moved = 0;
  graph.forEachNode((id, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
    const [x, y] = before.get(id) ?? [a.x, a.y];
    moved += Math.hypot(a.x - x, a.y - y);
  });
  const extent = Math.max(1e-9, Math.hypot(maxX - minX, maxY - minY));
  return moved / Math.max(1, graph.order) / extent;
}

export function createLayoutController(graph: ExplorerGraph, onChange: (running: boolean) => void): LayoutController {
  const settings = {
    ...forceAtlas2.inferSettings(Math.max(graph.order, 50)),
    adjustSizes: false,
    barnesHutOptimize: false,
    gravity: 1,
    scalingRatio: 8,
    slowDown: 5,
  };
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
  let timer: ReturnType<typeof setInterval> | null = null;
  let held: string[] = [];

  const release = () => {
    for (const id of held) if (graph.hasNode(id)) graph.setNodeAttribute(id, "fixed", false);
    held = [];
  };

  const stopWatching = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };

  const controller: LayoutController = {
    start(hold) {
      if (graph.order === 0) return;
      stopWatching();
      release();
      for (const id of hold ?? []) {
        if (!graph.hasNode(id) || graph.getNodeAttribute(id, "fixed")) continue;
        graph.setNodeAttribute(id, "fixed", true);
        held.push(id);
      }
      supervisor.start();
      onChange(true);
      const startedAt = performance.now();
      const budgetMs = Math.min(8000, 1500 + graph.order * 30);
      let before = snapshot(graph);
      timer = setInterval(() => {
        const movement = relativeMovement(graph, before);
        before = snapshot(graph);
        const elapsed = performance.now() - startedAt;
        if (elapsed > budgetMs || (elapsed > 1500 && movement < SETTLED_MOVEMENT)) controller.stop();
      }, CHECK_EVERY_MS);
    },
    stop() {
      stopWatching();
      if (supervisor.isRunning()) supervisor.stop();
      release();
      onChange(false);
    },
    isRunning: () => supervisor.isRunning(),
    restartIfRunning() {
      if (!supervisor.isRunning()) return;
      supervisor.stop();
      controller.start();
    },
    kill() {
      stopWatching();
      supervisor.kill();
    },
  };
  return controller;
}
