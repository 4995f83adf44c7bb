// The node and edge programs the explorer draws with: sigma's own, de-instanced and picking only at
// rest (see their files), so that machines without a GPU keep large canvases interactive.
import { NodeSquareProgram } from "@sigma/node-square";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  EdgeLineProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph-sync.js";
import { deinstanced } from "./deinstanced-program.js";
import { EdgeCurveStripProgram } from "./edge-curve-strip-program.js";
import { pickingAtRest } from "./picking-at-rest.js";

export const NODE_PROGRAM_CLASSES = {
  circle: pickingAtRest(deinstanced(NodeCircleProgram)),
  square: pickingAtRest(deinstanced(NodeSquareProgram)),
};

export const EDGE_PROGRAM_CLASSES = {
  // sigma's EdgeArrowProgram is this same pair: a line stopped short of the target, and its head.
  arrow: createEdgeCompoundProgram([
    pickingAtRest(deinstanced(createEdgeClampedProgram<NodeAttributes, EdgeAttributes>())),
    pickingAtRest(deinstanced(createEdgeArrowHeadProgram<NodeAttributes, EdgeAttributes>())),
  ]),
  curved: pickingAtRest(deinstanced(EdgeCurveStripProgram<NodeAttributes, EdgeAttributes>)),
  line: pickingAtRest(EdgeLineProgram),
};
