// The Cypher console: a read-only query in a Cypher editor with completion, run with Ctrl+Enter; the
// answer as a table, and the entities and relations it names drawn on the canvas.
import { Suspense, lazy, useEffect, useState } from "react";
import { api } from "../api/client.js";
import type { CypherResponse, Graph } from "../api/types.js";

const CypherEditorField = lazy(() => import("./CypherEditorField.js"));

interface Props {
  run<T>(what: string, task: () => Promise<T>): Promise<T | undefined>;
  onDraw(graph: Graph): void;
}

const EXAMPLES = [
  {
    label: "Everything pointing at JEDI",
    query: "MATCH (a)-[r]->(b {id: $id})\nRETURN a, r, b",
    params: '{"id": "contract:jedi"}',
  },
  {
    label: "Microsoft's relations",
    query: "MATCH (m {id: $id})-[r]-(other)\nRETURN m, r, other\nLIMIT 50",
    params: '{"id": "org:microsoft"}',
  },
];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.name === "string") return `${record.name}${record.kind ? ` (${String(record.kind)})` : ""}`;
    if (typeof record.type === "string")
      return `${record.type.toLowerCase().replace(/_/g, " ")}${record.status ? ` (${String(record.status)})` : ""}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export function CypherConsole({ run, onDraw }: Props) {
  const [query, setQuery] = useState(EXAMPLES[0]?.query ?? "");
  const [params, setParams] = useState(EXAMPLES[0]?.params ?? "{}");
  const [answer, setAnswer] = useState<CypherResponse | null>(null);
  const [paramError, setParamError] = useState<string | null>(null);
  const [store, setStore] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Completion follows the store's naming; if the check fails, the editor offers both.
    api.health().then(
      (health) => current && setStore(health.store),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const execute = async () => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(params.trim() || "{}") as Record<string, unknown>;
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
    } catch {
      setParamError('Parameters must be a JSON object, e.g. {"id": "org:microsoft"}.');
      return;
    }
    setParamError(null);
    const result = await run("Running the query…", () => api.cypher(query, parsed));
    if (!result) return;
    setAnswer(result);
    if (result.graph.nodes.length > 0) onDraw(result.graph);
  };

  return (
    <div className="cypher-console">
      <div className="examples">
        {EXAMPLES.map((example) => (
          <button
            key={example.label}
            type="button"
            className="chip"
            onClick={() => {
              setQuery(example.query);
              setParams(example.params ?? "{}");
            }}
          >
            {example.label}
          </button>
        ))}
      </div>
      <Suspense fallback={<div className="cypher-editor loading">Loading the editor…</div>}>
        <CypherEditorField store={store} value={query} onChange={setQuery} onRun={() => void execute()} />
      </Suspense>
      <label className="field">
        <span className="field-label">Parameters (JSON)</span>
        <input type="text" value={params} spellCheck={false} onChange={(e) => setParams(e.target.value)} />
      </label>
      {paramError && <p className="form-error">{paramError}</p>}
      <div className="button-row">
        <button type="button" className="primary" data-testid="cypher-run" onClick={() => void execute()}>
          Run <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </button>
        <span className="hint">Read-only: queries that write are refused.</span>
      </div>
      {answer && (
        <div className="cypher-result" data-testid="cypher-result">
          <p className="hint">
            {answer.rows.length} {answer.rows.length === 1 ? "row" : "rows"}
            {answer.truncated ? " (cut short: add a LIMIT)" : ""} · {answer.graph.nodes.length} entities drawn
          </p>
          {answer.rows.length > 0 && (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    {answer.columns.map((c) => (
                      <th key={c}>{c}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {answer.rows.slice(0, 200).map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cellText(cell)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
