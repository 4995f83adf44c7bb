// Seed import: batched, idempotent upserts of a validated seed graph, and its terminal report.
export {
  importSeedGraph,
  importSeedFolder,
  DEFAULT_IMPORT_BATCH_SIZE,
  DEFAULT_BULK_MIN_RECORDS,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
} from "./import-seed-graph.js";
export { createImportReporter, formatImportSummary, type ImportReporter } from "./terminal-report.js";
