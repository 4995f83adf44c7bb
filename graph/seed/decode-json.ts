// Strict reading of seed text: invalid UTF-8 is an error (never silently replaced), and JSON syntax
// errors carry the line and column a person can jump to.

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export type Decoded = { ok: true; text: string } | { ok: false; line: number };

/** Decodes UTF-8 or reports the first line (1-based) holding an invalid byte sequence. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, line: firstInvalidLine(bytes) };
  }
}

function firstInvalidLine(bytes: Uint8Array): number {
  // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    line++;
    start = end + 1;
  }
  return line - 1;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const message = raw.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    return { ok: false, line, column, message };
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
