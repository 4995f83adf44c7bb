// Response shapes of the API, built on the model's wire format (graph/model/graph.ts) and named for
// the OpenAPI document.
import { z } from "zod";
import { Graph as ModelGraph, GraphEdge as ModelEdge, GraphNode as ModelNode } from "../../graph/model/graph.js";
import { SourceText } from "../../graph/model/source-text.js";
import { EntityKind, RelationStatus, RelationType, Stance } from "../../graph/model/vocabulary.js";

export const GraphNode = ModelNode.meta({ id: "GraphNode" });
export const GraphEdge = ModelEdge.meta({ id: "GraphEdge" });
export const Graph = ModelGraph.extend({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) }).meta({ id: "Graph" });

export const HealthOk = z.object({
  status: z.literal("ok"),
  store: z.enum(["kuzu", "neo4j"]),
  entities: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
});
export const HealthDown = z.object({
  status: z.literal("unavailable"),
  store: z.enum(["kuzu", "neo4j"]),
  message: z.string(),
});

export const SearchHit = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: EntityKind,
    aliases: z.array(z.string()),
    score: z.number(),
    details: z
      .array(z.object({ label: z.string(), value: z.string() }))
      .describe("a property or two that tell the entity apart (role, sector, country, type, date)"),
    degree: z.number().int().nonnegative().describe("relations touching the entity"),
    source: z
      .object({
        id: z.string(),
        name: z.string().nullable().describe("the Source entity's title; null when it is not in the store"),
        relations: z.number().int().nonnegative().describe("how many of the entity's relations cite it"),
      })
      .nullable()
      .describe("the source the entity's relations cite most; null when none cites one"),
    sourceCount: z.number().int().nonnegative().describe("distinct sources its relations cite"),
  })
  .meta({ id: "SearchHit" });

export const SearchResponse = z.object({ results: z.array(SearchHit) });

const NeighborCount = z.object({
  type: RelationType,
  stance: Stance,
  direction: z.enum(["out", "in"]),
  count: z.number().int().nonnegative(),
});

export const NeighborSummary = z.object({
  id: z.string(),
  total: z.number().int().nonnegative().describe("relations touching the entity"),
  neighbors: z.number().int().nonnegative().describe("distinct neighbouring entities"),
  byStance: z.object({
    rivalry: z.number().int().nonnegative(),
    partnership: z.number().int().nonnegative(),
    neutral: z.number().int().nonnegative(),
  }),
  counts: z.array(NeighborCount),
});

export const EntityResponse = z.object({ entity: GraphNode, relations: z.array(GraphEdge) });

export const NeighborsResponse = Graph.extend({
  truncated: z.boolean().describe("true when the limit cut the neighbourhood short"),
  total: z.number().int().nonnegative().describe("how many nodes the neighbourhood has in all"),
});

export const NeighborhoodResponse = NeighborsResponse.extend({
  hubs: z
    .array(
      z.object({
        id: z.string(),
        total: z.number().int().nonnegative().describe("its relations under the neighbourhood's filter"),
        counts: z.array(NeighborCount).describe("largest first, as in the entity's summary"),
      }),
    )
    .describe("entities returned but not walked through, having more relations than hubDegree; by id"),
});

export const PathStep = z.object({
  edgeId: z.string(),
  from: z.string().describe("the node this step leaves (not necessarily the relation's source)"),
  to: z.string(),
  type: RelationType,
  status: RelationStatus,
  forward: z.boolean().describe("true when the relation points the way the path walks"),
  text: z.string().describe('the step in words: "Microsoft ─won→ JEDI"'),
  edgeIds: z
    .array(z.string())
    .describe(
      "every relation between the two entities that passes the filters, best supported first; edgeId is the first",
    ),
  support: z.object({
    status: RelationStatus.describe("the status of the step's best-supported relation"),
    relations: z.number().int().positive().describe("how many parallel relations the step folds"),
    sourceIds: z.array(z.string()).describe("distinct sources citing any of them"),
  }),
});
/** `edges` holds every relation folded into the path's steps, in walking order. */
export const FoundPath = Graph.extend({
  length: z.number().int().nonnegative().describe("hops"),
  nodeIds: z.array(z.string()).describe("the nodes in walking order"),
  edgeIds: z.array(z.string()).describe("one relation per step in walking order: the best supported, to draw"),
  steps: z.array(PathStep),
  text: z.string().describe("the whole path in one line"),
  support: z
    .object({
      weakestStatus: RelationStatus.describe("the status of the least established step"),
      unconfirmedSteps: z.number().int().nonnegative().describe("steps whose best relation is not confirmed"),
      independentSources: z.number().int().nonnegative().describe("distinct sources citing the path's relations"),
      sourceIds: z.array(z.string()),
    })
    .describe("why the path ranks where it does: fewer hops first, then these, in this order"),
}).meta({ id: "Path" });
export const PathsResponse = z.object({ paths: z.array(FoundPath) });

export const SchemaResponse = z.object({
  kinds: z.array(z.object({ kind: EntityKind, count: z.number().int().nonnegative() })),
  relationTypes: z.array(z.object({ type: RelationType, stance: Stance, count: z.number().int().nonnegative() })),
});

export const SourceResponse = z.object({
  source: GraphNode,
  supports: z.array(GraphEdge).describe("relations this source gives evidence for (its MENTIONS are listed apart)"),
  mentions: z.array(GraphEdge).describe("the entities the article names: its MENTIONS relations, found by ingest"),
  text: SourceText.meta({ id: "SourceText" })
    .nullable()
    .describe("the article's sentences by paragraph, stored by ingest; null when it was never ingested"),
});

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: Graph.describe("the entities and relations the result refers to, ready to draw"),
  truncated: z.boolean(),
});
