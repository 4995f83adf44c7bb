// The canvas: mounts the sigma controller once, feeds it the canvas state and the view, and reports
// clicks, drags and camera moves back up.
import { useEffect, useRef, useState } from "react";
import type { CameraState } from "sigma/types";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { Positions } from "../core/url-state/positions.js";
import type { CameraView } from "../core/url-state/url-state.js";
import { createCanvasController, type CanvasCallbacks, type CanvasController } from "../sigma/canvas-controller.js";
import type { ColorBy, RenderView } from "../sigma/reducers.js";
import { createTestHook, type ExplorerTestHook } from "../sigma/test-hook.js";

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
  }
}

type Callbacks = Omit<CanvasCallbacks, "onPositionsSettled"> & {
  /** Where entities rest after a layout or a drag (for the link). */
  onPositions(positions: Positions): void;
  /** The controller, for reading the drawing (export); null once unmounted. */
  onController(controller: CanvasController | null): void;
};

interface Props extends Callbacks {
  canvas: CanvasState;
  view: RenderView;
  fitRequest: { ids: string[]; at: number } | null;
  initialCamera: CameraView | null;
  /** A shared link's layout, applied to the first entities that arrive instead of running the layout. */
  initialPositions: Positions | null;
  layoutCommand: { run: boolean; at: number } | null;
}

export function GraphCanvas(props: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<CanvasController | null>(null);
  const callbacksRef = useRef<Callbacks>(props);
  const cameraPendingRef = useRef<CameraView | null>(props.initialCamera);
  const presetsRef = useRef<Positions | null>(props.initialPositions);
  const [colorBy, setColorBy] = useState<ColorBy>("kind");

  useEffect(() => {
    callbacksRef.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const forward: CanvasCallbacks = {
      onClickNode: (id, additive) => callbacksRef.current.onClickNode(id, additive),
      onDoubleClickNode: (id) => callbacksRef.current.onDoubleClickNode(id),
      onClickEdge: (id, additive) => callbacksRef.current.onClickEdge(id, additive),
      onClickStage: () => callbacksRef.current.onClickStage(),
      onNodeDragged: (id) => callbacksRef.current.onNodeDragged(id),
      onCameraChange: (camera: CameraState) => callbacksRef.current.onCameraChange(camera),
      onLayoutChange: (running) => {
        // A shared view's camera is relative to the drawing, so it is applied once the layout rests.
        const camera = cameraPendingRef.current;
        if (!running && camera && controllerRef.current) {
          cameraPendingRef.current = null;
          controllerRef.current.sigma.getCamera().setState(camera);
        }
        callbacksRef.current.onLayoutChange(running);
      },
      onPositionsSettled: () => {
        if (controllerRef.current) callbacksRef.current.onPositions(controllerRef.current.positions());
      },
    };
    const controller = createCanvasController(container, props.view, forward);
    controllerRef.current = controller;
    // Only a `vite build --mode test` has the hook; in production the condition is a constant and Vite drops it.
    if (import.meta.env.MODE === "test") window.__explorer = createTestHook(controller);
    callbacksRef.current.onController(controller);
    return () => {
      callbacksRef.current.onController(null);
      controller.kill();
      controllerRef.current = null;
      if (import.meta.env.MODE === "test") delete window.__explorer;
    };
    // The controller lives as long as the component; later props arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    const presets = Object.keys(props.canvas.nodes).length > 0 ? presetsRef.current : null;
    controller.setCanvas(props.canvas, presets);
    if (presets) {
      presetsRef.current = null;
      callbacksRef.current.onPositions(controller.positions());
    }
    const camera = cameraPendingRef.current;
    if (camera && controller.graph.order > 0 && !controller.layout.isRunning()) {
      cameraPendingRef.current = null;
      controller.sigma.getCamera().setState(camera);
    }
  }, [props.canvas]);

  useEffect(() => {
    controllerRef.current?.setView({ ...props.view, colorBy });
  }, [props.view, colorBy]);

  useEffect(() => {
    if (props.fitRequest) controllerRef.current?.fit(props.fitRequest.ids);
  }, [props.fitRequest]);

  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller || !props.layoutCommand) return;
    if (props.layoutCommand.run) controller.layout.start();
    else controller.layout.stop();
  }, [props.layoutCommand]);

  return (
    <>
      <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas" />
      <label
        className="canvas-color-by"
        // In the status strip under the canvas, so it covers no entity or label.
        style={{ position: "absolute", right: 12, bottom: 6, fontSize: 12, zIndex: 1 }}
        title="Colour entities by the community Louvain finds among their relations (shapes still tell the kind)"
      >
        <input
          type="checkbox"
          checked={colorBy === "community"}
          onChange={(event) => setColorBy(event.target.checked ? "community" : "kind")}
        />{" "}
        Colour by community
      </label>
    </>
  );
}
