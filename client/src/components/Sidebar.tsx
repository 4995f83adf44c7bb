// The left side bar with four tabs: legend and filters, the path finder, the Cypher console, duplicates.
import type { Graph } from "../api/types.js";
import type { MergeRecord } from "../../../graph/resolution/merge-record.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { CypherOutcome } from "../core/cypher/cypher-outcome.js";
import type { FilterState } from "../core/filters/filters.js";
import type { PathsState } from "../core/paths/paths.js";
import type { MergeChange } from "../core/resolution/apply-merge.js";
import { CypherConsole } from "./CypherConsole.js";
import { DuplicatesPanel } from "./DuplicatesPanel.js";
import { Legend } from "./Legend.js";
import { PathFinder } from "./PathFinder.js";
import { TimeSlider } from "./TimeSlider.js";
import { TypeFilter } from "./TypeFilter.js";

export type Tab = "filters" | "paths" | "cypher" | "duplicates";

interface Props {
  tab: Tab;
  onTab(tab: Tab): void;
  canvas: CanvasState;
  filters: FilterState;
  paths: PathsState;
  selectedEdges: readonly string[];
  busy: boolean;
  onFilters(filters: FilterState): void;
  onPaths(update: (paths: PathsState) => PathsState): void;
  onFindPaths(): void;
  onShowStep(pathIndex: number, edgeId: string): void;
  run<T>(what: string, task: () => Promise<T>): Promise<T | undefined>;
  onDrawGraph(graph: Graph): void;
  onCypherOutcome(outcome: CypherOutcome): void;
  onMergeChange(record: MergeRecord, change: MergeChange): void;
}

const TABS: { id: Tab; label: string }[] = [
  { id: "filters", label: "Filters" },
  { id: "paths", label: "Paths" },
  { id: "cypher", label: "Cypher" },
  { id: "duplicates", label: "Duplicates" },
];

export function Sidebar(props: Props) {
  return (
    <aside className="sidebar" aria-label="Tools">
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={props.tab === tab.id}
            className={props.tab === tab.id ? "tab on" : "tab"}
            onClick={() => props.onTab(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="sidebar-body" role="tabpanel">
        {props.tab === "filters" && (
          <>
            <Legend canvas={props.canvas} filters={props.filters} onChange={props.onFilters} />
            <TimeSlider canvas={props.canvas} filters={props.filters} onChange={props.onFilters} />
            <TypeFilter canvas={props.canvas} filters={props.filters} onChange={props.onFilters} />
          </>
        )}
        {props.tab === "paths" && (
          <PathFinder
            paths={props.paths}
            filters={props.filters}
            selectedEdges={props.selectedEdges}
            busy={props.busy}
            onChange={props.onPaths}
            onFind={props.onFindPaths}
            onShowStep={props.onShowStep}
          />
        )}
        {props.tab === "cypher" && (
          <CypherConsole run={props.run} onDraw={props.onDrawGraph} onOutcome={props.onCypherOutcome} />
        )}
        {props.tab === "duplicates" && <DuplicatesPanel run={props.run} onMergeChange={props.onMergeChange} />}
      </div>
    </aside>
  );
}
