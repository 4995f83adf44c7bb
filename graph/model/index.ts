// The domain model, defined once: entity kinds, relation types and their stance, and the wire format.
export * from "./vocabulary.js";
export * from "./dates.js";
export * from "./entity.js";
export * from "./file-attributes.js";
export * from "./relation.js";
export * from "./graph.js";
export * from "./search-text.js";
export * from "./source-text.js";
export * from "./support.js";
