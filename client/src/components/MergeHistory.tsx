// The audit trail of merges, latest first: who merged what into what, when and why, and an undo for
// the latest merge still standing of each entity.
import type { MergeSummary } from "../../../graph/resolution/merge-record.js";

interface Props {
  merges: MergeSummary[];
  canUndo(merge: MergeSummary): boolean;
  onUndo(merge: MergeSummary): void;
}

export function MergeHistory({ merges, canUndo, onUndo }: Props) {
  return (
    <>
      <div className="section-head">
        <h3>Merge history</h3>
      </div>
      {merges.length === 0 && <p className="empty-note">No merges yet.</p>}
      <ol className="merge-history" data-testid="merge-history">
        {merges.map((merge) => (
          <li key={merge.id} className={merge.undone ? "merge undone" : "merge"}>
            <div>
              <strong>{merge.merge.name}</strong> → <strong>{merge.keep.name}</strong>
            </div>
            <p className="hint">
              {merge.by}, {new Date(merge.at).toLocaleString()}: {merge.reason}
              {merge.undone && ` · undone by ${merge.undone.by}`}
            </p>
            {canUndo(merge) && (
              <button type="button" onClick={() => onUndo(merge)} data-testid="merge-undo">
                Undo
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
