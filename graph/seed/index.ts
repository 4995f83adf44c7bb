// Seed folders: loading, validation and the problems they report.
export { loadSeedFolder, seedFilesOf } from "./load-seed-folder.js";
export { validateSeedGraph, checkSeedGraph, type SeedGraph, type SeedGraphInput } from "./validate-seed-graph.js";
export { formatSeedIssue, MAX_REPORTED_ISSUES, type SeedIssue } from "./seed-issues.js";
export type { RecordOrigin } from "./seed-records.js";
