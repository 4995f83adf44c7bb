// A script that recreates the graph in another Neo4j 5: JSON Lines, one {"statement", "parameters"}
// object per line, run in order, each line in its own transaction. The statements are the Neo4j store's
// own schema and upsert statements, so labels and types come only from the allow-lists; values only
// ever travel as parameters. README.md shows how to run it with the driver or the HTTP API.
import { InvalidInputError } from "../errors.js";
import type { Graph, GraphEdge, GraphNode } from "../model/graph.js";
import { RELATION_TYPES } from "../model/vocabulary.js";
import {
  AWAIT_INDEXES,
  CREATE_ENTITY_ID_CONSTRAINT,
  CREATE_NAME_FULLTEXT_INDEX,
  CREATE_SEARCH_TEXT_INDEX,
  createRelationIdIndex,
  upsertEntitiesOfKind,
  upsertRelationsOfType,
} from "../neo4j/queries.js";
import { groupBy } from "../neo4j/neo4j-rows.js";
import { entityRowOfNode, relationRowOfEdge } from "./neo4j-shape.js";

export interface CypherOptions {
  /** Rows per statement (and so per transaction). Default 500, as the Neo4j store writes them. */
  batchSize?: number;
}

export const DEFAULT_CYPHER_BATCH_SIZE = 500;

/** One line of the script, as the driver's `session.run(statement, parameters)` takes it. */
export interface CypherStatementLine {
  statement: string;
  parameters: Record<string, unknown>;
}

export const CYPHER_SCHEMA_STATEMENTS: readonly string[] = [
  CREATE_ENTITY_ID_CONSTRAINT,
  CREATE_SEARCH_TEXT_INDEX,
  CREATE_NAME_FULLTEXT_INDEX,
  ...RELATION_TYPES.map((type) => createRelationIdIndex(type)),
  AWAIT_INDEXES,
];

export function checkCypherBatchSize(options: CypherOptions = {}): number {
  const batchSize = options.batchSize ?? DEFAULT_CYPHER_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new InvalidInputError(`batchSize must be a positive whole number, not ${batchSize}`, {
      parameter: "batchSize",
    });
  }
  return batchSize;
}

export function* cypherPieces(graph: Graph, batchSize: number): Generator<string> {
  for (const statement of CYPHER_SCHEMA_STATEMENTS) yield `${JSON.stringify({ statement, parameters: {} })}\n`;
  // Nodes before relationships: a relationship statement matches both its ends.
  for (const [kind, nodes] of groupBy(graph.nodes, (n: GraphNode) => n.kind)) {
    yield* batchLines(upsertEntitiesOfKind(kind), nodes, batchSize, entityRowOfNode);
  }
  for (const [type, edges] of groupBy(graph.edges, (e: GraphEdge) => e.type)) {
    yield* batchLines(upsertRelationsOfType(type), edges, batchSize, relationRowOfEdge);
  }
}

/** Each line streamed a row at a time: `{"statement":…,"parameters":{"rows":[` row, row, … `]}}`. */
function* batchLines<T>(statement: string, items: readonly T[], batchSize: number, rowOf: (item: T) => unknown) {
  for (let start = 0; start < items.length; start += batchSize) {
    yield `{"statement":${JSON.stringify(statement)},"parameters":{"rows":[`;
    const end = Math.min(start + batchSize, items.length);
    for (let i = start; i < end; i++) yield (i === start ? "" : ",") + JSON.stringify(rowOf(items[i]!));
    yield "]}}\n";
  }
}
