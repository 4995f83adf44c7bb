// The explorer's state and the actions on it: the canvas (with undo), filters, selection and paths,
// plus what is loading and what went wrong. Components call these actions; pure updates do the work.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { EntityKind, RelationType } from "../../../graph/model/index.js";
import { api } from "../api/client.js";
import { loadAround } from "../api/load-around.js";
import { loadNetwork, OVERVIEW_LIMIT } from "../api/load-network.js";
import type { Graph, PathQuery, FoundPath } from "../api/types.js";
import * as canvasOps from "../core/canvas/canvas-state.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { getEmptyFilterState, type FilterState } from "../core/filters/filters.js";
import * as historyOps from "../core/history/history.js";
import { pathQueryOf } from "../core/paths/path-query.js";
import * as pathOps from "../core/paths/paths.js";
import { applyMergeToCanvas, type MergeChange, type MergeSnapshots } from "../core/resolution/apply-merge.js";
import type { CommunityChoice } from "../core/scope/community-choices.js";
import * as scopeOps from "../core/scope/store-scope.js";
import * as selectionOps from "../core/selection/selection.js";
import type { LinkedPath } from "../core/url-state/path-link.js";
import type { UrlState } from "../core/url-state/url-state.js";

export const EXPAND_LIMIT = 25;
/** The most ids one subgraph request may name (the server's limit). */
const MAX_CONNECTED_IDS = 5_000;

