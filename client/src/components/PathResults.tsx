// The answers of the path finder: each path with how well it is established, its steps as buttons that
// open a relation's evidence, and parallel relations folded into a step listed under it.
import type { GraphEdge, FoundPath } from "../api/types.js";
import { describeNoPath } from "../core/paths/path-query.js";
import { describeSupport, supportOfPath } from "../core/paths/path-support.js";
import * as pathOps from "../core/paths/paths.js";
import type { PathsState } from "../core/paths/paths.js";
import { relationLabel } from "../sigma/palette.js";

interface Props {
  paths: PathsState;
  selectedEdges: readonly string[];
  onChange(update: (paths: PathsState) => PathsState): void;
  onShowStep(pathIndex: number, edgeId: string): void;
}

function relationWords(path: FoundPath, edge: GraphEdge): string {
  const name = (id: string) => path.nodes.find((n) => n.id === id)?.name ?? id;
  return `${name(edge.source)} ${relationLabel(edge.type)} ${name(edge.target)} (${edge.status})`;
}

export function PathResults({ paths, selectedEdges, onChange, onShowStep }: Props) {
  if (paths.results === null || paths.asked === null) return null;
  if (paths.results.length === 0) {
    return (
      <p className="empty-note" data-testid="path-none">
        {describeNoPath(paths.asked, paths.via?.name ?? null)} Allow more hops or loosen the limits.
      </p>
    );
  }
  return (
    <ol className="path-results" data-testid="path-results">
      {paths.results.map((path, index) => (
        <li key={path.edgeIds.join("|") || index} className={index === paths.active ? "path active" : "path"}>
          <button type="button" className="path-head" onClick={() => onChange((p) => pathOps.setActivePath(p, index))}>
            Path {index + 1} · {path.length} {path.length === 1 ? "hop" : "hops"}
          </button>
          <p className="path-support" data-testid="path-support">
            {describeSupport(supportOfPath(path))}
          </p>
          <ol className="path-steps">
            {path.steps.map((step, i) => {
              const folded = step.edgeIds.flatMap((id) => path.edges.find((e) => e.id === id) ?? []);
              return (
                <li key={`${step.edgeId}-${i}`} data-testid="path-step">
                  <button
                    type="button"
                    className="step-button"
                    aria-pressed={step.edgeIds.some((id) => selectedEdges.includes(id))}
                    title="Show this relation's evidence"
                    onClick={() => onShowStep(index, step.edgeId)}
                  >
                    {step.text}
                  </button>
                  {folded.length > 1 && (
                    <ul className="step-parallels" aria-label="Relations folded into this step">
                      {folded.map((edge) => (
                        <li key={edge.id}>
                          <button
                            type="button"
                            className="step-button"
                            aria-pressed={selectedEdges.includes(edge.id)}
                            onClick={() => onShowStep(index, edge.id)}
                          >
                            {relationWords(path, edge)}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
