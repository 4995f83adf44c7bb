// The right-hand panel: whatever is selected (entity, relation, several, or an opened source), or a
// short guide when nothing is.
import { useState } from "react";
import type { GraphEdge, RelationType } from "../../../graph/model/index.js";
import type { SourceCache } from "../api/source-cache.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { PathField } from "../core/paths/paths.js";
import { panelSubjectOf, type SelectionState } from "../core/selection/selection.js";
import { EdgeDetails } from "./EdgeDetails.js";
import { KindBadge } from "./KindBadge.js";
import { NodeDetails } from "./NodeDetails.js";
import { relationSentence } from "./format.js";
import { SourceDetails } from "./SourceDetails.js";

interface Props {
  canvas: CanvasState;
  selection: SelectionState;
  sources: SourceCache;
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onOpenSource(id: string): void;
  onCloseSource(): void;
  expandLimit: number;
  onExpandLimit(limit: number): void;
  onExpand(id: string, types: RelationType[] | undefined): void;
  onLoadMore(id: string): void;
  onHide(ids: string[]): void;
  onPin(ids: string[], pinned: boolean): void;
  onRemove(ids: string[]): void;
  onPathEnd(id: string, field: PathField): void;
  onDrawEdges(edges: GraphEdge[]): void;
}

export function DetailsPanel(props: Props) {
  const { canvas, selection } = props;
  const subject = panelSubjectOf(selection);
  // A relation opened from an entity's list shows at once, while it is brought onto the canvas.
  const [opened, setOpened] = useState<{ edge: GraphEdge; names: Record<string, string> } | null>(null);
  const nameOf = (id: string) => canvas.nodes[id]?.name ?? opened?.names[id] ?? id;
  const openRelation = (edge: GraphEdge, names: Record<string, string>) => {
    setOpened({ edge, names });
    if (!canvas.edges[edge.id]) props.onDrawEdges([edge]);
    props.onSelectEdge(edge.id);
  };

  switch (subject.kind) {
    case "none":
      return (
        <div className="details empty">
          <h2>Nothing selected</h2>
          <p>Click an entity or a relation to see what we know and the evidence for it.</p>
          <ul className="guide">
            <li>Double-click an entity to bring in its neighbours.</li>
            <li>Shift-click to select several.</li>
            <li>Hover to focus on a neighbourhood.</li>
            <li>
              Press <kbd>?</kbd> for all shortcuts.
            </li>
          </ul>
        </div>
      );
    case "source":
      return (
        <SourceDetails
          id={subject.id}
          sources={props.sources}
          nameOf={nameOf}
          onDraw={props.onDrawEdges}
          onSelectEdge={props.onSelectEdge}
          onClose={props.onCloseSource}
          isOnCanvas={(id) => Boolean(canvas.edges[id])}
        />
      );
    case "edge": {
      const edge = canvas.edges[subject.id] ?? (opened?.edge.id === subject.id ? opened.edge : undefined);
      if (!edge) return <p className="hint">This relation is no longer on the canvas.</p>;
      return (
        <EdgeDetails
          edge={edge}
          nameOf={nameOf}
          sources={props.sources}
          onOpenSource={props.onOpenSource}
          onSelectNode={props.onSelectNode}
        />
      );
    }
    case "node": {
      const node = canvas.nodes[subject.id];
      if (!node) return <p className="hint">This entity is no longer on the canvas.</p>;
      return (
        <NodeDetails
          key={node.id}
          node={node}
          pinned={canvas.pinned.includes(node.id)}
          more={canvas.more[node.id] ?? 0}
          expandLimit={props.expandLimit}
          onExpandLimit={props.onExpandLimit}
          onExpand={(types) => props.onExpand(node.id, types)}
          onLoadMore={() => props.onLoadMore(node.id)}
          onHide={() => props.onHide([node.id])}
          onPin={(pinned) => props.onPin([node.id], pinned)}
          onRemove={() => props.onRemove([node.id])}
          onPathEnd={(field) => props.onPathEnd(node.id, field)}
          onOpenSource={props.onOpenSource}
          canvasName={(id) => canvas.nodes[id]?.name ?? null}
          onOpenRelation={openRelation}
        />
      );
    }
    case "many":
      return (
        <div className="details" data-testid="multi-details">
          <header className="details-head">
            <h2>
              {subject.nodes.length} entities, {subject.edges.length} relations
            </h2>
          </header>
          <div className="button-row wrap">
            <button
              type="button"
              onClick={() => props.onPin(subject.nodes, true)}
              disabled={subject.nodes.length === 0}
            >
              Pin all
            </button>
            <button type="button" onClick={() => props.onHide(subject.nodes)} disabled={subject.nodes.length === 0}>
              Hide all
            </button>
            <button type="button" onClick={() => props.onRemove(subject.nodes)} disabled={subject.nodes.length === 0}>
              Remove all
            </button>
          </div>
          <ul className="support-list">
            {subject.nodes.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => props.onSelectNode(id)}>
                  {nameOf(id)}
                </button>{" "}
                {canvas.nodes[id] && <KindBadge kind={canvas.nodes[id].kind} />}
              </li>
            ))}
            {subject.edges.map((id) => {
              const edge = canvas.edges[id];
              return edge ? (
                <li key={id}>
                  <button type="button" className="link-button" onClick={() => props.onSelectEdge(id)}>
                    {relationSentence(edge, nameOf)}
                  </button>
                </li>
              ) : null;
            })}
          </ul>
        </div>
      );
  }
}
