// The hairlines of large canvases: sigma's line program, plus level of detail. Zoomed out, only one
// line in hairlineStride() is drawn, chosen by its place in the buffer, so the sample is spread evenly
// and stays the same while the view moves.
import type { Attributes } from "graphology-types";
import { EdgeProgram, type ProgramInfo } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import { ITEM_COLOR_GLSL } from "./shader-parts.js";
import { hairlineStride, MAX_HAIRLINE_STRIDE } from "../hairline-sampling.js";

const { FLOAT, UNSIGNED_BYTE } = WebGLRenderingContext;

// language=GLSL
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
// The line's place in the buffer, modulo ${MAX_HAIRLINE_STRIDE}.
attribute float a_slot;

uniform mat3 u_matrix;
uniform float u_stride;

varying vec4 v_color;

const float bias = 255.0 / 254.0;

void main() {
  if (mod(a_slot, u_stride) > 0.5) {
    // Outside the clip volume: the line is not drawn.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
  } else {
    gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  }${ITEM_COLOR_GLSL}
}
`;

// language=GLSL
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}
`;

const UNIFORMS = ["u_matrix", "u_stride"] as const;

export class EdgeHairlineProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<(typeof UNIFORMS)[number], N, E, G> {
  getDefinition() {
    return {
      VERTICES: 2,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: WebGLRenderingContext.LINES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_slot", size: 1, type: FLOAT },
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const color = floatColor(data.color);
    const slot = Math.floor(startIndex / this.STRIDE) % MAX_HAIRLINE_STRIDE;
    this.array.set([sourceData.x, sourceData.y, color, edgeIndex, slot], startIndex);
    this.array.set([targetData.x, targetData.y, color, edgeIndex, slot], startIndex + this.STRIDE / 2);
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    gl.uniform1f(uniformLocations.u_stride, hairlineStride(this.capacity, params.zoomRatio));
  }
}
