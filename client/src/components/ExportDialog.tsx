// The export dialog: the current view, the selection or everything shown as PNG (1×, 2×, 4×) or SVG,
// on a white, transparent or dark background, with title, date, legend and sources; download it,
// copy it as an image, or copy a link that reopens the view.
import { useEffect, useMemo, useState } from "react";
import {
  EXPORT_SCALES,
  exportFileName,
  type ExportBackground,
  type ExportFormat,
  type ExportOptions,
  type ExportScope,
} from "../core/export/export-options.js";
import {
  prepareExport,
  renderExport,
  type ExportContext,
  type PreparedExport,
  type SceneSnapshot,
} from "../export/build-export.js";
import { copyPngToClipboard, saveBlob } from "../export/save-file.js";

interface Props {
  snapshot: SceneSnapshot;
  context: ExportContext;
  options: ExportOptions;
  onOptions(options: ExportOptions): void;
  /** Why the link does not carry the layout, if it does not. */
  linkNote: string | null;
  onCopyLink(): Promise<void>;
  onClose(): void;
}

const SCOPES: { value: ExportScope; label: string }[] = [
  { value: "view", label: "Current view" },
  { value: "selection", label: "Selection" },
  { value: "all", label: "Everything shown" },
];
const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: "png", label: "PNG" },
  { value: "svg", label: "SVG" },
];
const BACKGROUNDS: { value: ExportBackground; label: string }[] = [
  { value: "white", label: "White" },
  { value: "transparent", label: "Transparent" },
  { value: "dark", label: "Dark" },
];

function Segmented<T extends string | number>(props: {
  label: string;
  value: T;
  items: { value: T; label: string; disabled?: boolean }[];
  onChange(value: T): void;
}) {
  return (
    <div className="field">
      <span className="field-label">{props.label}</span>
      <div className="segmented" role="group" aria-label={props.label}>
        {props.items.map((item) => (
          <button
            key={item.value}
            type="button"
            className={props.value === item.value ? "on" : ""}
            aria-pressed={props.value === item.value}
            disabled={item.disabled}
            onClick={() => props.onChange(item.value)}
          >
            {item.label}
          </button>
        ))}
      </div>
    </div>
  );
}

type Status = { kind: "busy" | "done" | "error"; text: string } | null;

