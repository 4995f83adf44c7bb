// The type of a function that makes a variant of one of sigma's program classes (node or edge) and
// gives back a class of the same kind, so the variants stack: lighterWhileMoving(deinstanced(X)).
import type { Attributes } from "graphology-types";
import type { EdgeProgramType, NodeProgramType, Program } from "sigma/rendering";

export interface ProgramClassWrapper {
  <N extends Attributes, E extends Attributes, G extends Attributes>(
    programClass: NodeProgramType<N, E, G>,
  ): NodeProgramType<N, E, G>;
  <N extends Attributes, E extends Attributes, G extends Attributes>(
    programClass: EdgeProgramType<N, E, G>,
  ): EdgeProgramType<N, E, G>;
}

/** Sigma's program classes as the concrete `Program` subclasses they are at run time. */
export type ProgramClass<P extends Program = Program> = abstract new (...args: never[]) => P;

export const programClassWrapper = <P extends Program>(
  wrap: (programClass: ProgramClass<P>) => ProgramClass<P>,
): ProgramClassWrapper => wrap as unknown as ProgramClassWrapper;
