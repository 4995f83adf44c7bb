// The one error shape every failing request gets: { error: { code, message, details } }.
import { z } from "zod";

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe("Stable machine-readable code such as not_found or invalid_input"),
      message: z.string().describe("What went wrong and, where possible, what to do about it"),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: "ErrorBody" });
export type ErrorBody = z.infer<typeof ErrorBody>;

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}): ErrorBody {
  return { error: { code, message, details } };
}

/** Error responses a route can give, for its OpenAPI entry and its serializer. */
export function errorResponses<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody])) as { [K in S[number]]: typeof ErrorBody };
}
