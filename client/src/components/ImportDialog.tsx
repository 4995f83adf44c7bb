// The import preview: before anything is written, a dry run says what the chosen file would bring in
// (entities by kind, relations by type, what is left out and why) or why it would be refused (the first
// problems, by record and field). The analyst can add a mapping, skip a CSV's bad rows, then import.
import { useEffect, useState } from "react";
import { api, ApiError } from "../api/client.js";
import {
  importPartsOf,
  problemsOf,
  problemText,
  rankedCounts,
  type ImportChoices,
  type ImportParts,
  type ImportProblem,
  type ImportSummary,
} from "../core/imports/import-files.js";
import "./import-dialog.css";

interface Props {
  files: File[];
  onImport(parts: ImportParts<File>, choices: ImportChoices): void;
  onClose(): void;
}

type Check =
  | { state: "checking" }
  | { state: "ready"; summary: ImportSummary }
  | { state: "refused"; message: string; problems: ImportProblem[]; total: number };

/** What a dry run was asked about: a new choice of files or row policy makes the last answer stale. */
function checkKey(files: readonly File[], choices: ImportChoices): string {
  return JSON.stringify([files.map((f) => [f.name, f.size, f.lastModified]), choices.skipBadRows]);
}

export function ImportDialog({ files, onImport, onClose }: Props) {
  const [chosen, setChosen] = useState(files);
  const [choices, setChoices] = useState<ImportChoices>({ skipBadRows: false });
  const [answer, setAnswer] = useState<{ key: string; check: Check } | null>(null);
  const parts = importPartsOf(chosen);
  const key = checkKey(chosen, choices);
  const check: Check = answer?.key === key ? answer.check : { state: "checking" };

  useEffect(() => {
    const asked = importPartsOf(chosen);
    if ("problem" in asked) return;
    let current = true;
    const settle = (settled: Check) => current && setAnswer({ key: checkKey(chosen, choices), check: settled });
    api.importFile(asked, { dryRun: true, skipBadRows: choices.skipBadRows }).then(
      (summary) => settle({ state: "ready", summary }),
      (error: unknown) => {
        const { shown, total } = problemsOf(error instanceof ApiError ? error.details : {});
        settle({ state: "refused", message: (error as Error).message, problems: shown, total });
      },
    );
    return () => {
      current = false;
    };
  }, [chosen, choices]);

  const dataFile = "problem" in parts ? undefined : parts.file;
  const isCsv = dataFile?.name.toLowerCase().endsWith(".csv") ?? false;

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Import a file" onClick={onClose}>
      <div className="overlay-card import-card" onClick={(e) => e.stopPropagation()} data-testid="import-dialog">
        <h2>Import {dataFile?.name ?? "a file"}</h2>
        {"problem" in parts ? (
          <p className="import-problem">{parts.problem}</p>
        ) : (
          <>
            <p className="import-mapping">
              {parts.mapping
                ? `Mapping: ${parts.mapping.name}`
                : "No mapping (optional for graph files: it says which attributes hold names, kinds and types)."}{" "}
              <label className="file-pick">
                {parts.mapping ? "Change mapping…" : "Add a mapping…"}
                <input
                  type="file"
                  accept=".yaml,.yml,.json"
                  hidden
                  data-testid="import-mapping-input"
                  onChange={(event) => {
                    const mapping = event.currentTarget.files?.[0];
                    event.currentTarget.value = "";
                    if (mapping && dataFile) setChosen([dataFile, mapping]);
                  }}
                />
              </label>
            </p>
            {isCsv && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={choices.skipBadRows}
                  onChange={(event) => setChoices({ skipBadRows: event.currentTarget.checked })}
                  data-testid="import-skip-rows"
                />
                Leave out rows with a problem (each is listed) instead of refusing the file
              </label>
            )}
            <ImportCheck check={check} />
          </>
        )}
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={check.state !== "ready" || "problem" in parts}
            onClick={() => !("problem" in parts) && onImport(parts, choices)}
            data-testid="import-confirm"
          >
            Import
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}

function ImportCheck({ check }: { check: Check }) {
  if (check.state === "checking") return <p aria-live="polite">Checking the file…</p>;
  if (check.state === "refused") {
    return (
      <div className="import-refused" data-testid="import-problems" aria-live="polite">
        <p>This file would be refused; nothing is written. {check.problems.length === 0 && check.message}</p>
        <ul>
          {check.problems.map((problem, i) => (
            <li key={i}>{problemText(problem)}</li>
          ))}
        </ul>
        {check.total > check.problems.length && <p>… and {check.total - check.problems.length} more.</p>}
      </div>
    );
  }
  const { summary } = check;
  return (
    <div className="import-preview" data-testid="import-preview" aria-live="polite">
      <p>
        Would import {summary.entities} entities and {summary.relations} relations ({summary.format}
        {summary.ownExport ? ", our own export: every record comes back as it was" : ""}).
      </p>
      <div className="import-counts">
        <CountList title="Entities by kind" counts={summary.kinds} />
        <CountList title="Relations by type" counts={summary.types} />
      </div>
      <ReasonList title="Read as" counts={summary.readAs ?? {}} />
      <ReasonList title="Left out" counts={summary.skipped} />
      {summary.skippedRows && summary.skippedRows.length > 0 && (
        <section>
          <h3>Rows left out</h3>
          <ul>
            {summary.skippedRows.slice(0, 5).map((row) => (
              <li key={row.line}>
                line {row.line}: {row.problems.join("; ")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Counts by reason ("3 edges open at the end …"), or nothing when there are none. */
function ReasonList({ title, counts }: { title: string; counts: Record<string, number> }) {
  const ranked = rankedCounts(counts);
  if (ranked.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {ranked.map(([reason, count]) => (
          <li key={reason}>
            {count} {reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CountList({ title, counts }: { title: string; counts: Record<string, number> }) {
  const ranked = rankedCounts(counts);
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {ranked.slice(0, 8).map(([name, count]) => (
          <li key={name}>
            {name}: {count}
          </li>
        ))}
        {ranked.length > 8 && <li>… {ranked.length - 8} more</li>}
      </ul>
    </section>
  );
}
