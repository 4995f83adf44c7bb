// Reading lists out of a link's query string: comma-separated values, kept only when the vocabulary
// knows them.

export function listParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? "").split(",").filter(Boolean);
}

export function allowed<T extends string>(values: string[], vocabulary: readonly T[]): T[] {
  return values.filter((v): v is T => (vocabulary as readonly string[]).includes(v));
}
