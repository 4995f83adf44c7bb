// The status bar's account of the store: how many of its entities the canvas shows and how they were
// chosen, and a menu to show more: the next most connected, the most connected of a kind, the neighbours
// of a community on the canvas, or a search.
import { useEffect, useMemo, useState } from "react";
import type { EntityKind } from "../../../graph/model/index.js";
import { api } from "../api/client.js";
import { AROUND_MEMBERS } from "../api/load-around.js";
import type { SchemaResponse } from "../api/types.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { communityChoices, type CommunityChoice } from "../core/scope/community-choices.js";
import { describeScope, limitOf, type StoreScope as Scope } from "../core/scope/store-scope.js";
import "./store-scope.css";

const DEGREE_STEPS = [1_000, 2_000, 5_000];
const KIND_STEP = 200;

interface Props {
  scope: Scope;
  onCanvas: number;
  canvas: CanvasState;
  onShowMore(kind: EntityKind | null, limit: number): void;
  onShowAround(choice: CommunityChoice): void;
  onSearch(): void;
}

export function StoreScope({ scope, onCanvas, canvas, onShowMore, onShowAround, onSearch }: Props) {
  const [open, setOpen] = useState(false);
  // Louvain runs when the menu opens, not on every change of a large canvas.
  const communities = useMemo(() => (open ? communityChoices(canvas) : []), [open, canvas]);
  const [kinds, setKinds] = useState<SchemaResponse["kinds"] | null>(null);
  const text = describeScope(scope, onCanvas);

  useEffect(() => {
    if (!open || kinds) return;
    let current = true;
    api.schema().then(
      (schema) => current && setKinds(schema.kinds.filter((k) => k.count > 0 && k.kind !== "Source")),
      () => current && setKinds([]),
    );
    return () => {
      current = false;
    };
  }, [open, kinds]);

  if (!text) return null;
  const total = scope.store?.entities ?? 0;
  const partial = onCanvas < total;
  const degreeLimit = limitOf(scope, null);
  const steps = DEGREE_STEPS.filter((n) => n > degreeLimit && n < total + DEGREE_STEPS[0]!);
  const choose = (kind: EntityKind | null, limit: number) => {
    setOpen(false);
    onShowMore(kind, limit);
  };

  return (
    <span className="store-scope">
      <span
        data-testid="status-scope"
        title={
          scope.store
            ? `${text}. The store holds ${total.toLocaleString("en")} entities and ${scope.store.relations.toLocaleString("en")} relations.`
            : undefined
        }
      >
        {text}
      </span>
      {partial && (
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Show more
        </button>
      )}
      {open && (
        <div className="scope-menu" role="dialog" aria-label="Show more of the store">
          <h3>The most connected</h3>
          <div className="chips">
            {steps.map((n) => (
              <button key={n} type="button" className="chip" onClick={() => choose(null, Math.min(n, total))}>
                {n >= total ? `all ${total.toLocaleString("en")}` : n.toLocaleString("en")}
              </button>
            ))}
          </div>
          <h3>The most connected of a kind</h3>
          {kinds === null ? (
            <p className="hint">Counting the kinds…</p>
          ) : (
            <div className="chips">
              {kinds.map(({ kind, count }) => (
                <button
                  key={kind}
                  type="button"
                  className="chip"
                  title={`${count.toLocaleString("en")} in the store`}
                  onClick={() => choose(kind, limitOf(scope, kind) + KIND_STEP)}
                >
                  +{Math.min(KIND_STEP, count)} {kind}
                </button>
              ))}
            </div>
          )}
          <h3>Around a community of the canvas</h3>
          {communities.length === 0 ? (
            <p className="hint">No community of two or more entities on the canvas.</p>
          ) : (
            <div className="chips">
              {communities.map((choice) => (
                <button
                  key={choice.community}
                  type="button"
                  className="chip"
                  title={`The store's neighbours of its ${Math.min(AROUND_MEMBERS, choice.members.length)} most connected entities`}
                  onClick={() => {
                    setOpen(false);
                    onShowAround(choice);
                  }}
                >
                  <span className="swatch" style={{ background: choice.color }} aria-hidden="true" />
                  {choice.anchor.name} +{choice.members.length - 1}
                </button>
              ))}
            </div>
          )}
          <h3>One by name</h3>
          <button
            type="button"
            className="chip"
            onClick={() => {
              setOpen(false);
              onSearch();
            }}
          >
            Search <kbd>/</kbd>
          </button>
        </div>
      )}
    </span>
  );
}
