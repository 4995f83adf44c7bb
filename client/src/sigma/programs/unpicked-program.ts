// A program whose items are never drawn into the picking buffer, so hover and clicks pass through them.
// The explorer draws relations as hairlines only on canvases of over 2,000 relations, where no single
// one can be aimed at; there an entity's relations become arrows, and clickable, once it is hovered or
// selected. Picking thousands of hairlines cost a third of every frame without a GPU.
import type { Program } from "sigma/rendering";
import { programClassWrapper, type ProgramClass } from "./program-class-wrapper.js";

/** Runs a program's drawing with its picking program set aside. */
export function withoutPicking(program: Program, draw: () => void): void {
  const pick = program.pickProgram;
  program.pickProgram = null;
  try {
    draw();
  } finally {
    program.pickProgram = pick;
  }
}

export const unpicked = programClassWrapper((Picked: ProgramClass) => {
  abstract class Unpicked extends Picked {
    override render(params: Parameters<Program["render"]>[0]): void {
      withoutPicking(this, () => super.render(params));
    }
  }
  return Unpicked;
});
