// The node and edge programs the explorer draws with: sigma's own, de-instanced and lighter while the
// view moves (see their files), so that machines without a GPU keep large canvases interactive.
import { NodeSquareProgram } from "@sigma/node-square";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "../graph-sync.js";
import { deinstanced } from "./deinstanced-program.js";
import {
  EdgeCurveStripProgram,
  EdgeDashedArrowProgram,
  EdgeDashedCurveProgram,
  EdgeUndirectedCurveProgram,
  EdgeUndirectedDashedCurveProgram,
  EdgeUndirectedDashedProgram,
  EdgeUndirectedLineProgram,
} from "./edge-curve-strip-program.js";
import { EdgeHairlineProgram } from "./edge-hairline-program.js";
import { lighterWhileMoving } from "./lighter-while-moving.js";
import { unpicked } from "./unpicked-program.js";

export const NODE_PROGRAM_CLASSES = {
  circle: lighterWhileMoving(deinstanced(NodeCircleProgram)),
  square: lighterWhileMoving(deinstanced(NodeSquareProgram)),
};

export const EDGE_PROGRAM_CLASSES = {
  // sigma's EdgeArrowProgram is this same pair: a line stopped short of the target, and its head.
  arrow: createEdgeCompoundProgram([
    lighterWhileMoving(deinstanced(createEdgeClampedProgram<NodeAttributes, EdgeAttributes>())),
    lighterWhileMoving(deinstanced(createEdgeArrowHeadProgram<NodeAttributes, EdgeAttributes>())),
  ]),
  curved: lighterWhileMoving(deinstanced(EdgeCurveStripProgram<NodeAttributes, EdgeAttributes>)),
  // Relations not confirmed (reported, alleged, in negotiation, planned, denied).
  dashed: lighterWhileMoving(deinstanced(EdgeDashedArrowProgram<NodeAttributes, EdgeAttributes>)),
  dashedCurved: lighterWhileMoving(deinstanced(EdgeDashedCurveProgram<NodeAttributes, EdgeAttributes>)),
  line: lighterWhileMoving(unpicked(EdgeHairlineProgram<NodeAttributes, EdgeAttributes>)),
  // Undirected relations: the same, without a head.
  undirected: lighterWhileMoving(deinstanced(EdgeUndirectedLineProgram<NodeAttributes, EdgeAttributes>)),
  undirectedCurved: lighterWhileMoving(deinstanced(EdgeUndirectedCurveProgram<NodeAttributes, EdgeAttributes>)),
  undirectedDashed: lighterWhileMoving(deinstanced(EdgeUndirectedDashedProgram<NodeAttributes, EdgeAttributes>)),
  undirectedDashedCurved: lighterWhileMoving(
    deinstanced(EdgeUndirectedDashedCurveProgram<NodeAttributes, EdgeAttributes>),
  ),
};
