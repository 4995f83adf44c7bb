// One proposed duplicate: both names, the score and the reason; "Merge…" asks why before it merges.
import { useState } from "react";
import type { DuplicateProposal } from "../../../graph/resolution/find-duplicates.js";
import { storeAuthorName, storedAuthorName } from "../core/author-name.js";
import { KindBadge } from "./KindBadge.js";

interface Props {
  proposal: DuplicateProposal;
  confirming: boolean;
  onConfirming(on: boolean): void;
  onMerge(reason: string, author: string): void;
}

export function DuplicateItem({ proposal, confirming, onConfirming, onMerge }: Props) {
  const [reason, setReason] = useState("");
  const [author, setAuthor] = useState(storedAuthorName);
  const ready = reason.trim() !== "" && author.trim() !== "";
  return (
    <li className="duplicate" data-testid="duplicate">
      <div className="duplicate-names">
        <KindBadge kind={proposal.keep.kind} />
        <span title={proposal.keep.id}>{proposal.keep.name}</span>
        <span className="muted"> ← </span>
        <span title={proposal.merge.id}>{proposal.merge.name}</span>
        <span className="duplicate-score">{Math.round(proposal.score * 100)}%</span>
      </div>
      <p className="hint">{proposal.reason}</p>
      {confirming ? (
        <form
          className="duplicate-confirm"
          onSubmit={(event) => {
            event.preventDefault();
            if (!ready) return;
            storeAuthorName(author.trim());
            onMerge(reason.trim(), author.trim());
          }}
        >
          <label className="field">
            <span className="field-label">
              Why is {proposal.merge.name} the same as {proposal.keep.name}?
            </span>
            <input
              type="text"
              value={reason}
              autoFocus
              data-testid="merge-reason"
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">Your name, recorded with the merge</span>
            <input
              type="text"
              value={author}
              autoComplete="name"
              data-testid="merge-author"
              onChange={(event) => setAuthor(event.target.value)}
            />
          </label>
          <div className="button-row">
            <button type="submit" className="primary" disabled={!ready} data-testid="merge-confirm">
              Merge into {proposal.keep.name}
            </button>
            <button type="button" onClick={() => onConfirming(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => onConfirming(true)} data-testid="merge-start">
            Merge…
          </button>
        </div>
      )}
    </li>
  );
}
