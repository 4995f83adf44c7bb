// A small coloured tag naming an entity kind, matching the canvas colours and shapes.
import type { EntityKind } from "../../../graph/model/index.js";
import { KIND_COLORS, KIND_SHAPES } from "../sigma/palette.js";

export function KindBadge({ kind }: { kind: EntityKind }) {
  return (
    <span className="kind-badge" style={{ color: KIND_COLORS[kind] }}>
      <span className={`swatch ${KIND_SHAPES[kind]}`} style={{ background: KIND_COLORS[kind] }} />
      {kind}
    </span>
  );
}
