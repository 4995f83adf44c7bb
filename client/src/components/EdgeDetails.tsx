// The panel for one relation: who, what, when, how much, how sure, and every evidence item with the
// source it comes from (publisher, date, paragraph, summary) and, for an ingested article, the cited
// sentence marked in its paragraph. A source opens what else it supports.
import type { Evidence, GraphEdge } from "../../../graph/model/index.js";
import type { SourceCache } from "../api/source-cache.js";
import { STANCE_COLORS, STATUS_STYLE, relationLabel } from "../sigma/palette.js";
import { EvidenceText } from "./EvidenceText.js";
import { FileAttributes } from "./FileAttributes.js";
import { formatAmount, formatDate, formatPeriod, relationSentence } from "./format.js";
import { useSource } from "./use-source.js";

interface Props {
  edge: GraphEdge;
  nameOf(id: string): string;
  sources: SourceCache;
  onOpenSource(id: string): void;
  onSelectNode(id: string): void;
}

export function EdgeDetails({ edge, nameOf, sources, onOpenSource, onSelectNode }: Props) {
  const undirected = edge.directed === false;
  return (
    <div className="details" data-testid="edge-details">
      <header className="details-head">
        <h2>{relationSentence(edge, nameOf)}</h2>
      </header>
      <div className="tags">
        <span className="tag" style={{ borderColor: STANCE_COLORS[edge.stance], color: STANCE_COLORS[edge.stance] }}>
          {edge.stance}
        </span>
        <span className={`tag status-${edge.status}`}>{STATUS_STYLE[edge.status].label}</span>
        <span className="tag">{relationLabel(edge.type)}</span>
        {undirected && (
          <span className="tag" title="the file this came from gives the tie no direction">
            undirected
          </span>
        )}
      </div>
      <dl className="properties">
        <div>
          <dt>{undirected ? "between" : "from"}</dt>
          <dd>
            <button type="button" className="link-button" onClick={() => onSelectNode(edge.source)}>
              {nameOf(edge.source)}
            </button>
          </dd>
        </div>
        <div>
          <dt>{undirected ? "and" : "to"}</dt>
          <dd>
            <button type="button" className="link-button" onClick={() => onSelectNode(edge.target)}>
              {nameOf(edge.target)}
            </button>
          </dd>
        </div>
        <div>
          <dt>when</dt>
          <dd>{formatPeriod(edge.date)}</dd>
        </div>
        {edge.amount && (
          <div>
            <dt>amount</dt>
            <dd>{formatAmount(edge.amount)}</dd>
          </div>
        )}
        {edge.note && (
          <div>
            <dt>note</dt>
            <dd>{edge.note}</dd>
          </div>
        )}
      </dl>
      <FileAttributes attributes={edge.attributes} />
      <section>
        <h3>Evidence ({edge.evidence.length})</h3>
        <ul className="evidence-list" data-testid="evidence-list">
          {edge.evidence.map((item, i) => (
            <EvidenceItem
              key={`${item.source}-${item.paragraph}-${i}`}
              item={item}
              sources={sources}
              onOpenSource={onOpenSource}
            />
          ))}
        </ul>
      </section>
      <p className="entity-id">{edge.id}</p>
    </div>
  );
}

function EvidenceItem({
  item,
  sources,
  onOpenSource,
}: {
  item: Evidence;
  sources: SourceCache;
  onOpenSource(id: string): void;
}) {
  const source = useSource(sources, item.source);
  const props = (source?.value?.source.properties ?? {}) as Record<string, unknown>;
  const title = source?.value?.source.name ?? item.source;
  const publisher = typeof props.publisher === "string" ? props.publisher : null;
  const published = typeof props.published === "string" ? props.published : null;
  return (
    <li className="evidence" data-testid="evidence-item">
      <EvidenceText text={source?.value?.text} paragraph={item.paragraph} sentence={item.sentence} />
      <p className="evidence-summary">{item.summary}</p>
      <p className="evidence-source">
        <button
          type="button"
          className="link-button"
          onClick={() => onOpenSource(item.source)}
          title="Everything this source supports"
        >
          {title}
        </button>
        {publisher && <span> · {publisher}</span>}
        {published && (
          <span>
            {" "}
            · {formatDate(published)}
            {props.publishedInferred === true ? " (inferred)" : ""}
          </span>
        )}
        <span>
          {" "}
          · ¶{item.paragraph}
          {item.sentence ? `, sentence ${item.sentence}` : ""}
        </span>
      </p>
      {source?.error && <p className="form-error">{source.error}</p>}
    </li>
  );
}
