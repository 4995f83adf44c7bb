// Measures label and footer text with the export's font, so wrapped lines and legend items fit.
import { EXPORT_FONT, approximateTextWidth, type MeasureText } from "../core/export/svg-writer.js";

export function createTextMeasure(): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return approximateTextWidth;
  return (text, fontSize, weight) => {
    context.font = `${weight} ${fontSize}px ${EXPORT_FONT}`;
    return context.measureText(text).width;
  };
}
