// Seed folders: loading, validation and the problems they report.
export { loadSeedFolder, seedFilesOf } from "./load-seed-folder.js";
export { validateSeedGraph, checkSeedGraph, type SeedGraph, type SeedGraphInput } from "./validate-seed-graph.js";
export { formatSeedIssue, MAX_REPORTED_ISSUES, SeedIssueList, zodProblems, type SeedIssue } from "./seed-issues.js";
export { SeedRecords, recordLabel, type RecordOrigin, type RecordKind } from "./seed-records.js";
