// The name the analyst's changes are recorded under (a merge, an undo), kept in this browser between
// visits so it is asked for once. A server with API_TOKEN refuses a change that names no one.
const KEY = "explorer.author";

export function storedAuthorName(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? "";
  } catch {
    // Storage may be refused (private mode, a sandboxed frame): the field then starts empty.
    return "";
  }
}

export function storeAuthorName(name: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, name);
  } catch {
    // Not kept: the next visit asks again.
  }
}
