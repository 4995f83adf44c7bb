// The embedded store in a supervised child process: a memory cap, restarts, and a GraphStore proxy.
export { createSupervisedStore, type SupervisedStoreOptions } from "./supervised-store.js";
export type { StoreFactoryRef } from "./host-protocol.js";
