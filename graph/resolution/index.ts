// Entity resolution: names normalised for matching, duplicates proposed with a score and a reason, and
// merges (with their undo) recorded in an audit trail that the stores keep.
export { normalizeName, type NormalizedName } from "./normalize-name.js";
export { compareNames, jaro, jaroWinkler, wordSimilarity, type NameMatch } from "./name-similarity.js";
export {
  DEFAULT_DUPLICATE_THRESHOLD,
  findDuplicates,
  type DuplicateProposal,
  type EntityRef,
  type FindDuplicatesOptions,
} from "./find-duplicates.js";
export { MAX_PROPOSALS, MAX_SCANNED, proposeDuplicates, type DuplicatesAnswer } from "./propose-duplicates.js";
export { planMerge, type MergePlan } from "./plan-merge.js";
export { checkUndo } from "./check-undo.js";
export {
  MergeRecord,
  MergeRequest,
  MergeSnapshot,
  UndoRequest,
  summaryOf,
  type MergeMoves,
  type MergeSummary,
} from "./merge-record.js";
