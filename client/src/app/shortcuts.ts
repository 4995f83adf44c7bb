// The keyboard shortcuts: one table used both to handle keys and to print the help overlay.

export type ShortcutAction =
  | "search"
  | "help"
  | "escape"
  | "fit"
  | "layout"
  | "expand"
  | "hide"
  | "showHidden"
  | "pin"
  | "remove"
  | "undo"
  | "redo"
  | "viewAll"
  | "viewRivalries"
  | "viewPartnerships"
  | "export";

export interface Shortcut {
  keys: string;
  action: ShortcutAction;
  description: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: "/", action: "search", description: "Search for an entity" },
  { keys: "?", action: "help", description: "Show or hide this help" },
  { keys: "Esc", action: "escape", description: "Clear the selection, close panels" },
  { keys: "E", action: "expand", description: "Expand the selected entity" },
  { keys: "H", action: "hide", description: "Hide the selection" },
  { keys: "U", action: "showHidden", description: "Show hidden entities again" },
  { keys: "P", action: "pin", description: "Pin or unpin the selection" },
  { keys: "Delete", action: "remove", description: "Remove the selection from the canvas" },
  { keys: "F", action: "fit", description: "Fit the whole network in view" },
  { keys: "L", action: "layout", description: "Start or stop the layout" },
  { keys: "1 / 2 / 3", action: "viewAll", description: "View all / rivalries / partnerships" },
  { keys: "X", action: "export", description: "Export the view as an image (PNG, SVG)" },
  { keys: "Ctrl+Z", action: "undo", description: "Undo a canvas change" },
  { keys: "Ctrl+Shift+Z", action: "redo", description: "Redo" },
];

/** Maps a key press to an action, or null when the key is not ours. */
export function shortcutOf(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">) {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === "z") return event.shiftKey ? "redo" : "undo";
  if (mod && key === "y") return "redo";
  if (mod || event.altKey) return null;
  const plain: Record<string, ShortcutAction> = {
    "/": "search",
    "?": "help",
    escape: "escape",
    e: "expand",
    h: "hide",
    u: "showHidden",
    p: "pin",
    delete: "remove",
    backspace: "remove",
    f: "fit",
    l: "layout",
    "1": "viewAll",
    "2": "viewRivalries",
    "3": "viewPartnerships",
    x: "export",
  };
  return plain[key] ?? null;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
