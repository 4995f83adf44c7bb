// The Duplicates panel's state: the proposals to review and the audit trail of merges, with pure updates
// for a merge (its pair and any proposal naming the merged entity leave the list) and for an undo.
import type { DuplicateProposal } from "../../../../graph/resolution/find-duplicates.js";
import type { MergeSummary } from "../../../../graph/resolution/merge-record.js";

export interface ResolutionState {
  proposals: DuplicateProposal[];
  merges: MergeSummary[];
  /** False until the first load answered. */
  loaded: boolean;
  /** The proposal whose reason is being written, by its pair key. */
  confirming: string | null;
}

export function getEmptyResolutionState(): ResolutionState {
  return { proposals: [], merges: [], loaded: false, confirming: null };
}

export function pairKeyOf(proposal: Pick<DuplicateProposal, "keep" | "merge">): string {
  return `${proposal.keep.id} ${proposal.merge.id}`;
}

export function setLoaded(
  state: ResolutionState,
  proposals: DuplicateProposal[],
  merges: MergeSummary[],
): ResolutionState {
  return { ...state, proposals, merges, loaded: true, confirming: null };
}

export function setConfirming(state: ResolutionState, key: string | null): ResolutionState {
  return { ...state, confirming: key };
}

export function recordMerge(state: ResolutionState, merge: MergeSummary): ResolutionState {
  const gone = merge.merge.id;
  return {
    ...state,
    proposals: state.proposals.filter((p) => p.keep.id !== gone && p.merge.id !== gone),
    merges: [merge, ...state.merges.filter((m) => m.id !== merge.id)],
    confirming: null,
  };
}

export function recordUndo(state: ResolutionState, merge: MergeSummary): ResolutionState {
  return { ...state, merges: state.merges.map((m) => (m.id === merge.id ? merge : m)) };
}

/** An undo is offered for the latest merge still standing of each entity, as the server requires. */
export function canUndo(state: ResolutionState, merge: MergeSummary): boolean {
  if (merge.undone) return false;
  const ids = new Set([merge.keep.id, merge.merge.id]);
  return !state.merges.some(
    (other) =>
      other.id !== merge.id &&
      !other.undone &&
      other.at > merge.at &&
      (ids.has(other.keep.id) || ids.has(other.merge.id)),
  );
}
