// What sigma 4 compiles into its one node program and its one edge program: discs and squares; straight
// and curved relations (sigma spreads parallel ones itself), an arrow head, and a dash layer over the
// plain one so that unconfirmed relations are dashed. Everything else is sigma's own.
import {
  extremityArrow,
  layerDashed,
  layerFill,
  layerPlain,
  pathCurved,
  pathLine,
  pathLoop,
  sdfCircle,
  sdfSquare,
} from "sigma/rendering";
import { GAP_LENGTH } from "./dash-pattern.js";

export const EXPLORER_PRIMITIVES = {
  nodes: {
    shapes: [sdfCircle(), sdfSquare()],
    layers: [layerFill()],
    label: { font: { family: "Inter, system-ui, sans-serif", weight: "500", size: 12 }, color: "#1f2937" },
  },
  edges: {
    paths: [pathLine(), pathCurved(), pathLoop()],
    extremities: [extremityArrow()],
    variables: {
      /** The plain layer's colour: the relation's colour when solid, transparent when dashed. */
      solidColor: { type: "color", default: "#00000000" },
      /** 0 draws the relation solid; otherwise dashes of this many pixels. */
      dashSize: { type: "number", default: 0 },
    },
    layers: [
      layerPlain({ color: { attribute: "solidColor" } }),
      layerDashed({
        dashSize: { attribute: "dashSize", default: 0, mode: "pixels" },
        gapSize: { value: GAP_LENGTH, mode: "pixels" },
        // The arrow head stays whole: a dashed head reads as no head.
        solidExtremities: "head",
      }),
    ],
    defaultHead: "none",
  },
} as const;
