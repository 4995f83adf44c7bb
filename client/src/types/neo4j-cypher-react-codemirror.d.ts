// Types for the part of @neo4j-cypher/react-codemirror we use: its package.json exports map has no
// "types" condition, so TypeScript cannot find the declarations it ships.
declare module "@neo4j-cypher/react-codemirror" {
  import type { Extension } from "@codemirror/state";
  import type { Component } from "react";

  export interface CypherEditorSchema {
    labels?: string[];
    relationshipTypes?: string[];
    propertyKeys?: string[];
  }

  export interface CypherEditorProps {
    value?: string;
    schema?: CypherEditorSchema;
    theme?: "light" | "dark" | "auto";
    lineNumbers?: boolean;
    lineWrapping?: boolean;
    autocomplete?: boolean;
    autocompleteCloseOnBlur?: boolean;
    placeholder?: string;
    className?: string;
    preExtensions?: Extension[];
    postExtensions?: Extension[];
    onValueChanged?: (value: string) => void;
    onKeyDown?: (event: KeyboardEvent) => void;
  }

  export class CypherEditor extends Component<CypherEditorProps> {}
}
