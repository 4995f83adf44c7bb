// Reads a mapping file (YAML or JSON, by extension) and checks it against a zod schema. Problems name the
// mapping file and the dotted field, like seed-file problems do.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { isAlias, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { SeedIssueList, zodProblems } from "../../seed/index.js";
import { fileProblem } from "./graph-builder.js";

export const MAX_MAPPING_BYTES = 1024 * 1024;

export async function readMappingFile<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fileProblem(path, `cannot read the mapping file (${error.code ?? error.message})`, { parameter: "mapping" });
  });
  checkSize(bytes.length, path);
  return parseMapping(bytes.toString("utf8"), path, schema);
}

function checkSize(bytes: number, path: string): void {
  if (bytes > MAX_MAPPING_BYTES) throw fileProblem(path, `mapping file is larger than ${MAX_MAPPING_BYTES} bytes`);
}

/**
 * Parses mapping text; `.json` files as JSON, anything else as YAML (a superset of JSON). YAML anchors and
 * aliases are refused: a mapping never needs them, and aliases nested in aliases ("billion laughs") would
 * grow a 1 KiB file into gigabytes when the document is turned into objects.
 */
export function parseMapping<S extends z.ZodType>(text: string, path: string, schema: S): z.infer<S> {
  checkSize(Buffer.byteLength(text, "utf8"), path);
  const issues = new SeedIssueList();
  let raw: unknown;
  if (extname(path).toLowerCase() === ".json") {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw fileProblem(path, `invalid JSON: ${(error as Error).message}`);
    }
  } else {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { prettyErrors: false, lineCounter });
    const error = document.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      const where = at ? ` at line ${at.line}, column ${at.col}` : "";
      throw fileProblem(path, `invalid YAML${where}: ${error.message.split("\n")[0]}`, { line: at?.line });
    }
    refuseAnchorsAndAliases(document, lineCounter, path);
    raw = document.toJS();
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const problem of zodProblems(result.error)) issues.add({ file: path, record: "mapping", ...problem });
    issues.throwIfAny(path, "Mapping file");
  }
  return result.data as z.infer<S>;
}

function refuseAnchorsAndAliases(document: Document, lineCounter: LineCounter, path: string): void {
  let found: { what: string; offset: number } | undefined;
  visit(document, {
    Node(_, node) {
      if (isAlias(node)) found = { what: `alias *${node.source}`, offset: node.range?.[0] ?? 0 };
      else if (node.anchor) found = { what: `anchor &${node.anchor}`, offset: node.range?.[0] ?? 0 };
      return found ? visit.BREAK : undefined;
    },
  });
  if (!found) return;
  const { line } = lineCounter.linePos(found.offset);
  throw fileProblem(
    path,
    `YAML anchors (&name) and aliases (*name) are not allowed in a mapping file; found ${found.what} at line ${line}. Write the value out in full.`,
    { line },
  );
}
