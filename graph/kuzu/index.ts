// The embedded Kuzu store behind GraphStore.
export { createKuzuStore, KUZU_DATABASE_FILE, type KuzuStoreConfig } from "./kuzu-store.js";
export { KUZU_MAX_VARIABLE_LENGTH_HOPS } from "./kuzu-cypher.js";
