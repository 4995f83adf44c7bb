// What the Cypher editor offers to complete, by store: on Neo4j entity kinds are labels and relation
// types are relationship types; on Kuzu every entity is an :Entity and every relation a :Relation,
// with kind and type as properties. Property names come from both stores' columns.
import type { CypherEditorSchema } from "@neo4j-cypher/react-codemirror";
import { ENTITY_KINDS, RELATION_TYPES } from "../../../graph/model/vocabulary-constants.js";

const ENTITY_PROPERTIES = ["id", "name", "kind", "aliases", "properties"];
const RELATION_PROPERTIES = [
  "id",
  "type",
  "stance",
  "status",
  "source",
  "target",
  "dateStart",
  "dateEnd",
  "amountValue",
  "amountCurrency",
  "amountQualifier",
  "note",
  "evidence",
  "sources",
];

// The editor completes a label or type in place of what follows the colon, so each carries its colon.
const colon = (names: readonly string[]) => names.map((name) => `:${name}`);

export function cypherSchemaFor(store: string | null): CypherEditorSchema {
  const neo4j = store === "neo4j";
  // Until the store is known, offer both: a wrong guess would complete to a label the store lacks.
  const both = store === null;
  return {
    labels: colon(neo4j || both ? ["Entity", ...ENTITY_KINDS] : ["Entity"]),
    relationshipTypes: colon(neo4j ? RELATION_TYPES : both ? ["Relation", ...RELATION_TYPES] : ["Relation"]),
    propertyKeys: [...new Set([...ENTITY_PROPERTIES, ...RELATION_PROPERTIES])].sort(),
  };
}
