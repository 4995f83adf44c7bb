// The explorer's page: top bar (search, views, layout, undo), the side bar (filters, paths, Cypher),
// the canvas with its status line, and the details panel. Wires state to components.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CameraState } from "sigma/types";
import { api } from "./api/client.js";
import { createSourceCache } from "./api/source-cache.js";
import { isTypingTarget, shortcutOf, type ShortcutAction } from "./app/shortcuts.js";
import { EXPAND_LIMIT, useExplorer } from "./app/use-explorer.js";
import { readUrlState, useUrlSync, viewPath } from "./app/use-url-sync.js";
import { CypherResults } from "./components/CypherResults.js";
import { Sidebar, type Tab as SidebarTab } from "./components/Sidebar.js";
import { DetailsPanel } from "./components/DetailsPanel.js";
import { ExportDialog } from "./components/ExportDialog.js";
import { ImportDialog } from "./components/ImportDialog.js";
import { GraphCanvas } from "./components/GraphCanvas.js";
import { HelpOverlay } from "./components/HelpOverlay.js";
import { StageOverlays } from "./components/StageOverlays.js";
import { StatusBar } from "./components/StatusBar.js";
import { StoreScope } from "./components/StoreScope.js";
import { TopBar } from "./components/TopBar.js";
import { isEmptyCanvas, neighbourIdsOf } from "./core/canvas/canvas-state.js";
import type { CypherOutcome } from "./core/cypher/cypher-outcome.js";
import { getDefaultExportOptions } from "./core/export/export-options.js";
import { describeImport, type ImportChoices, type ImportParts } from "./core/imports/import-files.js";
import { applyView, type ViewName } from "./core/filters/filters.js";
import { computeVisibility } from "./core/filters/visibility.js";
import * as pathOps from "./core/paths/paths.js";
import * as sel from "./core/selection/selection.js";
import { MAX_LINKED_POSITIONS, type Positions } from "./core/url-state/positions.js";
import type { CameraView } from "./core/url-state/url-state.js";
import { snapshotScenes, type SceneSnapshot } from "./export/build-export.js";
import { createTextMeasure } from "./export/measure-text.js";
import { copyTextToClipboard } from "./export/save-file.js";
import type { CanvasController } from "./sigma/canvas-controller.js";
import type { RenderView } from "./sigma/reducers.js";

const initialUrlState = readUrlState();

