import { describe, expect, it } from "vitest";
import { canRedo, canUndo, getEmptyHistory, pushHistory, redo, undo } from "./history.js";

describe("history", () => {
  it("undoes and redoes steps in order, and a new step clears redo", () => {
    let h = getEmptyHistory(0);
    h = pushHistory(h, 1);
    h = pushHistory(h, 2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present).toBe(2);
    h = undo(undo(h));
    expect(h.present).toBe(0);
    expect(canUndo(h)).toBe(false);
    h = pushHistory(redo(h), 5);
    expect(h.present).toBe(5);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(1);
  });

  it("does not record a change that returns the same state", () => {
    const state = { a: 1 };
    const h = pushHistory(getEmptyHistory(state), state);
    expect(canUndo(h)).toBe(false);
  });

  it("undo with nothing to undo leaves the state alone", () => {
    const h = getEmptyHistory("x");
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});
