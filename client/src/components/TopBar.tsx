// The top bar: entity search that adds to the canvas, the stance views, and canvas commands.
import type { Ref } from "react";
import type { SearchHit } from "../api/types.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { viewOf, type FilterState, type ViewName } from "../core/filters/filters.js";
import { canRedo, canUndo, type History } from "../core/history/history.js";
import { EntityPicker } from "./EntityPicker.js";
import { ImportFileButton } from "./ImportFileButton.js";

interface Props {
  searchRef: Ref<HTMLInputElement>;
  filters: FilterState;
  history: History<CanvasState>;
  layoutRunning: boolean;
  onAdd(hit: SearchHit): void;
  onView(view: ViewName): void;
  onToggleLayout(): void;
  onFit(): void;
  onUndo(): void;
  onRedo(): void;
  onReload(): void;
  onClear(): void;
  onHelp(): void;
  onShare(): void;
  onExport(): void;
  onImportFiles(files: File[]): void;
}

const VIEWS: { name: ViewName; label: string }[] = [
  { name: "all", label: "All" },
  { name: "rivalries", label: "Rivalries" },
  { name: "partnerships", label: "Partnerships" },
];

export function TopBar(props: Props) {
  const current = viewOf(props.filters);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Relationship Explorer
      </div>
      <div className="topbar-search">
        <EntityPicker
          inputRef={props.searchRef}
          label="Search entities"
          testId="search-input"
          placeholder="Search people, companies, contracts…  ( / )"
          onPick={props.onAdd}
          clearOnPick
        />
      </div>
      <div className="segmented" role="group" aria-label="View">
        {VIEWS.map((view) => (
          <button
            key={view.name}
            type="button"
            className={current === view.name ? "on" : ""}
            aria-pressed={current === view.name}
            onClick={() => props.onView(view.name)}
          >
            {view.label}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <button
          type="button"
          onClick={props.onToggleLayout}
          title="Start or stop the layout (L)"
          data-testid="layout-toggle"
        >
          {props.layoutRunning ? "Stop layout" : "Run layout"}
        </button>
        <button type="button" onClick={props.onFit} title="Fit in view (F)">
          Fit
        </button>
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!canUndo(props.history)}
          title="Undo (Ctrl+Z)"
          aria-label="Undo"
        >
          ↶
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!canRedo(props.history)}
          title="Redo (Ctrl+Shift+Z)"
          aria-label="Redo"
        >
          ↷
        </button>
        <button type="button" onClick={props.onReload} title="Load the whole network again">
          Reset
        </button>
        <button type="button" onClick={props.onClear} title="Empty the canvas">
          Clear
        </button>
        <button
          type="button"
          onClick={props.onExport}
          title="Export the view as PNG or SVG (X)"
          data-testid="export-open"
        >
          Export
        </button>
        <ImportFileButton onFiles={props.onImportFiles} />
        <button type="button" onClick={props.onShare} title="Copy a link that reopens this view, layout included">
          Copy link
        </button>
        <button type="button" onClick={props.onHelp} title="Keyboard shortcuts (?)" aria-label="Help">
          ?
        </button>
      </div>
    </header>
  );
}