export function App() {
  const explorer = useExplorer();
  const { canvas, filters, selection, paths, activity, actions } = explorer;
  const [sources] = useState(() => createSourceCache(api));
  const [helpOpen, setHelpOpen] = useState(false);
  const [sidebarTab, setSidebarTab] = useState<SidebarTab>(initialUrlState?.path ? "paths" : "filters");
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [expandLimit, setExpandLimit] = useState(EXPAND_LIMIT);
  const [layoutCommand, setLayoutCommand] = useState<{ run: boolean; at: number } | null>(null);
  const [camera, setCamera] = useState<CameraView | null>(initialUrlState?.camera ?? null);
  const [positions, setPositions] = useState<Positions | null>(initialUrlState?.positions ?? null);
  const [ready, setReady] = useState(false);
  const [exportSnapshot, setExportSnapshot] = useState<SceneSnapshot | null>(null);
  const [importChoice, setImportChoice] = useState<File[] | null>(null);
  const [exportOptions, setExportOptions] = useState(getDefaultExportOptions);
  const [cypherOutcome, setCypherOutcome] = useState<CypherOutcome | null>(null);
  const [measure] = useState(createTextMeasure);
  const controllerRef = useRef<CanvasController | null>(null);
  const exportOpen = exportSnapshot !== null;
  const searchRef = useRef<HTMLInputElement>(null);
  const cameraTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const load = initialUrlState ? actions.restore(initialUrlState) : actions.loadOverview();
    void load.finally(() => setReady(true));
  }, [actions]);

  useUrlSync(ready, { canvas, filters, selection, camera, positions, paths });

  const copyLink = useCallback(
    () =>
      copyTextToClipboard(
        `${window.location.origin}${viewPath({ canvas, filters, selection, camera, positions, paths })}`,
      ),
    [canvas, filters, selection, camera, positions, paths],
  );
  const entityCount = Object.keys(canvas.nodes).length;
  const linkNote =
    entityCount > MAX_LINKED_POSITIONS
      ? `This view has ${entityCount} entities: links carry the layout for up to ${MAX_LINKED_POSITIONS}, so the layout is recomputed when this link is opened.`
      : null;
  const openExport = useCallback(() => {
    const controller = controllerRef.current;
    if (!controller || controller.graph.order === 0) {
      actions.notify("Nothing to export: bring some entities onto the canvas first.");
      return;
    }
    setExportSnapshot(snapshotScenes(controller, selection, measure));
  }, [actions, measure, selection]);
  const importFiles = useCallback(
    async (parts: ImportParts<File>, choices: ImportChoices) => {
      setImportChoice(null);
      const summary = await actions.run(`Importing ${parts.file.name}…`, () =>
        api.importFile(parts, { skipBadRows: choices.skipBadRows }),
      );
      if (!summary) return;
      await actions.loadOverview();
      actions.notify(describeImport(summary));
    },
    [actions],
  );

  const path = useMemo(() => pathOps.highlightedPath(paths), [paths]);
  const visibility = useMemo(() => {
    const keep = new Set([...selection.nodes, ...(path?.nodes ?? [])]);
    return computeVisibility(canvas, filters, keep);
  }, [canvas, filters, selection.nodes, path]);
  const view = useMemo<RenderView>(
    () => ({
      visibility,
      selectedNodes: new Set(selection.nodes),
      selectedEdges: new Set(selection.edges),
      path,
      more: canvas.more,
      pinned: new Set(canvas.pinned),
    }),
    [visibility, selection, path, canvas.more, canvas.pinned],
  );

  // A stance view shows a different part of the network, so the camera follows it there.
  const setView = useCallback(
    (name: ViewName) => {
      const next = applyView(filters, name);
      actions.setFilters(next);
      const keep = new Set([...selection.nodes, ...(path?.nodes ?? [])]);
      actions.fitTo([...computeVisibility(canvas, next, keep).nodes]);
    },
    [actions, canvas, filters, path, selection.nodes],
  );
  const toggleLayout = useCallback(() => setLayoutCommand({ run: !layoutRunning, at: Date.now() }), [layoutRunning]);

  const onShortcut = useCallback(
    (action: ShortcutAction) => {
      const nodes = selection.nodes;
      switch (action) {
        case "search":
          searchRef.current?.focus();
          break;
        case "help":
          setHelpOpen((open) => !open);
          break;
        case "escape":
          setHelpOpen(false);
          setExportSnapshot(null);
          actions.setSelection(sel.getEmptySelectionState());
          actions.setPaths(pathOps.clearResults);
          break;
        case "fit":
          actions.fitTo([]);
          break;
        case "layout":
          toggleLayout();
          break;
        case "expand":
          if (nodes[0]) void actions.expand(nodes[0], { limit: expandLimit });
          break;
        case "hide":
          if (nodes.length) actions.hide(nodes);
          break;
        case "showHidden":
          actions.showAll();
          break;
        case "pin":
          if (nodes.length) actions.pin(nodes, !nodes.every((id) => canvas.pinned.includes(id)));
          break;
        case "remove":
          if (nodes.length) actions.remove(nodes);
          break;
        case "undo":
          actions.undo();
          break;
        case "redo":
          actions.redo();
          break;
        case "viewAll":
          setView("all");
          break;
        case "viewRivalries":
          setView("rivalries");
          break;
        case "viewPartnerships":
          setView("partnerships");
          break;
        case "export":
          openExport();
          break;
      }
    },
    [actions, canvas.pinned, expandLimit, openExport, selection.nodes, setView, toggleLayout],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutOf(event);
      if (!action) return;
      if (isTypingTarget(event.target) && action !== "escape") return;
      // While a dialog is open, keys other than Escape must not change the canvas behind it.
      if (exportOpen && action !== "escape") return;
      event.preventDefault();
      onShortcut(action);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [exportOpen, onShortcut]);

  // The results drawer takes the lower part of the stage, so the canvas shrinks above it and sigma
  // measures it again; a fit then frames what a query drew where it can be seen. An error is a line or
  // two over the canvas's foot, not a drawer: the canvas keeps its height.
  const resultsOpen = cypherOutcome !== null && cypherOutcome.kind !== "error";
  useLayoutEffect(() => {
    const sigma = controllerRef.current?.sigma;
    if (!sigma) return;
    sigma.resize();
    sigma.refresh();
  }, [resultsOpen]);

  const onCameraChange = useCallback((state: CameraState) => {
    if (cameraTimer.current) clearTimeout(cameraTimer.current);
    cameraTimer.current = setTimeout(() => setCamera({ x: state.x, y: state.y, ratio: state.ratio }), 300);
  }, []);

  return (
    <div className="app">
      <TopBar
        searchRef={searchRef}
        filters={filters}
        history={explorer.history}
        layoutRunning={layoutRunning}
        onAdd={(hit) => void actions.addEntity(hit.id)}
        onView={setView}
        onToggleLayout={toggleLayout}
        onFit={() => actions.fitTo([])}
        onUndo={actions.undo}
        onRedo={actions.redo}
        onReload={() => void actions.loadOverview()}
        onClear={actions.clearCanvas}
        onHelp={() => setHelpOpen(true)}
        onShare={() => {
          copyLink().then(
            () => actions.notify("Link to this view copied."),
            (error: Error) => actions.notify(error.message),
          );
        }}
        onExport={openExport}
        onImportFiles={setImportChoice}
      />
      <Sidebar
        tab={sidebarTab}
        onTab={setSidebarTab}
        canvas={canvas}
        filters={filters}
        paths={paths}
        selectedEdges={selection.edges}
        busy={activity.busy !== null}
        onFilters={actions.setFilters}
        onPaths={actions.setPaths}
        onFindPaths={() => void actions.findPaths()}
        onShowStep={actions.showStep}
        run={actions.run}
        onDrawGraph={(graph) => void actions.drawGraph(graph)}
        onCypherOutcome={setCypherOutcome}
        onMergeChange={actions.applyMerge}
      />
      <main className={resultsOpen ? "stage results-open" : "stage"}>
        <GraphCanvas
          canvas={canvas}
          view={view}
          fitRequest={explorer.fitRequest}
          initialCamera={initialUrlState?.camera ?? null}
          initialPositions={initialUrlState?.positions ?? null}
          onPositions={setPositions}
          onController={(controller) => {
            controllerRef.current = controller;
          }}
          layoutCommand={layoutCommand}
          onClickNode={(id, additive) => actions.setSelection((s) => sel.selectNode(s, id, additive))}
          onDoubleClickNode={(id) => void actions.expand(id, { limit: expandLimit })}
          onClickEdge={(id, additive) => actions.setSelection((s) => sel.selectEdge(s, id, additive))}
          onClickStage={() => actions.setSelection(sel.getEmptySelectionState())}
          onNodeDragged={(id) => actions.pin([id], true)}
          onCameraChange={onCameraChange}
          onLayoutChange={setLayoutRunning}
        />
        <StageOverlays
          activity={activity}
          empty={ready && isEmptyCanvas(canvas)}
          onReload={() => void actions.loadOverview()}
          onFocusSearch={() => searchRef.current?.focus()}
          onDismissError={actions.dismissError}
          onDismissNotice={() => actions.notify(null)}
        />
        {cypherOutcome && (
          <CypherResults
            outcome={cypherOutcome}
            onSelect={(target) =>
              actions.setSelection((s) =>
                target.kind === "entity" ? sel.selectNode(s, target.id) : sel.selectEdge(s, target.id),
              )
            }
            onClose={() => setCypherOutcome(null)}
          />
        )}
        <StatusBar
          canvas={canvas}
          visibility={visibility}
          layoutRunning={layoutRunning}
          cameraRatio={camera?.ratio ?? null}
          onShowHidden={actions.showAll}
        >
          <StoreScope
            scope={explorer.scope}
            onCanvas={entityCount}
            canvas={canvas}
            onShowMore={(kind, limit) => void actions.showMore(kind, limit)}
            onShowAround={(choice) => void actions.showAround(choice)}
            onSearch={() => searchRef.current?.focus()}
          />
        </StatusBar>
      </main>
      <aside className="panel" aria-label="Details">
        <DetailsPanel
          canvas={canvas}
          selection={selection}
          sources={sources}
          onSelectNode={(id) => actions.setSelection((s) => sel.selectNode(s, id))}
          onSelectEdge={(id) => actions.setSelection((s) => sel.selectEdge(s, id))}
          onOpenSource={(id) => actions.setSelection((s) => sel.openSource(s, id))}
          onCloseSource={() => actions.setSelection(sel.closeSource)}
          expandLimit={expandLimit}
          onExpandLimit={setExpandLimit}
          onExpand={(id, types) => void actions.expand(id, { types, limit: expandLimit })}
          onLoadMore={(id) => void actions.expand(id, { limit: neighbourIdsOf(canvas, id).length + expandLimit })}
          onHide={actions.hide}
          onPin={actions.pin}
          onRemove={actions.remove}
          onPathEnd={(id, field) => {
            const node = canvas.nodes[id];
            if (!node) return;
            actions.setPaths((p) => pathOps.setEndpoint(p, field, { id, name: node.name, kind: node.kind }));
            setSidebarTab("paths");
          }}
          onDrawEdges={(edges) => {
            const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
            void actions
              .run("Drawing…", () => api.subgraph(ids))
              .then((graph) => {
                if (graph) void actions.drawGraph({ nodes: graph.nodes, edges: [...graph.edges, ...edges] }, false);
              });
          }}
        />
      </aside>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
      {importChoice && (
        <ImportDialog
          files={importChoice}
          onImport={(parts, choices) => void importFiles(parts, choices)}
          onClose={() => setImportChoice(null)}
        />
      )}
      {exportSnapshot && (
        <ExportDialog
          snapshot={exportSnapshot}
          context={{ canvas, time: filters.time, sources, measure, now: new Date() }}
          options={exportOptions}
          onOptions={setExportOptions}
          linkNote={linkNote}
          onCopyLink={copyLink}
          onClose={() => setExportSnapshot(null)}
        />
      )}
    </div>
  );
}
