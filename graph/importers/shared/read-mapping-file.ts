// Reads a mapping file (YAML or JSON, by extension) and checks it against a zod schema. Problems name the
// mapping file and the dotted field, like seed-file problems do.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { SeedIssueList, zodProblems } from "../../seed/index.js";
import { fileProblem } from "./graph-builder.js";

export const MAX_MAPPING_BYTES = 1024 * 1024;

export async function readMappingFile<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fileProblem(path, `cannot read the mapping file (${error.code ?? error.message})`, { parameter: "mapping" });
  });
  if (bytes.length > MAX_MAPPING_BYTES)
    throw fileProblem(path, `mapping file is larger than ${MAX_MAPPING_BYTES} bytes`);
  return parseMapping(bytes.toString("utf8"), path, schema);
}

/** Parses mapping text; `.json` files as JSON, anything else as YAML (a superset of JSON). */
export function parseMapping<S extends z.ZodType>(text: string, path: string, schema: S): z.infer<S> {
  const issues = new SeedIssueList();
  let raw: unknown;
  if (extname(path).toLowerCase() === ".json") {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw fileProblem(path, `invalid JSON: ${(error as Error).message}`);
    }
  } else {
    const document = parseDocument(text, { prettyErrors: false });
    const error = document.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      const where = at ? ` at line ${at.line}, column ${at.col}` : "";
      throw fileProblem(path, `invalid YAML${where}: ${error.message.split("\n")[0]}`, { line: at?.line });
    }
    raw = document.toJS();
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const problem of zodProblems(result.error)) issues.add({ file: path, record: "mapping", ...problem });
    issues.throwIfAny(path, "Mapping file");
  }
  return result.data as z.infer<S>;
}
