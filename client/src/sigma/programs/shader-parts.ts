// GLSL shared by our programs. Sigma compiles each program twice, the second time with PICKING_MODE
// defined: then an item is drawn in its id colour, which hover and clicks read back.

/** Sets v_color from a_color, or from a_id when picking; needs `const float bias = 255.0 / 254.0;`. */
export const ITEM_COLOR_GLSL = /* glsl */ `
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;`;
