// The Cypher console: a read-only query in a Cypher editor with completion, run with Ctrl+Enter, and one
// field per $parameter the query names. The answer goes to the results drawer and onto the canvas.
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { api } from "../api/client.js";
import type { Graph } from "../api/types.js";
import type { CypherOutcome } from "../core/cypher/cypher-outcome.js";
import { parameterNamesOf, paramsForQuery } from "../core/cypher/query-params.js";

const CypherEditorField = lazy(() => import("./CypherEditorField.js"));

interface Props {
  run<T>(what: string, task: () => Promise<T>): Promise<T | undefined>;
  onDraw(graph: Graph): void;
  onOutcome(outcome: CypherOutcome): void;
}

const EXAMPLES: { label: string; query: string; params: Record<string, string> }[] = [
  {
    label: "Everything pointing at JEDI",
    query: "MATCH (a)-[r]->(b {id: $id})\nRETURN a, r, b",
    params: { id: "contract:jedi" },
  },
  {
    label: "Microsoft's relations",
    query: "MATCH (m {id: $id})-[r]-(other)\nRETURN m, r, other\nLIMIT 50",
    params: { id: "org:microsoft" },
  },
  {
    label: "Entities by kind",
    query: "MATCH (e:Entity)\nRETURN e.kind AS kind, count(*) AS n",
    params: {},
  },
];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function CypherConsole({ run, onDraw, onOutcome }: Props) {
  const [query, setQuery] = useState(EXAMPLES[0]?.query ?? "");
  // Values by parameter name; a query sends only those it names, so another query's values never leak in.
  const [typed, setTyped] = useState<Record<string, string>>(EXAMPLES[0]?.params ?? {});
  const [problem, setProblem] = useState<string | null>(null);
  const [store, setStore] = useState<string | null>(null);
  const names = useMemo(() => parameterNamesOf(query), [query]);

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
    const asked = paramsForQuery(query, typed);
    if ("problem" in asked) {
      setProblem(asked.problem);
      return;
    }
    setProblem(null);
    const outcome = await run("Running the query…", () =>
      api.cypher(query, asked.params).then(
        (answer): CypherOutcome => ({ kind: "rows", query, answer }),
        (error: unknown): CypherOutcome => ({ kind: "error", query, message: messageOf(error) }),
      ),
    );
    if (!outcome) return;
    onOutcome(outcome);
    if (outcome.kind === "rows" && outcome.answer.graph.nodes.length > 0) onDraw(outcome.answer.graph);
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
              setTyped(example.params);
              setProblem(null);
            }}
          >
            {example.label}
          </button>
        ))}
      </div>
      <Suspense fallback={<div className="cypher-editor loading">Loading the editor…</div>}>
        <CypherEditorField store={store} value={query} onChange={setQuery} onRun={() => void execute()} />
      </Suspense>
      <fieldset className="cypher-params" data-testid="cypher-params">
        <legend className="field-label">Parameters</legend>
        {names.length === 0 && <p className="hint">None: write $name in the query to give it a value here.</p>}
        {names.map((name) => (
          <label key={name} className="param-row">
            <code>${name}</code>
            <input
              type="text"
              aria-label={`$${name}`}
              value={typed[name] ?? ""}
              spellCheck={false}
              placeholder='text, or JSON: 5, true, ["a"]'
              onChange={(e) => setTyped((t) => ({ ...t, [name]: e.target.value }))}
              onKeyDown={(e) => {
                if (e.key === "Enter") void execute();
              }}
            />
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" data-testid="cypher-run" onClick={() => void execute()}>
          Run <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </button>
      </div>
      <p className="hint">Read-only: queries that write are refused. The rows open below the canvas.</p>
    </div>
  );
}
