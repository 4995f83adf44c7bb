// Reads the multipart form of POST /api/imports: a `file` part (with its file name) and, for CSV, a
// `mapping` part. Every way a form can be wrong becomes a typed error: 400 for a malformed or unexpected
// form, 413 past the size limits; nothing from the parser reaches the client as a 500.
import type { Multipart } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { GraphError, InvalidInputError, TooLargeError } from "../../graph/errors.js";
import type { UploadedFile } from "../../graph/importers/index.js";
import { MAX_MAPPING_BYTES } from "../../graph/importers/shared/read-mapping-file.js";

export interface ImportUploadForm {
  file: UploadedFile;
  mapping?: UploadedFile;
}

const PART_NAMES = ["file", "mapping"] as const;
type PartName = (typeof PART_NAMES)[number];

/** busboy's limits: a file and a mapping part, plus one more so that a stray part is named (400), not cut (413). */
export function importFormLimits(limitBytes: number) {
  return { fileSize: limitBytes, fieldSize: MAX_MAPPING_BYTES, files: 3, fields: 3, parts: 3, headerPairs: 20 };
}

function asTooLarge(part: string, limitBytes: number): TooLargeError {
  return new TooLargeError(`The ${part} part is larger than the limit of ${limitBytes} bytes.`, {
    limitBytes,
    part,
  });
}

/** The parser's errors carry a status (413 for its limits) or none (busboy: malformed form). */
function asGraphError(error: unknown, limitBytes: number): GraphError {
  if (error instanceof GraphError) return error;
  const { statusCode, message, code, part } = error as {
    statusCode?: number;
    message?: string;
    code?: string;
    part?: { fieldname?: string };
  };
  if (code === "FST_REQ_FILE_TOO_LARGE") {
    const name = part?.fieldname === "mapping" ? "mapping" : "file";
    return asTooLarge(name, name === "mapping" ? Math.min(MAX_MAPPING_BYTES, limitBytes) : limitBytes);
  }
  if (statusCode === 413) {
    return new TooLargeError(`The upload is too large: ${message ?? "a limit was reached"}.`, { limitBytes });
  }
  return new InvalidInputError(`The multipart form cannot be read: ${message ?? "malformed"}.`, { in: "body" });
}

async function readPart(part: Multipart, name: PartName, limitBytes: number): Promise<UploadedFile> {
  if (part.type === "field") {
    // A text field has no file name: only the mapping may come that way (curl -F "mapping=<file.yaml").
    if (name === "file") {
      throw new InvalidInputError('The "file" part must be a file with a name: curl -F "file=@contracts.csv"', {
        parameter: "file",
      });
    }
    if (part.valueTruncated) throw asTooLarge(name, MAX_MAPPING_BYTES);
    const text = typeof part.value === "string" ? part.value : JSON.stringify(part.value);
    return { name: "mapping.yaml", content: Buffer.from(text, "utf8") };
  }
  const content = await part.toBuffer();
  const limit = name === "mapping" ? Math.min(MAX_MAPPING_BYTES, limitBytes) : limitBytes;
  if (content.length > limit) throw asTooLarge(name, limit);
  return { name: part.filename, content };
}

export async function readImportUploadForm(request: FastifyRequest, limitBytes: number): Promise<ImportUploadForm> {
  if (!request.isMultipart()) {
    throw new InvalidInputError(
      'Send the file as multipart/form-data: a "file" part, and a "mapping" part for CSV (curl -F "file=@data.gexf").',
      { in: "body" },
    );
  }
  const found: Partial<Record<PartName, UploadedFile>> = {};
  try {
    for await (const part of request.parts({ limits: importFormLimits(limitBytes) })) {
      const name = PART_NAMES.find((known) => known === part.fieldname);
      if (!name) {
        throw new InvalidInputError(`Unknown form part "${part.fieldname.slice(0, 100)}"; expected file and mapping`, {
          parameter: part.fieldname.slice(0, 100),
        });
      }
      if (found[name]) throw new InvalidInputError(`The form has two "${name}" parts`, { parameter: name });
      found[name] = await readPart(part, name, limitBytes);
    }
  } catch (error) {
    throw asGraphError(error, limitBytes);
  }
  if (!found.file) {
    throw new InvalidInputError('The form has no "file" part: curl -F "file=@data.gexf"', { parameter: "file" });
  }
  return { file: found.file, ...(found.mapping ? { mapping: found.mapping } : {}) };
}
