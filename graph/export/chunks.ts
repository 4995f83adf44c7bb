// Streams an exporter's small pieces of text as chunks of bounded size: few enough chunks that a
// socket or file is not written to per node, small enough that a 5,000-node graph never sits in memory.

export const DEFAULT_CHUNK_CHARS = 16 * 1024;

/**
 * Gathers pieces into chunks of about `chunkChars` characters. A chunk only grows past it by one piece,
 * and each writer keeps its pieces to one node, edge or row.
 */
export async function* chunksOf(pieces: Iterable<string>, chunkChars = DEFAULT_CHUNK_CHARS): AsyncGenerator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= chunkChars) {
      yield buffer.join("");
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join("");
}
