// Curved relations with an arrow head, drawn as a strip of quads along the curve. @sigma/edge-curve
// draws the same curve by testing every pixel of a box around it against the Bézier curve: fine on a
// GPU, but on the CPU (SwiftShader) a few hundred parallel relations cost ~300 ms a frame. Here only
// the pixels of the line itself are filled. Same curve and control point, so its labels still fit.
// Dashed variants (relations not confirmed) measure the dashes along the curve from its middle.
import {
  createDrawCurvedEdgeLabel,
  DEFAULT_EDGE_CURVATURE,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from "@sigma/edge-curve";
import type { Attributes } from "graphology-types";
import {
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeProgram,
  type EdgeLabelDrawingFunction,
  type ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import { ITEM_COLOR_GLSL } from "./shader-parts.js";

const SEGMENTS = 16;
const { FLOAT, UNSIGNED_BYTE } = WebGLRenderingContext;

/** How one variant draws: how many segments its strip has, whether dashed, whether kept straight. */
export interface StripOptions {
  segments: number;
  dashed: boolean;
  /** Straight relations ignore any curvature and keep sigma's straight label. */
  straight: boolean;
  /** Undirected relations: the line reaches the target's disc and no head is drawn. */
  headless?: boolean;
}

const CURVED: StripOptions = { segments: SEGMENTS, dashed: false, straight: false };

function defines({ dashed, straight, headless }: StripOptions): string {
  return `${dashed ? "#define DASHED\n" : ""}${straight ? "#define STRAIGHT\n" : ""}${headless ? "#define HEADLESS\n" : ""}`;
}

/** Dash and gap lengths, in line thicknesses, with a floor in CSS pixels so thin lines still read as dashed. */
const DASH_GLSL = /* glsl */ `
  v_dash = max(6.0 * u_pixelRatio, 3.0 * thickness);
  // Arc length from the middle of the curve to this vertex (signed), so the dashes lie symmetric about the
  // middle, where the label sits; the head is always inked.
  float along = 0.0;
  if (!head) {
    float step = (t - 0.5) / 8.0;
    for (int i = 0; i < 8; i++) {
      float u = 0.5 + (float(i) + 0.5) * step;
      along += length(2.0 * (1.0 - u) * (control - source) + 2.0 * u * (target - control)) * step;
    }
  }
  v_along = along;`;

// language=GLSL
const vertexShader = (options: StripOptions) => /* glsl */ `${defines(options)}
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_targetSize;
attribute float a_thickness;
attribute float a_curvature;
// x: how far along the drawn part (0..1); y: side of the line (-1..1); z: 1 on the arrow head.
attribute vec3 a_vertex;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform vec2 u_dimensions;
uniform float u_minEdgeThickness;
uniform float u_feather;
uniform float u_lengthToThicknessRatio;
uniform float u_widenessToThicknessRatio;

varying vec4 v_color;
varying float v_offset;
varying float v_halfWidth;
varying float v_feather;
#ifdef DASHED
varying float v_along;
varying float v_dash;
#endif

const float bias = 255.0 / 254.0;

vec2 toViewport(vec2 position) {
  return ((u_matrix * vec3(position, 1)).xy + 1.0) * u_dimensions / 2.0;
}

void main() {
  vec2 source = toViewport(a_source);
  vec2 target = toViewport(a_target);
  #ifdef STRAIGHT
  float curvature = 0.0;
  #else
  float curvature = a_curvature;
  #endif
  vec2 control = 0.5 * (source + target) + curvature * vec2(source.y - target.y, target.x - source.x);

  float thickness = max(u_minEdgeThickness, a_thickness / u_sizeRatio) * u_pixelRatio;
  float targetRadius = a_targetSize * u_pixelRatio / u_sizeRatio;
  // Where the curve meets the target's disc and where the head begins: the curve leaves its last
  // parameter at speed 2 |target - control| pixels per unit.
  float endSpeed = max(2.0 * length(target - control), 0.0001);
  float tipAt = clamp(1.0 - targetRadius / endSpeed, 0.0, 1.0);
  float baseAt = clamp(1.0 - (targetRadius + thickness * u_lengthToThicknessRatio) / endSpeed, 0.0, 1.0);
  #ifdef HEADLESS
  baseAt = tipAt;
  #endif

  bool head = a_vertex.z > 0.5;
  float t = head ? mix(baseAt, tipAt, a_vertex.x) : a_vertex.x * baseAt;
  float s = 1.0 - t;
  vec2 point = s * s * source + 2.0 * s * t * control + t * t * target;
  vec2 direction = 2.0 * s * (control - source) + 2.0 * t * (target - control);
  direction = length(direction) > 0.0 ? normalize(direction) : vec2(1.0, 0.0);
  vec2 normal = vec2(-direction.y, direction.x);

  v_halfWidth = head ? thickness * u_widenessToThicknessRatio / 2.0 : thickness / 2.0;
  #ifdef HEADLESS
  // The head's triangle collapses to a point, so nothing of it is drawn.
  if (head) v_halfWidth = 0.0;
  #endif
  float reach = head ? v_halfWidth : v_halfWidth + u_feather;
  v_offset = head ? 0.0 : a_vertex.y * reach;
  v_feather = u_feather;
  vec2 position = point + normal * a_vertex.y * reach;
  gl_Position = vec4(position / u_dimensions * 2.0 - 1.0, 0, 1);
  #ifdef DASHED
${DASH_GLSL}
  #endif
${ITEM_COLOR_GLSL}
}
`;

// language=GLSL
const fragmentShader = (options: StripOptions) => /* glsl */ `${defines(options)}
// Distances along a long relation need more than mediump's 10 bits to place dashes to the pixel.
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif

varying vec4 v_color;
varying float v_offset;
varying float v_halfWidth;
varying float v_feather;
#ifdef DASHED
varying float v_along;
varying float v_dash;
#endif

void main(void) {
  // Picking ignores the dashes: a click in a gap still hits the relation.
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  #ifdef DASHED
  if (mod(abs(v_along) + v_dash / 2.0, v_dash * 1.6) > v_dash) discard;
  #endif
  float fade = smoothstep(v_halfWidth - v_feather, v_halfWidth, abs(v_offset));
  gl_FragColor = mix(v_color, vec4(0.0), fade);
  #endif
}
`;

/** Per vertex: two triangles for each segment of the line, then the head's base corners and tip. */
function stripVertices(segments: number): number[][] {
  const vertices: number[][] = [];
  for (let i = 0; i < segments; i++) {
    const [from, to] = [i / segments, (i + 1) / segments];
    vertices.push([from, -1, 0], [from, 1, 0], [to, 1, 0], [from, -1, 0], [to, 1, 0], [to, -1, 0]);
  }
  vertices.push([0, -1, 1], [0, 1, 1], [1, 0, 1]);
  return vertices;
}

const UNIFORMS = [
  "u_matrix",
  "u_sizeRatio",
  "u_pixelRatio",
  "u_dimensions",
  "u_minEdgeThickness",
  "u_feather",
  "u_lengthToThicknessRatio",
  "u_widenessToThicknessRatio",
] as const;

export class EdgeCurveStripProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<(typeof UNIFORMS)[number], N, E, G> {
  override drawLabel: EdgeLabelDrawingFunction<N, E, G> | undefined = createDrawCurvedEdgeLabel({
    ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
    arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  });

  /** Overridden by the variants; a method, since sigma reads the definition inside its constructor. */
  stripOptions(): StripOptions {
    return CURVED;
  }

  getDefinition() {
    const options = this.stripOptions();
    return {
      VERTICES: options.segments * 6 + 3,
      VERTEX_SHADER_SOURCE: vertexShader(options),
      FRAGMENT_SHADER_SOURCE: fragmentShader(options),
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_source", size: 2, type: FLOAT },
        { name: "a_target", size: 2, type: FLOAT },
        { name: "a_targetSize", size: 1, type: FLOAT },
        { name: "a_thickness", size: 1, type: FLOAT },
        { name: "a_curvature", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: "a_vertex", size: 3, type: FLOAT }],
      CONSTANT_DATA: stripVertices(options.segments),
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const curvature = (data as EdgeDisplayData & { curvature?: number }).curvature ?? DEFAULT_EDGE_CURVATURE;
    const values = [
      sourceData.x,
      sourceData.y,
      targetData.x,
      targetData.y,
      targetData.size,
      data.size || 1,
      curvature,
      floatColor(data.color),
      edgeIndex,
    ];
    this.array.set(values, startIndex);
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
    const { lengthToThicknessRatio, widenessToThicknessRatio } = DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS;
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform2f(uniformLocations.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
    gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    gl.uniform1f(uniformLocations.u_lengthToThicknessRatio, lengthToThicknessRatio);
    gl.uniform1f(uniformLocations.u_widenessToThicknessRatio, widenessToThicknessRatio);
  }
}

/** Curved relations not confirmed: the same strip, dashed. */
export class EdgeDashedCurveProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeCurveStripProgram<N, E, G> {
  override stripOptions(): StripOptions {
    return { ...CURVED, dashed: true };
  }
}

/**
 * Straight relations not confirmed: one dashed segment and its head. The label is sigma's straight one
 * (the renderer's default), as for the solid arrows.
 */
export class EdgeDashedArrowProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeCurveStripProgram<N, E, G> {
  override drawLabel: EdgeLabelDrawingFunction<N, E, G> | undefined = undefined;

  override stripOptions(): StripOptions {
    return { segments: 1, dashed: true, straight: true };
  }
}

/**
 * The strip without its head, for undirected relations: straight or curved, solid or dashed. Straight
 * variants keep sigma's straight label, as the arrows do.
 */
function headlessVariant(options: StripOptions): typeof EdgeCurveStripProgram {
  return class HeadlessStripProgram<
    N extends Attributes = Attributes,
    E extends Attributes = Attributes,
    G extends Attributes = Attributes,
  > extends EdgeCurveStripProgram<N, E, G> {
    override drawLabel: EdgeLabelDrawingFunction<N, E, G> | undefined = options.straight
      ? undefined
      : createDrawCurvedEdgeLabel({ ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS, arrowHead: null });

    override stripOptions(): StripOptions {
      return { ...options, headless: true };
    }
  };
}

export const EdgeUndirectedLineProgram = headlessVariant({ segments: 1, dashed: false, straight: true });
export const EdgeUndirectedDashedProgram = headlessVariant({ segments: 1, dashed: true, straight: true });
export const EdgeUndirectedCurveProgram = headlessVariant(CURVED);
export const EdgeUndirectedDashedCurveProgram = headlessVariant({ ...CURVED, dashed: true });
