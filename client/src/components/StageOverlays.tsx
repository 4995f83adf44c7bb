// What floats over the canvas: the loading line, an error that says what to do, a passing notice, and
// the empty state.
import type { Activity } from "../app/use-explorer.js";

interface Props {
  activity: Activity;
  empty: boolean;
  onReload(): void;
  onFocusSearch(): void;
  onDismissError(): void;
  onDismissNotice(): void;
}

export function StageOverlays({ activity, empty, onReload, onFocusSearch, onDismissError, onDismissNotice }: Props) {
  return (
    <>
      {activity.busy && (
        <div className="busy" role="status" data-testid="busy">
          <span className="spinner" aria-hidden="true" />
          {activity.busy}
        </div>
      )}
      {activity.error && (
        <div className="banner error" role="alert" data-testid="error-banner">
          <span>{activity.error.message}</span>
          {activity.error.retry && (
            <button type="button" onClick={activity.error.retry}>
              Retry
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismissError}>
            ×
          </button>
        </div>
      )}
      {activity.notice && !activity.error && (
        <div className="banner notice" role="status" data-testid="notice">
          <span>{activity.notice}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismissNotice}>
            ×
          </button>
        </div>
      )}
      {empty && !activity.busy && !activity.error && (
        <div className="empty-state">
          <h2>The canvas is empty</h2>
          <p>Search for a person, company or contract to start, or load the whole network.</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={onFocusSearch}>
              Search
            </button>
            <button type="button" onClick={onReload}>
              Load the whole network
            </button>
          </div>
        </div>
      )}
    </>
  );
}