export interface Activity {
  busy: string | null;
  error: { message: string; retry: (() => void) | null } | null;
  notice: string | null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useExplorer() {
  const [history, setHistory] = useState(() => historyOps.getEmptyHistory(canvasOps.getEmptyCanvasState()));
  const [filters, setFilters] = useState<FilterState>(getEmptyFilterState);
  const [selection, setSelection] = useState(selectionOps.getEmptySelectionState);
  const [paths, setPaths] = useState(pathOps.getEmptyPathsState);
  const [activity, setActivity] = useState<Activity>({ busy: null, error: null, notice: null });
  const [scope, setScope] = useState(scopeOps.getEmptyStoreScope);
  const [fitRequest, setFitRequest] = useState<{ ids: string[]; at: number } | null>(null);
  const canvas = history.present;
  // Async actions read the canvas as it is when their answer arrives, not as it was when they began.
  const canvasRef = useRef(canvas);
  useLayoutEffect(() => {
    canvasRef.current = canvas;
  }, [canvas]);
  const retryRef = useRef<{ loadOverview(): void; restore(state: UrlState): void } | null>(null);

  const commit = useCallback((update: (state: CanvasState) => CanvasState) => {
    setHistory((h) => historyOps.pushHistory(h, update(h.present)));
  }, []);

  const run = useCallback(async <T>(what: string, task: () => Promise<T>, retry: (() => void) | null = null) => {
    setActivity((a) => ({ ...a, busy: what, error: null }));
    try {
      const result = await task();
      setActivity((a) => ({ ...a, busy: null }));
      return result;
    } catch (error) {
      setActivity({ busy: null, notice: null, error: { message: messageOf(error), retry } });
      return undefined;
    }
  }, []);

  const notify = useCallback((notice: string | null) => setActivity((a) => ({ ...a, notice })), []);
  const dismissError = useCallback(() => setActivity((a) => ({ ...a, error: null })), []);
  const fitTo = useCallback((ids: string[]) => setFitRequest({ ids, at: Date.now() }), []);

  /** Adds a graph and the relations between its entities and those already shown. */
  const bringIn = useCallback(async (graph: Graph) => {
    const known = Object.keys(canvasRef.current.nodes);
    const ids = [...new Set([...known, ...graph.nodes.map((n) => n.id)])];
    const connecting =
      ids.length > known.length && known.length > 0 ? await api.subgraph(ids) : { nodes: [], edges: [] };
    return { nodes: graph.nodes, edges: [...graph.edges, ...connecting.edges] };
  }, []);

  const loadOverview = useCallback(async () => {
    const network = await run(
      "Loading the network…",
      () => loadNetwork(api),
      () => retryRef.current?.loadOverview(),
    );
    if (!network) return;
    const { graph, store } = network;
    commit(() => canvasOps.mergeGraph(canvasOps.getEmptyCanvasState(), graph));
    setScope(scopeOps.startScope(store, OVERVIEW_LIMIT, graph.nodes.length));
    setSelection(selectionOps.getEmptySelectionState());
    setPaths(pathOps.clearResults);
    notify(
      graph.nodes.length === 0
        ? "The graph is empty: import seed data, then reload."
        : graph.truncated
          ? `The canvas shows the ${graph.nodes.length} most connected of ${store.entities.toLocaleString("en")} entities. "Show more" in the status bar brings in more, by degree, by kind or around a community; search (/) finds any one.`
          : null,
    );
  }, [commit, notify, run]);

  /** Brings in the `limit` most connected entities (of one kind, or of all), keeping what is on the canvas. */
  const showMore = useCallback(
    async (kind: EntityKind | null, limit: number) => {
      const loaded = await run(
        kind ? `Loading the most connected ${kind} entities…` : "Loading more of the network…",
        async () => {
          const network = await loadNetwork(api, limit, kind ? [kind] : undefined);
          const known = Object.keys(canvasRef.current.nodes).length;
          // The relations to what is already shown come along while the store can answer for all ids at once.
          const connect = known + network.graph.nodes.length <= MAX_CONNECTED_IDS;
          return { network, graph: connect ? await bringIn(network.graph) : network.graph };
        },
      );
      if (!loaded) return;
      const before = new Set(Object.keys(canvasRef.current.nodes));
      const fresh = loaded.graph.nodes.filter((n) => !before.has(n.id)).length;
      commit((state) => canvasOps.mergeGraph(state, loaded.graph));
      setScope((s) => {
        const earlier = s.batches.find((b) => b.kind === kind)?.count ?? 0;
        const count = kind === null ? loaded.network.graph.nodes.length : earlier + fresh;
        return scopeOps.addBatch({ ...s, store: loaded.network.store }, { kind, limit, count });
      });
      notify(
        fresh === 0
          ? "Nothing new: those entities are already on the canvas."
          : `Added ${fresh} ${kind ? `${kind} ` : ""}${fresh === 1 ? "entity" : "entities"}, the most connected not yet shown.`,
      );
    },
    [bringIn, commit, notify, run],
  );

  /** Brings in the store's neighbours of a community's most connected members, keeping what is shown. */
  const showAround = useCallback(
    async (choice: CommunityChoice) => {
      const graph = await run(`Loading around ${choice.anchor.name}'s community…`, async () =>
        bringIn(await loadAround(api, choice.members)),
      );
      if (!graph) return;
      const before = new Set(Object.keys(canvasRef.current.nodes));
      const fresh = graph.nodes.filter((n) => !before.has(n.id));
      commit((state) => canvasOps.mergeGraph(state, graph));
      setScope((s) => scopeOps.addAround(s, { name: choice.anchor.name, count: fresh.length }));
      notify(
        fresh.length === 0
          ? `Nothing new: the neighbours of ${choice.anchor.name}'s community are already on the canvas.`
          : `Added ${fresh.length} ${fresh.length === 1 ? "entity" : "entities"} around ${choice.anchor.name}'s community.`,
      );
      fitTo([...choice.members, ...fresh.map((n) => n.id)]);
    },
    [bringIn, commit, fitTo, notify, run],
  );

  /** Puts the answers to a path question on the canvas, the chosen one highlighted. */
  const showPaths = useCallback(
    (results: FoundPath[], asked: PathQuery, active: number) => {
      setPaths((p) => pathOps.setResults(p, results, asked, active));
      if (results.length === 0) return;
      const graph = { nodes: results.flatMap((r) => r.nodes), edges: results.flatMap((r) => r.edges) };
      commit((state) => canvasOps.mergeGraph(state, graph));
      fitTo(results[active]?.nodeIds ?? results[0]?.nodeIds ?? []);
    },
    [commit, fitTo],
  );

  /** Asks a link's path question again: the same answers, the same one on show, its ends in the finder. */
  const restorePath = useCallback(
    async (linked: LinkedPath, selectedEdges: readonly string[], canvasEdges: readonly string[]) => {
      const { query } = linked;
      const found = await run("Finding the linked path…", async () => {
        const ends = [query.from, query.to, ...(query.via ? [query.via] : [])];
        const [results, endGraph] = await Promise.all([api.paths(query), api.subgraph(ends)]);
        return { results, endGraph };
      });
      if (!found) return;
      const ref = (id: string | null | undefined) => {
        const node = found.endGraph.nodes.find((n) => n.id === id);
        return node ? { id: node.id, name: node.name, kind: node.kind } : null;
      };
      setPaths(() => ({
        ...pathOps.getEmptyPathsState(),
        ...pathOps.limitsOfQuery(query),
        from: ref(query.from),
        to: ref(query.to),
        via: ref(query.via),
      }));
      showPaths(found.results, query, linked.active);
      const known = new Set([...canvasEdges, ...found.results.flatMap((r) => r.edgeIds)]);
      for (const step of found.results.flatMap((r) => r.steps)) for (const id of step.edgeIds) known.add(id);
      setSelection((s) => ({ ...s, edges: selectedEdges.filter((id) => known.has(id)) }));
    },
    [run, showPaths],
  );

  const restore = useCallback(
    async (state: UrlState) => {
      const restored = await run(
        "Restoring the shared view…",
        () => Promise.all([api.subgraph(state.nodes), api.health()]),
        () => retryRef.current?.restore(state),
      );
      if (!restored) return false;
      const [graph, health] = restored;
      setScope({ store: { entities: health.entities, relations: health.relations }, batches: [] });
      let next = canvasOps.mergeGraph(canvasOps.getEmptyCanvasState(), graph);
      next = canvasOps.setPinned(canvasOps.hideNodes(next, state.hidden), state.pinned, true);
      setHistory(historyOps.getEmptyHistory(next));
      setFilters(state.filters);
      setSelection({
        nodes: state.selectedNodes,
        edges: state.selectedEdges.filter((id) => next.edges[id]),
        source: null,
      });
      const missing = state.nodes.length - graph.nodes.length;
      if (missing > 0) notify(`${missing} entities from the link no longer exist and were left out.`);
      if (state.path) await restorePath(state.path, state.selectedEdges, Object.keys(next.edges));
      return true;
    },
    [notify, restorePath, run],
  );

  const addEntity = useCallback(
    async (id: string) => {
      const graph = await run("Adding to the canvas…", async () => bringIn(await api.subgraph([id])));
      if (!graph) return;
      commit((state) => canvasOps.mergeGraph(state, graph));
      setSelection(selectionOps.selectNode(selectionOps.getEmptySelectionState(), id));
      fitTo([id, ...graph.edges.flatMap((e) => [e.source, e.target])]);
    },
    [bringIn, commit, fitTo, run],
  );

  const expand = useCallback(
    async (id: string, options: { types?: RelationType[]; limit?: number } = {}) => {
      const limit = options.limit ?? EXPAND_LIMIT;
      const result = await run("Expanding…", async () => {
        const hood = await api.neighbors(id, { depth: 1, types: options.types, limit: limit + 1 });
        return { hood, graph: await bringIn(hood) };
      });
      if (!result) return;
      const { hood, graph } = result;
      const before = new Set(Object.keys(canvasRef.current.nodes));
      const fresh = graph.nodes.filter((n) => !before.has(n.id)).length;
      const shown = hood.nodes.filter((n) => n.id !== id).length;
      const neighbours = Math.max(0, hood.total - 1);
      const more = hood.truncated ? Math.max(0, neighbours - shown) : 0;
      commit((state) => canvasOps.setMore(canvasOps.mergeGraph(state, graph), id, more));
      notify(
        fresh === 0
          ? "No new neighbours: everything connected is already on the canvas."
          : `Added ${fresh} ${fresh === 1 ? "entity" : "entities"}${more > 0 ? `; ${more} more not shown` : ""}.`,
      );
      fitTo([id, ...hood.nodes.map((n) => n.id)]);
    },
    [bringIn, commit, fitTo, notify, run],
  );

  const drawGraph = useCallback(
    async (graph: Graph, select = true) => {
      const full = await run("Drawing…", () => bringIn(graph));
      if (!full) return;
      commit((state) => canvasOps.mergeGraph(state, full));
      // Relations a query returned are selected with their entities, so the panel lists both.
      if (select && graph.nodes.length > 0)
        setSelection(
          selectionOps.selectNodes(
            graph.nodes.map((n) => n.id),
            graph.edges.map((e) => e.id),
          ),
        );
      fitTo(graph.nodes.map((n) => n.id));
    },
    [bringIn, commit, fitTo, run],
  );

  const findPaths = useCallback(async () => {
    const asked = pathQueryOf(paths, filters);
    if ("problem" in asked) return notify(asked.problem);
    const results = await run("Finding paths…", () => api.paths(asked.query));
    if (!results) return;
    setSelection(selectionOps.getEmptySelectionState());
    showPaths(results, asked.query, 0);
  }, [filters, notify, paths, run, showPaths]);

  /** Selects one relation of a path (and that path), so the panel shows its evidence. */
  const showStep = useCallback((index: number, edgeId: string) => {
    setPaths((p) => pathOps.setActivePath(p, index));
    setSelection(selectionOps.selectEdge(selectionOps.getEmptySelectionState(), edgeId));
  }, []);

  useEffect(() => {
    retryRef.current = { loadOverview: () => void loadOverview(), restore: (state) => void restore(state) };
  }, [loadOverview, restore]);

  const actions = useMemo(
    () => ({
      loadOverview,
      showMore,
      showAround,
      restore,
      addEntity,
      expand,
      drawGraph,
      findPaths,
      showStep,
      notify,
      dismissError,
      fitTo,
      run,
      hide: (ids: string[]) => {
        commit((s) => canvasOps.hideNodes(s, ids));
        setSelection(selectionOps.getEmptySelectionState());
      },
      remove: (ids: string[]) => {
        commit((s) => canvasOps.removeNodes(s, ids));
        setSelection(selectionOps.getEmptySelectionState());
      },
      showAll: () => commit(canvasOps.showAllNodes),
      applyMerge: (record: MergeSnapshots, change: MergeChange) => {
        commit((s) => applyMergeToCanvas(s, record, change));
        setSelection(selectionOps.getEmptySelectionState());
      },
      pin: (ids: string[], pinned: boolean) => commit((s) => canvasOps.setPinned(s, ids, pinned)),
      clearCanvas: () => {
        commit(() => canvasOps.getEmptyCanvasState());
        setScope((s) => ({ ...s, batches: [], around: [] }));
        setSelection(selectionOps.getEmptySelectionState());
        setPaths(pathOps.clearResults);
      },
      undo: () => setHistory(historyOps.undo),
      redo: () => setHistory(historyOps.redo),
      setFilters,
      setSelection,
      setPaths,
    }),
    [
      addEntity,
      commit,
      dismissError,
      drawGraph,
      expand,
      findPaths,
      fitTo,
      loadOverview,
      notify,
      restore,
      run,
      showAround,
      showMore,
      showStep,
    ],
  );

  return { canvas, history, filters, selection, paths, scope, activity, fitRequest, actions };
}

export type Explorer = ReturnType<typeof useExplorer>;
