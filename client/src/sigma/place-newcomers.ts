// Where an entity new to a drawn canvas lands: beside the entities it connects to, on a small spiral
// around them so siblings of one expand do not pile up, and one that connects to nothing drawn goes
// just outside the drawing, so the layout that follows moves only the newcomers, never the rest.
export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = 2.399963;

/** The mean length of up to `sample` drawn relations: the drawing's own unit of distance. */
export function typicalSpacing(lengths: Iterable<number>, sample = 200): number {
  let sum = 0;
  let count = 0;
  for (const length of lengths) {
    if (!(length > 0)) continue;
    sum += length;
    if (++count >= sample) break;
  }
  return count === 0 ? 1 : sum / count;
}

/** The `index`-th newcomer beside `anchors` (the drawn entities it connects to), `spacing` apart. */
export function placeBeside(anchors: readonly Point[], index: number, spacing: number): Point {
  const centre = {
    x: anchors.reduce((sum, a) => sum + a.x, 0) / anchors.length,
    y: anchors.reduce((sum, a) => sum + a.y, 0) / anchors.length,
  };
  const angle = index * GOLDEN_ANGLE;
  const radius = spacing * (0.5 + 0.2 * Math.sqrt(index));
  return { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius };
}

/** The `index`-th newcomer tied to nothing drawn: on a ring just outside the drawing's extent. */
export function placeOutside(drawn: readonly Point[], index: number, spacing: number): Point {
  if (drawn.length === 0) return placeBeside([{ x: 0, y: 0 }], index, spacing * 10);
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const p of drawn) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const radius = Math.hypot(maxX - minX, maxY - minY) / 2 + spacing;
  const angle = index * GOLDEN_ANGLE;
  return { x: (minX + maxX) / 2 + Math.cos(angle) * radius, y: (minY + maxY) / 2 + Math.sin(angle) * radius };
}
