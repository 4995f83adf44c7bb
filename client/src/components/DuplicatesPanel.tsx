// The Duplicates tab: likely duplicates to review (score and reason), a merge that asks why, and the
// merge history with undo. After a merge or an undo the canvas shows the graph as it now is.
import { useCallback, useEffect, useState } from "react";
import { api } from "../api/client.js";
import type { DuplicateProposal } from "../../../graph/resolution/find-duplicates.js";
import type { MergeRecord, MergeSummary } from "../../../graph/resolution/merge-record.js";
import type { MergeChange } from "../core/resolution/apply-merge.js";
import * as res from "../core/resolution/resolution.js";
import { storedAuthorName } from "../core/author-name.js";
import { DuplicateItem } from "./DuplicateItem.js";
import { MergeHistory } from "./MergeHistory.js";

interface Props {
  run<T>(what: string, task: () => Promise<T>): Promise<T | undefined>;
  onMergeChange(record: MergeRecord, change: MergeChange): void;
}

function summaryOf(record: MergeRecord): MergeSummary {
  const { before: _before, after: _after, ...summary } = record;
  return summary;
}

export function DuplicatesPanel({ run, onMergeChange }: Props) {
  const [state, setState] = useState(res.getEmptyResolutionState);

  const load = useCallback(
    () =>
      run("Looking for duplicates…", () => Promise.all([api.duplicates(), api.merges()])).then((answer) => {
        if (answer) setState((s) => res.setLoaded(s, answer[0].proposals, answer[1]));
      }),
    [run],
  );

  useEffect(() => {
    // Loads when the tab opens; the answer arrives in a callback, never during the effect itself.
    const timer = setTimeout(() => void load(), 0);
    return () => clearTimeout(timer);
  }, [load]);

  const merge = async (proposal: DuplicateProposal, reason: string, by: string) => {
    const record = await run("Merging…", () =>
      api.merge({ keep: proposal.keep.id, merge: proposal.merge.id, reason, by }),
    );
    if (!record) return;
    setState((s) => res.recordMerge(s, summaryOf(record)));
    onMergeChange(record, "merged");
  };

  const undo = async (merge: MergeSummary) => {
    // Recorded under the name the last merge gave (the server takes its own account's name without one).
    const record = await run("Undoing the merge…", () => api.undoMerge(merge.id, { by: storedAuthorName() }));
    if (!record) return;
    setState((s) => res.recordUndo(s, summaryOf(record)));
    onMergeChange(record, "undone");
    // The pair may be a proposal again.
    void load();
  };

  return (
    <div className="duplicates" data-testid="duplicates-panel">
      <div className="section-head">
        <h3>Likely duplicates</h3>
        <button type="button" className="link-button" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {state.loaded && state.proposals.length === 0 && <p className="empty-note">No likely duplicates.</p>}
      <ol className="duplicate-list">
        {state.proposals.map((proposal) => {
          const key = res.pairKeyOf(proposal);
          return (
            <DuplicateItem
              key={key}
              proposal={proposal}
              confirming={state.confirming === key}
              onConfirming={(on) => setState((s) => res.setConfirming(s, on ? key : null))}
              onMerge={(reason, author) => void merge(proposal, reason, author)}
            />
          );
        })}
      </ol>
      <MergeHistory merges={state.merges} canUndo={(m) => res.canUndo(state, m)} onUndo={(m) => void undo(m)} />
    </div>
  );
}
