// What a request's path means once every spelling is folded: percent-decoding (repeated, as a proxy in
// front may decode once more), backslashes, repeated slashes, dot segments and case. Decisions about
// a path (is it the API? is it a page?) are made on this form, never on the raw URL.

const MAX_DECODE_ROUNDS = 4;

function decodeFully(path: string): string | undefined {
  let current = path;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (decoded === current) return current;
    current = decoded;
  }
  return undefined;
}

function withoutDotSegments(path: string): string {
  const kept: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") kept.pop();
    else if (segment !== "." && segment !== "") kept.push(segment);
  }
  return `/${kept.join("/")}`;
}

/**
 * The folded path of a request URL (query, fragment and `;` parameters dropped), or undefined when it
 * cannot be decoded: a path that cannot be read is treated as the most guarded thing it could be.
 */
export function foldedPath(url: string): string | undefined {
  const raw = url.split(/[?#]/, 1)[0] ?? "";
  const decoded = decodeFully(raw);
  if (decoded === undefined) return undefined;
  const slashes = decoded.replace(/\\/g, "/").split(";", 1)[0]!;
  return withoutDotSegments(slashes).toLowerCase();
}

/** Whether a URL, however spelled, names the API (or cannot be read, and so might). */
export function namesTheApi(url: string): boolean {
  const path = foldedPath(url);
  return path === undefined || path === "/api" || path.startsWith("/api/");
}