export function ExportDialog({ snapshot, context, options, onOptions, linkNote, onCopyLink, onClose }: Props) {
  const [prepared, setPrepared] = useState<{ key: string; value: PreparedExport | null; error: string | null } | null>(
    null,
  );
  const [status, setStatus] = useState<Status>(null);
  const set = (patch: Partial<ExportOptions>) => onOptions({ ...options, ...patch });
  const scope = options.scope === "selection" && !snapshot.selection ? "view" : options.scope;
  const scene = snapshot[scope];
  const key = JSON.stringify({ ...options, scope });

  useEffect(() => {
    if (!scene) return;
    let current = true;
    prepareExport(scene, { ...options, scope }, context)
      .then((value) => current && setPrepared({ key, value, error: null }))
      .catch((error: Error) => current && setPrepared({ key, value: null, error: error.message }));
    return () => {
      current = false;
    };
    // `key` stands for the options; the scene and context are fixed while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, scene]);

  const ready = prepared?.key === key ? prepared : null;
  const preview = useMemo(() => {
    if (!ready?.value) return null;
    return URL.createObjectURL(new Blob([ready.value.document.svg], { type: "image/svg+xml" }));
  }, [ready]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const act = async (busy: string, done: string, task: () => Promise<void>) => {
    setStatus({ kind: "busy", text: busy });
    try {
      await task();
      setStatus({ kind: "done", text: done });
    } catch (error) {
      setStatus({ kind: "error", text: error instanceof Error ? error.message : String(error) });
    }
  };

  const download = () =>
    act(`Writing the ${options.format.toUpperCase()}…`, "Downloaded.", async () => {
      if (!ready?.value) throw new Error("The export is still being prepared; try again in a moment.");
      saveBlob(await renderExport(ready.value, options.format), exportFileName(options, context.now));
    });
  const copyImage = () =>
    act("Copying the image…", "Image copied: paste it into a document or chat.", async () => {
      if (!ready?.value || !scene) throw new Error("The export is still being prepared; try again in a moment.");
      // A PNG even when SVG is chosen: that is what other programs accept from the clipboard.
      const png =
        options.format === "png"
          ? renderExport(ready.value, "png")
          : prepareExport(scene, { ...options, scope, format: "png" }, context).then((p) => renderExport(p, "png"));
      await copyPngToClipboard(png);
    });

  const size = ready?.value?.size;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Export image" onClick={onClose}>
      <div className="overlay-card export-card" onClick={(e) => e.stopPropagation()} data-testid="export-dialog">
        <div className="section-head">
          <h2>Export image</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close export">
            ×
          </button>
        </div>
        <div className="export-grid">
          <div className="export-options">
            <Segmented
              label="What"
              value={scope}
              items={SCOPES.map((s) => ({
                ...s,
                disabled: s.value === "selection" && !snapshot.selection,
                label:
                  s.value === "selection" && snapshot.selection
                    ? `Selection (${snapshot.selection.nodes.length})`
                    : s.label,
              }))}
              onChange={(value) => set({ scope: value })}
            />
            <Segmented
              label="Format"
              value={options.format}
              items={FORMATS}
              onChange={(value) => set({ format: value })}
            />
            <Segmented
              label="Scale"
              value={options.scale}
              items={EXPORT_SCALES.map((s) => ({ value: s, label: `${s}×`, disabled: options.format === "svg" }))}
              onChange={(value) => set({ scale: value })}
            />
            <Segmented
              label="Background"
              value={options.background}
              items={BACKGROUNDS}
              onChange={(value) => set({ background: value })}
            />
            <label className="field">
              <span className="field-label">Title (optional)</span>
              <input
                type="text"
                value={options.title}
                placeholder="e.g. Who influenced the JEDI award"
                onChange={(e) => set({ title: e.target.value })}
              />
            </label>
            <div className="check-column">
              <label className="check-row">
                <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} />
                Legend
              </label>
              <label className="check-row">
                <input type="checkbox" checked={options.date} onChange={(e) => set({ date: e.target.checked })} />
                Date
              </label>
              <label className="check-row">
                <input type="checkbox" checked={options.sources} onChange={(e) => set({ sources: e.target.checked })} />
                Sources of the evidence shown
              </label>
            </div>
          </div>
          <div className="export-preview">
            {preview ? (
              <img src={preview} alt="Preview of the export" className={`preview-${options.background}`} />
            ) : (
              <p className="hint">{ready?.error ?? (scene ? "Preparing…" : "Nothing to export.")}</p>
            )}
            <p className="hint" data-testid="export-size">
              {size
                ? options.format === "svg"
                  ? `SVG, ${size.width} × ${size.height} px at 1×, vector`
                  : `${size.width} × ${size.height} px`
                : "…"}
            </p>
            {size?.capped && <p className="hint">Scaled down to keep each side within 8192 pixels.</p>}
            {ready?.value && ready.value.missingSources.length > 0 && (
              <p className="form-error">
                {ready.value.missingSources.length} sources could not be loaded and are named by id.
              </p>
            )}
          </div>
        </div>
        <div className="button-row wrap">
          <button
            type="button"
            className="primary"
            data-testid="export-download"
            disabled={!ready?.value}
            onClick={() => void download()}
          >
            Download {options.format.toUpperCase()}
          </button>
          <button type="button" data-testid="export-copy" disabled={!ready?.value} onClick={() => void copyImage()}>
            Copy as image
          </button>
          <button
            type="button"
            data-testid="export-copy-link"
            onClick={() => void act("Copying the link…", "Link copied: it reopens this view.", onCopyLink)}
          >
            Copy link
          </button>
        </div>
        {linkNote && <p className="hint">{linkNote}</p>}
        {status && (
          <p
            className={status.kind === "error" ? "form-error" : "hint"}
            role={status.kind === "error" ? "alert" : "status"}
            data-testid="export-status"
          >
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}
