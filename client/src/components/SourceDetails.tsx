// The panel for one source: what it is, who published it when, every relation it supports and, for an
// ingested article, the entities it names (its MENTIONS); either list can be drawn on the canvas in one go.
import type { GraphEdge } from "../../../graph/model/index.js";
import type { SourceCache } from "../api/source-cache.js";
import { STANCE_COLORS } from "../sigma/palette.js";
import { formatDate, formatPeriod, propertyText, relationSentence } from "./format.js";
import { useSource } from "./use-source.js";

interface Props {
  id: string;
  sources: SourceCache;
  nameOf(id: string): string;
  onDraw(edges: GraphEdge[]): void;
  onSelectEdge(id: string): void;
  onClose(): void;
  isOnCanvas(edgeId: string): boolean;
}

export function SourceDetails({ id, sources, nameOf, onDraw, onSelectEdge, onClose, isOnCanvas }: Props) {
  const state = useSource(sources, id);
  if (!state) return <p className="hint">Loading the source…</p>;
  if (!state.value) return <p className="form-error">{state.error}</p>;
  const { source, supports, mentions } = state.value;
  const p = source.properties as Record<string, unknown>;
  return (
    <div className="details" data-testid="source-details">
      <button type="button" className="link-button back" onClick={onClose}>
        ← back
      </button>
      <header className="details-head">
        <h2>{typeof p.title === "string" ? p.title : source.name}</h2>
      </header>
      <dl className="properties">
        {["publisher", "author", "published", "language", "file"].map((key) =>
          p[key] ? (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                {key === "published" ? formatDate(String(p[key])) : propertyText(p[key])}
                {key === "published" && p.publishedInferred === true ? " (inferred from what it reports)" : ""}
              </dd>
            </div>
          ) : null,
        )}
        {typeof p.url === "string" && (
          <div>
            <dt>url</dt>
            <dd>
              <a href={p.url} target="_blank" rel="noreferrer">
                {p.url}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <section>
        <SectionHead title={`Supports ${supports.length} relations`} onDrawAll={() => onDraw(supports)} />
        <ul className="support-list" data-testid="source-supports">
          {supports.map((edge) => (
            <li key={edge.id}>
              <span className="dot" style={{ background: STANCE_COLORS[edge.stance] }} />
              <button
                type="button"
                className="link-button"
                onClick={() => (isOnCanvas(edge.id) ? onSelectEdge(edge.id) : onDraw([edge]))}
              >
                {relationSentence(edge, nameOf)}
              </button>
              <span className="muted"> · {formatPeriod(edge.date)}</span>
            </li>
          ))}
        </ul>
      </section>
      {mentions.length > 0 && (
        <section>
          <SectionHead title={`Names ${mentions.length} entities`} onDrawAll={() => onDraw(mentions)} />
          <ul className="mention-list" data-testid="source-mentions">
            {mentions.map((edge) => (
              <li key={edge.id}>
                <button
                  type="button"
                  className="link-button"
                  title={`Named in ${edge.evidence.length} sentence${edge.evidence.length === 1 ? "" : "s"}`}
                  onClick={() => (isOnCanvas(edge.id) ? onSelectEdge(edge.id) : onDraw([edge]))}
                >
                  {nameOf(edge.target)}
                </button>
                <span className="muted"> ×{edge.evidence.length}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function SectionHead({ title, onDrawAll }: { title: string; onDrawAll(): void }) {
  return (
    <div className="section-head">
      <h3>{title}</h3>
      <button type="button" className="link-button" onClick={onDrawAll}>
        draw all
      </button>
    </div>
  );
}
