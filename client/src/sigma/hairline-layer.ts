// Large canvases' plain relations ("line" in the reducers) drawn as one GL_LINES call in a sigma custom
// layer, instead of one instance each in sigma's edge program and again in its picking pass: without a
// GPU, Chromium's SwiftShader runs instanced draws item by item, so 5,000 relations cost seconds a frame.
// Hairlines are not pickable; the relations in focus (hovered or selected entities, the path) stay sigma's.
import type { RenderParams } from "sigma/types";
import { parseColor } from "sigma/utils";
import type { ExplorerSigma } from "./canvas-controller.js";
import type { ExplorerGraph } from "./graph-sync.js";
import type { ExplorerEdgeDisplay } from "./reducers.js";

/** Display data of a relation sigma leaves to the hairline layer. */
export type HairlineDisplay = ExplorerEdgeDisplay & { hairline?: boolean };

/** Whether a relation is on the canvas: drawn by sigma, or as a hairline. */
export function isEdgeDrawn(data: HairlineDisplay | undefined): boolean {
  return data?.visibility === "visible" || data?.hairline === true;
}

const VERTEX = `#version 300 es
in vec2 a_position;
in vec4 a_color;
uniform mat3 u_matrix;
out vec4 v_color;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1.0)).xy, 0.0, 1.0);
  v_color = a_color;
}`;

// Sigma blends premultiplied colours (ONE, ONE_MINUS_SRC_ALPHA).
const FRAGMENT = `#version 300 es
precision mediump float;
in vec4 v_color;
out vec4 fragColor;
void main() {
  fragColor = vec4(v_color.rgb * v_color.a, v_color.a);
}`;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`hairline layer: shader does not compile: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

/** Positions (framed graph) and colours (0..255) of every hairline, two vertices a relation. */
function packHairlines(sigma: ExplorerSigma, graph: ExplorerGraph, colors: ReadonlyMap<string, string>) {
  const points = new Map<string, { x: number; y: number }>();
  const pointOf = (node: string) => {
    let point = points.get(node);
    if (point === undefined) {
      const data = sigma.getNodeDisplayData(node);
      point = data && data.visibility !== "hidden" ? { x: data.x, y: data.y } : { x: NaN, y: NaN };
      points.set(node, point);
    }
    return point;
  };
  const rgba = new Map<string, number>();
  const buffer = new ArrayBuffer(colors.size * 2 * 12);
  const floats = new Float32Array(buffer);
  const words = new Uint32Array(buffer);
  let vertices = 0;
  for (const [edge, css] of colors) {
    if (!graph.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    const from = pointOf(source);
    const to = pointOf(target);
    if (Number.isNaN(from.x) || Number.isNaN(to.x)) continue;
    let color = rgba.get(css);
    if (color === undefined) {
      const { r, g, b, a } = parseColor(css);
      color = ((Math.round(a * 255) << 24) | (b << 16) | (g << 8) | r) >>> 0;
      rgba.set(css, color);
    }
    for (const end of [from, to]) {
      floats[vertices * 3] = end.x;
      floats[vertices * 3 + 1] = end.y;
      words[vertices * 3 + 2] = color;
      vertices += 1;
    }
  }
  return { data: new Uint8Array(buffer, 0, vertices * 12), count: vertices };
}

export interface HairlineLayer {
  /** Wraps the edge reducer's answer: a plain line of a large canvas leaves sigma for this layer. */
  take(edge: string, data: ExplorerEdgeDisplay): HairlineDisplay;
}

/**
 * Registers the layer under sigma's relations. `isMoving` leaves hairlines out of moving frames, as
 * sigma's hideEdgesOnMove does for its own relations.
 */
export function addHairlineLayer(sigma: ExplorerSigma, graph: ExplorerGraph, isMoving: () => boolean): HairlineLayer {
  const colors = new Map<string, string>();
  // Rebuilt when sigma processed its data again (positions, looks), not every frame.
  let dirty = true;
  sigma.addCustomLayerProgram("hairlines", "edges", (gl) => {
    const program = gl.createProgram();
    const shaders = [compile(gl, gl.VERTEX_SHADER, VERTEX), compile(gl, gl.FRAGMENT_SHADER, FRAGMENT)];
    for (const shader of shaders) gl.attachShader(program, shader);
    gl.linkProgram(program);
    const matrix = gl.getUniformLocation(program, "u_matrix");
    const vao = gl.createVertexArray();
    const vbo = gl.createBuffer();
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, vbo);
    const position = gl.getAttribLocation(program, "a_position");
    const color = gl.getAttribLocation(program, "a_color");
    gl.enableVertexAttribArray(position);
    gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 12, 0);
    gl.enableVertexAttribArray(color);
    gl.vertexAttribPointer(color, 4, gl.UNSIGNED_BYTE, true, 12, 8);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    let count = 0;
    dirty = true;
    return {
      cacheData() {
        dirty = true;
      },
      render(params: RenderParams) {
        if (colors.size === 0 || isMoving()) return;
        gl.useProgram(program);
        gl.bindVertexArray(vao);
        gl.bindBuffer(gl.ARRAY_BUFFER, vbo);
        if (dirty) {
          const packed = packHairlines(sigma, graph, colors);
          gl.bufferData(gl.ARRAY_BUFFER, packed.data, gl.DYNAMIC_DRAW);
          count = packed.count;
          dirty = false;
        }
        gl.uniformMatrix3fv(matrix, false, params.matrix);
        if (count > 0) gl.drawArrays(gl.LINES, 0, count);
        gl.bindVertexArray(null);
        gl.bindBuffer(gl.ARRAY_BUFFER, null);
      },
      kill() {
        gl.deleteBuffer(vbo);
        gl.deleteVertexArray(vao);
        for (const shader of shaders) gl.deleteShader(shader);
        gl.deleteProgram(program);
      },
    };
  });
  return {
    take(edge, data) {
      dirty = true;
      if (data.drawnAs !== "line" || data.visibility !== "visible" || !data.color) {
        colors.delete(edge);
        return data;
      }
      colors.set(edge, data.color);
      return { ...data, visibility: "hidden", hairline: true };
    },
  };
}
