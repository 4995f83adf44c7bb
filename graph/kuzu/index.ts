// The embedded store behind GraphStore (LadybugDB; Kuzu 0.11 for migration and benchmarks).
export { createKuzuStore, type KuzuStoreConfig } from "./kuzu-store.js";
export { KUZU_MAX_VARIABLE_LENGTH_HOPS } from "./kuzu-cypher.js";
export { databaseFileOf, EMBEDDED_DATABASE_FILE, EMBEDDED_ENGINES, type EmbeddedEngineName } from "./engine.js";
