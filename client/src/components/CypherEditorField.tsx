// The Cypher editor: Neo4j's CodeMirror 6 editor with Cypher highlighting, linting and completion of
// keywords, our entity kinds, relation types and property names (as the store names them); Ctrl+Enter
// runs the query.
// Loaded on demand, since the Cypher parser behind it is large.
import { EditorView } from "@codemirror/view";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import { useMemo } from "react";
import { cypherSchemaFor } from "./cypher-schema.js";

interface Props {
  /** "kuzu" or "neo4j", from the health check; null while unknown. */
  store: string | null;
  value: string;
  onChange(value: string): void;
  onRun(): void;
}

const EXTENSIONS = [EditorView.contentAttributes.of({ "aria-label": "Cypher query", "data-testid": "cypher-input" })];

export default function CypherEditorField({ store, value, onChange, onRun }: Props) {
  const schema = useMemo(() => cypherSchemaFor(store), [store]);
  return (
    <CypherEditor
      className="cypher-editor"
      value={value}
      onValueChanged={onChange}
      // The editor reads this prop when a key is pressed, so it always runs the query as it stands.
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onRun();
        }
      }}
      schema={schema}
      theme="light"
      lineNumbers
      lineWrapping
      autocompleteCloseOnBlur
      preExtensions={EXTENSIONS}
      placeholder="MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 25"
    />
  );
}
