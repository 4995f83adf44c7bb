// The line under the canvas: how much of the canvas the filters show, and what is going on.
import type { ReactNode } from "react";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { Visibility } from "../core/filters/visibility.js";

interface Props {
  canvas: CanvasState;
  visibility: Visibility;
  layoutRunning: boolean;
  /** Sigma's camera ratio (1: the whole graph), once the camera has moved. */
  cameraRatio: number | null;
  onShowHidden(): void;
  /** What part of the store the canvas holds, said first. */
  children?: ReactNode;
}

export function StatusBar({ canvas, visibility, layoutRunning, onShowHidden, children }: Props) {
  const nodes = Object.keys(canvas.nodes).length;
  const edges = Object.keys(canvas.edges).length;
  return (
    <div className="status-bar" data-testid="status-bar">
      {children}
      <span data-testid="status-counts">
        {visibility.nodes.size} of {nodes} entities · {visibility.edges.size} of {edges} relations shown
      </span>
      {canvas.hidden.length > 0 && (
        <button type="button" className="link-button" onClick={onShowHidden}>
          {canvas.hidden.length} hidden: show
        </button>
      )}
      {layoutRunning && <span className="pulse">Laying out…</span>}
    </div>
  );
}
