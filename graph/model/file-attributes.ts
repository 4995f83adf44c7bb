// What an imported file says about a node or edge beyond the model's own fields (a weight, tags, a
// founding year), each value with the type the file declares, so nothing a file holds is lost or retyped.
import { z } from "zod";

export const FILE_ATTRIBUTE_TYPES = ["string", "integer", "float", "boolean", "date", "list"] as const;
export type FileAttributeType = (typeof FILE_ATTRIBUTE_TYPES)[number];

/** A partial ISO date (`2019`, `2019-10`, `2019-10-25`) or a date with its time, as GEXF and GraphML write them. */
const DATE_TEXT = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const MAX_TEXT = 2000;
const listItem = z.union([z.string().max(MAX_TEXT), z.number().finite(), z.boolean()]);

export const FileAttributeValue = z.discriminatedUnion("type", [
  z.object({ type: z.literal("string"), value: z.string().max(MAX_TEXT) }).strict(),
  z.object({ type: z.literal("integer"), value: z.number().int() }).strict(),
  z.object({ type: z.literal("float"), value: z.number().finite() }).strict(),
  z.object({ type: z.literal("boolean"), value: z.boolean() }).strict(),
  z
    .object({ type: z.literal("date"), value: z.string().regex(DATE_TEXT, "expected an ISO date such as 2019-10-25") })
    .strict(),
  z.object({ type: z.literal("list"), value: z.array(listItem).max(500) }).strict(),
]);
export type FileAttributeValue = z.infer<typeof FileAttributeValue>;

export const MAX_FILE_ATTRIBUTES = 200;

/** Attribute name → typed value, as the file names it. */
export const FileAttributes = z
  .record(z.string().trim().min(1).max(200), FileAttributeValue)
  .refine((attributes) => Object.keys(attributes).length <= MAX_FILE_ATTRIBUTES, {
    message: `at most ${MAX_FILE_ATTRIBUTES} attributes`,
  });
export type FileAttributes = z.infer<typeof FileAttributes>;

export function isDateText(text: string): boolean {
  return DATE_TEXT.test(text);
}
