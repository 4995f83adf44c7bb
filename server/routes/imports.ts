// POST /api/imports: an uploaded CSV (with its mapping), GEXF, GraphML, graphology JSON or FollowTheMoney
// file, imported through the same validated, idempotent path as `cli import`, or only checked (dryRun).
// The form is multipart because a CSV comes with a second file, its mapping; uploads have their own size
// limit, and this scope parses nothing but multipart, so every other route keeps the 1 MiB JSON limit.
import multipart from "@fastify/multipart";
import type { FastifySchemaCompiler } from "fastify";
import { validatorCompiler, type FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { IMPORT_ERROR_POLICIES, IMPORT_FORMATS, ImportFormat, importUpload } from "../../graph/importers/index.js";
import { MAX_MAPPING_BYTES } from "../../graph/importers/shared/read-mapping-file.js";
import { errorResponses } from "../http/error-body.js";
import { importFormLimits, readImportUploadForm } from "../http/import-upload-form.js";
import { queryBoolean } from "../http/list-params.js";
import type { RouteDeps } from "./route-deps.js";

export const DEFAULT_IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

export interface ImportRouteDeps extends RouteDeps {
  /** The largest file an upload may carry. */
  limitBytes: number;
}

const ImportQuery = z.object({
  format: ImportFormat.optional().describe(
    `${IMPORT_FORMATS.join(", ")}; when absent, read from the content (a gexf or graphml root, FtM lines, ` +
      "a graphology object), then from the file name's extension",
  ),
  dryRun: queryBoolean(false).describe("true: read and validate only, and answer what would be imported"),
  onError: z
    .enum(IMPORT_ERROR_POLICIES)
    .default("refuse")
    .describe(
      "CSV: refuse (default) refuses the whole file when any row has a problem; skip leaves such rows out, " +
        "imports the rest and lists each row left out, by line, with its problems, in skippedRows",
    ),
});

/** What the form carries, for the OpenAPI document; readImportUploadForm reads and checks it. */
const ImportForm = z
  .object({
    file: z
      .string()
      .meta({ format: "binary" })
      .describe("The file, sent with its name (contracts.csv, network.gexf, ...), which names its source"),
    mapping: z
      .string()
      .meta({ format: "binary" })
      .optional()
      .describe(`The mapping (YAML, or JSON by extension), required for CSV; at most ${MAX_MAPPING_BYTES} bytes`),
  })
  .strict();

const ImportSummary = z
  .object({
    file: z.string().describe("the uploaded file's name"),
    format: ImportFormat,
    source: z
      .string()
      .nullable()
      .describe("the Source entity the file became, which every imported relation cites; null for our own export"),
    ownExport: z
      .boolean()
      .describe("true for a file our export wrote: its records came back as they were (ids, evidence, sources)"),
    entities: z.number().int().nonnegative().describe("entities written (or, on a dry run, that would be)"),
    relations: z.number().int().nonnegative().describe("relations written (or, on a dry run, that would be)"),
    records: z.number().int().nonnegative().describe("rows, nodes and edges, or FtM entities read"),
    skipped: z.record(z.string(), z.number().int().nonnegative()).describe("records left out on purpose, by reason"),
    readAs: z
      .record(z.string(), z.number().int().nonnegative())
      .describe("what was kept in another form than the file's, by how (GEXF spells as relation periods)"),
    seconds: z.number().nonnegative(),
    dryRun: z.boolean().describe("true when nothing was written"),
    kinds: z.record(z.string(), z.number().int().nonnegative()).describe("the file's entities by kind"),
    types: z.record(z.string(), z.number().int().nonnegative()).describe("the file's relations by type"),
    skippedRows: z
      .array(z.object({ line: z.number().int().positive(), problems: z.array(z.string()) }))
      .optional()
      .describe("with onError=skip: each row left out, by its line in the file, and why"),
  })
  .meta({ id: "ImportSummary" });

/** The body is a multipart stream the handler reads itself; the query is checked as on any route. */
const queryOnlyValidator: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === "body" ? () => true : validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);

export const importRoutes: FastifyPluginAsyncZod<ImportRouteDeps> = async (app, { store, limitBytes }) => {
  app.removeAllContentTypeParsers();
  await app.register(multipart, { limits: importFormLimits(limitBytes) });

  app.post(
    "/api/imports",
    {
      schema: {
        summary: "Import an uploaded file (CSV with a mapping, GEXF, GraphML, graphology JSON, FtM), or dry-run it",
        description:
          `multipart/form-data with a \`file\` part (at most ${limitBytes} bytes) and, for CSV, a \`mapping\` part. ` +
          "The whole file is validated first: any problem answers 400 naming file, record and field, and nothing " +
          "is written. Ids come from the file's name and content, so the same upload twice changes nothing.",
        tags: ["import"],
        consumes: ["multipart/form-data"],
        querystring: ImportQuery,
        body: ImportForm,
        response: { 200: ImportSummary, ...errorResponses(400, 401, 413, 415, 429, 503) },
      },
      validatorCompiler: queryOnlyValidator,
    },
    async (request) => {
      const form = await readImportUploadForm(request, limitBytes);
      const { format, dryRun, onError } = request.query;
      const summary = await importUpload(store, form.file, { format, dryRun, onError, mapping: form.mapping });
      return { file: form.file.name, ...summary, dryRun };
    },
  );
};
