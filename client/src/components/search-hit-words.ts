// Words for what tells a search hit apart: its relations and the source they cite most.
import type { SearchHit } from "../api/types.js";

export function relationCountText(degree: number): string {
  if (degree === 0) return "no relations";
  return `${degree.toLocaleString("en-US")} ${degree === 1 ? "relation" : "relations"}`;
}

/** "from Harbour council minutes" (or its id when the source is not in the store), "+2 more" when others cite it too. */
export function hitSourceText(hit: Pick<SearchHit, "source" | "sourceCount">): string | null {
  if (!hit.source) return null;
  const others = hit.sourceCount - 1;
  return `from ${hit.source.name ?? hit.source.id}${others > 0 ? ` +${others} more` : ""}`;
}
