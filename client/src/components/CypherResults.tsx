// The Cypher results drawer: the last query's rows across the width of the canvas, or the error that
// replaced them. A cell naming an entity or a relation selects it on the canvas.
import { cellTargetOf, cellText, summaryOf, type CypherOutcome } from "../core/cypher/cypher-outcome.js";
import "./cypher-results.css";

const SHOWN_ROWS = 500;

interface Props {
  outcome: CypherOutcome;
  onSelect(target: { kind: "entity" | "relation"; id: string }): void;
  onClose(): void;
}

function Cell({ value, onSelect }: { value: unknown; onSelect: Props["onSelect"] }) {
  const target = cellTargetOf(value);
  const text = cellText(value);
  if (!target) return <td>{text}</td>;
  return (
    <td>
      <button type="button" className="link-button" title={`Select ${target.id}`} onClick={() => onSelect(target)}>
        {text}
      </button>
    </td>
  );
}

export function CypherResults({ outcome, onSelect, onClose }: Props) {
  return (
    <section
      className={outcome.kind === "error" ? "results-drawer compact" : "results-drawer"}
      aria-label="Cypher results"
      data-testid="cypher-result"
    >
      <header className="results-head">
        <strong data-testid="cypher-summary">{summaryOf(outcome)}</strong>
        <code className="results-query" title={outcome.query}>
          {outcome.query.replace(/\s+/g, " ")}
        </code>
        <button type="button" className="icon-button" aria-label="Close the results" onClick={onClose}>
          ×
        </button>
      </header>
      {outcome.kind === "error" ? (
        <p className="form-error results-error" role="alert" data-testid="cypher-error">
          {outcome.message}
        </p>
      ) : outcome.answer.rows.length === 0 ? (
        <p className="hint results-empty">No rows.</p>
      ) : (
        <div className="results-table">
          <table>
            <thead>
              <tr>
                {outcome.answer.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {outcome.answer.rows.slice(0, SHOWN_ROWS).map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <Cell key={c} value={cell} onSelect={onSelect} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {outcome.answer.rows.length > SHOWN_ROWS && (
            <p className="hint">
              The first {SHOWN_ROWS} of {outcome.answer.rows.length} rows are shown.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
