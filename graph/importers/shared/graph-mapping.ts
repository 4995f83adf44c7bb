// The small options object that maps a graph file's node and edge attributes (GEXF, GraphML, graphology
// JSON) to our entity kinds and relation types. Given as a YAML/JSON mapping file; everything is optional.
import { z } from "zod";
import { RelationStatus, RelationType } from "../../model/vocabulary.js";
import { KindName } from "./kind-name.js";
import { SourceInfo } from "./source-entity.js";

const Attribute = z.string().min(1).max(200);

export const GraphMapping = z
  .object({
    source: SourceInfo.optional(),
    /** The node attribute holding a node's name; the node's key when it is missing or empty. */
    nameAttribute: Attribute.default("label"),
    /** The node attribute holding its kind; every node is `defaultKind` without it. */
    kindAttribute: Attribute.optional(),
    /** Attribute values → kinds; a value that spells a kind ("person", "Organization") needs no entry. */
    kinds: z.record(z.string(), KindName).default({}),
    defaultKind: KindName.default("Organization"),
    /** The edge attribute holding its relation type; every edge is `defaultType` without it. */
    typeAttribute: Attribute.optional(),
    /** Attribute values → relation types; a value that spells a type ("partners with") needs no entry. */
    types: z.record(z.string(), RelationType).default({}),
    /** Neutral unless the file says more: an untyped edge only says that two nodes are tied. */
    defaultType: RelationType.default("RELATED_TO"),
    status: RelationStatus.default("reported"),
    /**
     * "per-file": a node's id means something only inside its file, so two files never share an entity
     * (joining them is the job of duplicates and merge). "global": the file's node ids name the same thing
     * in every file (our own exports, extracts of one database), and entities are keyed by them.
     */
    ids: z.enum(["per-file", "global"]).default("per-file"),
    /** A GEXF file timed with numbers (timeformat integer or double): "year" reads each time as a year. */
    numericTime: z.enum(["year"]).optional(),
  })
  .strict();
export type GraphMapping = z.infer<typeof GraphMapping>;

export function defaultGraphMapping(): GraphMapping {
  return GraphMapping.parse({});
}
