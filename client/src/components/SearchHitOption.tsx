// One suggestion of the search box: name and kind, then what tells it apart from others of its name
// (a property or two, how connected it is, the source it came from) and its id, so namesakes differ.
import type { SearchHit } from "../api/types.js";
import { KindBadge } from "./KindBadge.js";
import { hitSourceText, relationCountText } from "./search-hit-words.js";
import "./search-hit.css";

export function SearchHitOption({ hit }: { hit: SearchHit }) {
  const source = hitSourceText(hit);
  return (
    <>
      <span className="picker-name">{hit.name}</span>
      <KindBadge kind={hit.kind} />
      <span className="hit-facts" data-testid="hit-facts">
        {hit.details.length > 0 && (
          <span className="hit-line">
            {hit.details.map((detail) => (
              <span key={detail.label} title={detail.label}>
                {detail.value}
              </span>
            ))}
          </span>
        )}
        <span className="hit-line">
          <span>{relationCountText(hit.degree)}</span>
          {source && (
            <span className="hit-source" title={`${source}: ${hit.source?.relations ?? 0} of its relations cite it`}>
              {source}
            </span>
          )}
        </span>
      </span>
      <span className="hit-id">
        <code data-testid="hit-id">{hit.id}</code>
        {hit.aliases.length > 0 && <span> · also: {hit.aliases.slice(0, 3).join(", ")}</span>}
      </span>
    </>
  );
}
