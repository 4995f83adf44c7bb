// The keyboard shortcut help, opened with "?".
import { SHORTCUTS } from "../app/shortcuts.js";

export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onClick={onClose}>
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <div className="section-head">
          <h2>Keyboard shortcuts</h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close help">
            ×
          </button>
        </div>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          Mouse: double-click an entity to expand it, shift-click to add to the selection, drag to move and pin.
        </p>
      </div>
    </div>
  );
}
