// "Bring your own data": CSV with a mapping, GEXF, GraphML, graphology JSON and FollowTheMoney files,
// validated like seed folders and written with the same batched, idempotent upserts.
export {
  importFile,
  IMPORT_ERROR_POLICIES,
  readImportFile,
  type ImportErrorPolicy,
  type ImportFileOptions,
  type ImportFileSummary,
} from "./import-file.js";
export { detectFormat, IMPORT_FORMATS, ImportFormat } from "./detect-format.js";
export { importUpload, UploadFileName, type ImportUploadOptions, type UploadedFile } from "./import-upload.js";
export type { ReadGraph } from "./shared/read-graph.js";
