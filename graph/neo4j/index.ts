// The Neo4j adapter: build a store with createNeo4jStore(config).
export { createNeo4jStore, type Neo4jStoreConfig } from "./neo4j-store.js";
