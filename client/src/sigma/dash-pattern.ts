// The dash of unconfirmed relations, in screen pixels: long enough gaps to stay open under antialiasing
// on a thick path hop, short enough to read as dashed on a short one. Apart from primitives.ts so that
// the reducers (and their tests) need no WebGL.
export const DASH_LENGTH = 6;
export const GAP_LENGTH = 4;
