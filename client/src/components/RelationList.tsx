// The entity panel's list of relations, grouped by type: each row (counterpart, qualified verb, direction,
// status, date) is a button, so a click, or Tab and Enter, opens the relation with its evidence.
import type { GraphEdge } from "../../../graph/model/index.js";
import { STATUS_STYLE, relationLabel } from "../sigma/palette.js";
import { formatPeriod } from "./format.js";
import { groupRelations, rowSentence, type RelationRow } from "./relation-groups.js";
import "./relation-list.css";

interface Props {
  entityId: string;
  relations: readonly GraphEdge[];
  nameOf(id: string): string;
  onOpen(edge: GraphEdge): void;
}

export function RelationList({ entityId, relations, nameOf, onOpen }: Props) {
  const groups = groupRelations(entityId, relations);
  return (
    <div className="relation-groups" data-testid="entity-relations">
      {groups.map((group) => (
        <section key={group.type} className="relation-group" aria-label={relationLabel(group.type)}>
          <h4>
            {relationLabel(group.type)} <span className="muted">{group.rows.length}</span>
          </h4>
          <ul className="relation-rows">
            {group.rows.map((row) => (
              <li key={row.edge.id}>
                <RelationRowButton row={row} nameOf={nameOf} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function RelationRowButton({
  row,
  nameOf,
  onOpen,
}: {
  row: RelationRow;
  nameOf(id: string): string;
  onOpen(edge: GraphEdge): void;
}) {
  const { edge } = row;
  const undirected = edge.directed === false;
  const sentence = rowSentence(row, nameOf);
  const counterpart = <strong>{nameOf(row.counterpart)}</strong>;
  const evidence = `${edge.evidence.length} evidence item${edge.evidence.length === 1 ? "" : "s"}`;
  return (
    <button
      type="button"
      className={`relation-row${edge.status === "confirmed" ? "" : " unconfirmed"}`}
      data-testid="entity-relation"
      data-edge-id={edge.id}
      title={`${sentence}: show the ${evidence}`}
      aria-label={`${sentence}, ${STATUS_STYLE[edge.status].label}, ${formatPeriod(edge.date)}: show the ${evidence}`}
      onClick={() => onOpen(edge)}
    >
      <span className="relation-direction" aria-hidden="true" title={undirected ? "undirected" : undefined}>
        {undirected ? "—" : row.outgoing ? "→" : "←"}
      </span>
      <span className="relation-words">
        {undirected ? (
          <>
            {row.verb} {counterpart} <span className="muted">(undirected)</span>
          </>
        ) : row.outgoing ? (
          <>
            {row.verb} {counterpart}
          </>
        ) : (
          <>
            {counterpart} {row.verb}
          </>
        )}
      </span>
      <span className={`tag status-${edge.status}`}>{STATUS_STYLE[edge.status].label}</span>
      <span className="relation-date muted">{edge.date ? formatPeriod(edge.date) : "undated"}</span>
    </button>
  );
}
