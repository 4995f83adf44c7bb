// Imports a file that arrived as bytes (an HTTP upload) through the same path as the CLI: it is written
// under its own name to a private temp folder, imported with importFile, and the folder is removed.
// Problems name the uploaded file as the client called it, never the temp path.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { GraphError, InvalidInputError } from "../errors.js";
import type { GraphStore } from "../store.js";
import { importFile, type ImportFileOptions, type ImportFileSummary } from "./import-file.js";

/** File systems allow 255 bytes per name; the rest is room for the importers' own suffixes. */
const MAX_NAME_BYTES = 200;

/**
 * A plain file name, as browsers and curl send it: it names the Source the file becomes (so the same
 * name and content give the same ids as `cli import`), and picks the format by extension.
 */
export const UploadFileName = z
  .string()
  .min(1, "the file needs a name, such as contracts.csv")
  .refine((name) => Buffer.byteLength(name, "utf8") <= MAX_NAME_BYTES, `longer than ${MAX_NAME_BYTES} bytes`)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), "a plain file name, without folders or control characters")
  .refine((name) => name.trim() === name && name !== "." && name !== "..", "a plain file name, such as contracts.csv");

export interface UploadedFile {
  /** The name the client gave the file. */
  name: string;
  content: Uint8Array;
}

export type ImportUploadOptions = Pick<ImportFileOptions, "format" | "dryRun" | "batchSize" | "onError"> & {
  /** A mapping file (YAML, or JSON by extension): required for CSV. */
  mapping?: UploadedFile;
};

function checkedName(file: UploadedFile, part: string): string {
  const parsed = UploadFileName.safeParse(file.name);
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues.map((issue) => issue.message).join("; ");
  throw new InvalidInputError(
    `${part}: the file name ${JSON.stringify(file.name.slice(0, 300))} is not usable: ${why}`,
    {
      parameter: part,
    },
  );
}

/** The same error with every temp path turned back into the uploaded file's own name. */
function withoutTempPaths(error: GraphError, folders: string[]): GraphError {
  const clean = (text: string) => folders.reduce((out, folder) => out.split(`${folder}/`).join(""), text);
  const cleanDeep = (value: unknown): unknown => {
    if (typeof value === "string") return clean(value);
    if (Array.isArray(value)) return value.map(cleanDeep);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanDeep(item)]));
    }
    return value;
  };
  const Type = error.constructor as new (...args: ConstructorParameters<typeof InvalidInputError>) => GraphError;
  return new Type(clean(error.message), cleanDeep(error.details) as Record<string, unknown>, { cause: error });
}

export async function importUpload(
  store: GraphStore,
  file: UploadedFile,
  options: ImportUploadOptions = {},
): Promise<ImportFileSummary> {
  const fileName = checkedName(file, "file");
  const mappingName = options.mapping ? checkedName(options.mapping, "mapping") : undefined;
  const root = await mkdtemp(join(tmpdir(), "explorer-upload-"));
  const folders = [join(root, "file"), join(root, "mapping")];
  try {
    await Promise.all(folders.map((folder) => mkdir(folder)));
    const path = join(root, "file", fileName);
    await writeFile(path, file.content);
    let mapping: string | undefined;
    if (options.mapping && mappingName) {
      mapping = join(root, "mapping", mappingName);
      await writeFile(mapping, options.mapping.content);
    }
    const { format, dryRun, batchSize, onError } = options;
    return await importFile(store, path, { format, dryRun, batchSize, mapping, onError });
  } catch (error) {
    throw error instanceof GraphError ? withoutTempPaths(error, folders) : error;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
