// The panel for one entity: what we know of it, its relations grouped by type (each one click from its
// evidence), its neighbour counts per relation type to pick an expand from, and the actions on it.
import { useEffect, useState } from "react";
import { api } from "../api/client.js";
import type { NeighborSummary, GraphNode } from "../api/types.js";
import type { GraphEdge, RelationType } from "../../../graph/model/index.js";
import { STANCE_COLORS, relationLabel } from "../sigma/palette.js";
import { propertyText } from "./format.js";
import type { FileAttributes as FileAttributesOf } from "../../../graph/model/file-attributes.js";
import { FileAttributes } from "./FileAttributes.js";
import { KindBadge } from "./KindBadge.js";
import { RelationList } from "./RelationList.js";
import { useEntityRelations } from "./use-entity-relations.js";

interface Props {
  node: GraphNode;
  pinned: boolean;
  more: number;
  expandLimit: number;
  onExpandLimit(limit: number): void;
  onExpand(types: RelationType[] | undefined): void;
  /** Brings in the next neighbours an earlier, capped expand left out. */
  onLoadMore(): void;
  onHide(): void;
  onPin(pinned: boolean): void;
  onRemove(): void;
  onPathEnd(field: "from" | "to"): void;
  onOpenSource(id: string): void;
  /** Names from the canvas; null for an entity it does not hold. */
  canvasName(id: string): string | null;
  /** Opens a relation with its evidence; `names` names its ends when the canvas does not. */
  onOpenRelation(edge: GraphEdge, names: Record<string, string>): void;
}

export const EXPAND_LIMITS = [5, 10, 25, 50, 100];

export function NodeDetails(props: Props) {
  const { node, pinned, more, expandLimit, onExpandLimit, onExpand, onLoadMore } = props;
  const { onHide, onPin, onRemove, onPathEnd, onOpenSource, canvasName, onOpenRelation } = props;
  const related = useEntityRelations(node.id, (id) => canvasName(id) !== null);
  const names = related?.value?.names ?? {};
  const nameOf = (id: string) => canvasName(id) ?? names[id] ?? id;
  const [summary, setSummary] = useState<{ id: string; value: NeighborSummary | null; error: string | null } | null>(
    null,
  );
  const [picked, setPicked] = useState<RelationType[]>([]);

  useEffect(() => {
    let current = true;
    api
      .summary(node.id)
      .then((value) => current && setSummary({ id: node.id, value, error: null }))
      .catch((error: Error) => current && setSummary({ id: node.id, value: null, error: error.message }));
    return () => {
      current = false;
    };
  }, [node.id]);

  const counts = summary?.id === node.id ? summary : null;
  const byType = new Map<RelationType, number>();
  for (const row of counts?.value?.counts ?? []) byType.set(row.type, (byType.get(row.type) ?? 0) + row.count);
  const isSource = node.kind === "Source";
  // An ingested article's text is read in the source panel, sentence by sentence, not as a property.
  const properties = Object.entries(node.properties).filter(
    ([key, v]) => v !== null && v !== undefined && v !== "" && !(isSource && key === "text") && key !== "attributes",
  );

  return (
    <div className="details" data-testid="node-details">
      <header className="details-head">
        <h2>{node.name}</h2>
        <KindBadge kind={node.kind} />
      </header>
      {node.aliases.length > 0 && <p className="aliases">Also known as {node.aliases.join(", ")}</p>}
      <div className="button-row wrap">
        <button
          type="button"
          className="primary"
          onClick={() => onExpand(undefined)}
          title="Expand all (double-click, E)"
        >
          Expand all
        </button>
        <button type="button" onClick={() => onPin(!pinned)} title="Pin (P)">
          {pinned ? "Unpin" : "Pin"}
        </button>
        <button type="button" onClick={onHide} title="Hide (H)">
          Hide
        </button>
        <button type="button" onClick={onRemove} title="Remove (Delete)">
          Remove
        </button>
        {isSource && (
          <button type="button" onClick={() => onOpenSource(node.id)}>
            What it supports
          </button>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="link-button" onClick={() => onPathEnd("from")}>
          Path from here
        </button>
        <button type="button" className="link-button" onClick={() => onPathEnd("to")}>
          Path to here
        </button>
      </div>
      <label className="inline-field">
        <span className="field-label">Expand up to</span>
        <select value={expandLimit} data-testid="expand-limit" onChange={(e) => onExpandLimit(Number(e.target.value))}>
          {EXPAND_LIMITS.map((n) => (
            <option key={n} value={n}>
              {n} neighbours
            </option>
          ))}
        </select>
      </label>
      {more > 0 && (
        <div className="more-row" data-testid="load-more-row">
          <span className="hint">
            {more} more {more === 1 ? "neighbour" : "neighbours"} not on the canvas yet.
          </span>
          <button type="button" data-testid="load-more" onClick={onLoadMore}>
            Load {Math.min(more, expandLimit)} more
          </button>
        </div>
      )}

      <section>
        <h3>Relations{related?.value ? ` (${related.value.relations.length})` : ""}</h3>
        {!related && <p className="hint">Loading relations…</p>}
        {related?.error && <p className="form-error">{related.error}</p>}
        {related?.value && related.value.relations.length === 0 && <p className="hint">No relations.</p>}
        {related?.value && related.value.relations.length > 0 && (
          <RelationList
            entityId={node.id}
            relations={related.value.relations}
            nameOf={nameOf}
            onOpen={(edge) => onOpenRelation(edge, names)}
          />
        )}
      </section>

      <section>
        <h3>Neighbours by relation type</h3>
        {!counts && <p className="hint">Counting…</p>}
        {counts?.error && <p className="form-error">{counts.error}</p>}
        {counts?.value && byType.size === 0 && <p className="hint">No relations.</p>}
        {byType.size > 0 && (
          <>
            <ul className="count-list" data-testid="neighbour-counts">
              {[...byType.entries()].map(([type, count]) => (
                <li key={type}>
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.includes(type)}
                      onChange={() => setPicked((p) => (p.includes(type) ? p.filter((t) => t !== type) : [...p, type]))}
                    />
                    <span
                      className="dot"
                      style={{
                        background:
                          STANCE_COLORS[counts?.value?.counts.find((c) => c.type === type)?.stance ?? "neutral"],
                      }}
                    />
                    <span className="legend-name">{relationLabel(type)}</span>
                    <span className="legend-count">{count}</span>
                  </label>
                </li>
              ))}
            </ul>
            <button type="button" disabled={picked.length === 0} onClick={() => onExpand(picked)}>
              Expand {picked.length > 0 ? picked.map(relationLabel).join(", ") : "chosen types"}
            </button>
          </>
        )}
      </section>

      {properties.length > 0 && (
        <section>
          <h3>Properties</h3>
          <dl className="properties">
            {properties.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>
                  {key === "url" || key === "website" ? (
                    <a href={String(value)} target="_blank" rel="noreferrer">
                      {String(value)}
                    </a>
                  ) : (
                    propertyText(value)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <FileAttributes attributes={node.properties.attributes as FileAttributesOf | undefined} />
      <p className="entity-id">{node.id}</p>
    </div>
  );
}
