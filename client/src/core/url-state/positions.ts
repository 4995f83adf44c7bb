// Entity positions in a link, compactly: each coordinate rounded to a 46656-step grid over the
// drawing's extent and written as three base-36 characters, in the order of the link's entity list.
// Sigma frames the drawing by its extent, so the camera in the link stays valid.

export type Positions = Record<string, { x: number; y: number }>;

/** Six characters per entity; beyond this many entities a link would get unwieldy, so it leaves them out. */
export const MAX_LINKED_POSITIONS = 400;
const STEPS = 36 ** 3 - 1;
/** Decoded drawings span this many layout units, the scale ForceAtlas2 works at for our graphs. */
const DECODED_EXTENT = 100;

/** Null when an entity has no position yet (the layout is still placing it) or there are too many. */
export function encodePositions(ids: readonly string[], positions: Positions): string | null {
  if (ids.length === 0 || ids.length > MAX_LINKED_POSITIONS) return null;
  const points = ids.map((id) => positions[id]);
  if (points.some((p) => !p || !Number.isFinite(p.x) || !Number.isFinite(p.y))) return null;
  const xs = points.map((p) => p?.x ?? 0);
  const ys = points.map((p) => p?.y ?? 0);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const extent = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  const cell = (value: number) =>
    Math.round((value / extent) * STEPS)
      .toString(36)
      .padStart(3, "0");
  return points.map((p) => cell((p?.x ?? 0) - minX) + cell((p?.y ?? 0) - minY)).join("");
}

export function decodePositions(text: string | null, ids: readonly string[]): Positions | null {
  if (!text || text.length !== ids.length * 6 || !/^[0-9a-z]+$/.test(text)) return null;
  const positions: Positions = {};
  ids.forEach((id, i) => {
    const at = (offset: number) =>
      (parseInt(text.slice(i * 6 + offset, i * 6 + offset + 3), 36) / STEPS) * DECODED_EXTENT;
    positions[id] = { x: at(0) - DECODED_EXTENT / 2, y: at(3) - DECODED_EXTENT / 2 };
  });
  return positions;
}
