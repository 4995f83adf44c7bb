// Reads a whole text file for the formats that need it at once (XML, graphology JSON), with a size cap
// and strict UTF-8: an invalid byte is refused, never silently replaced.
import { readFile, stat } from "node:fs/promises";
import { InvalidInputError } from "../../errors.js";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  const { size } = await stat(path);
  if (size > maxBytes) {
    throw new InvalidInputError(`${path}: file is ${size} bytes, more than the ${maxBytes} this format is read with`, {
      file: path,
    });
  }
  try {
    return strictUtf8.decode(await readFile(path));
  } catch {
    throw new InvalidInputError(`${path}: invalid UTF-8; save the file as UTF-8`, { file: path });
  }
}
