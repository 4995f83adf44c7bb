// Turns an SVG document into a PNG by drawing it on a canvas at the asked pixel size. The browser
// renders the vector drawing at that size, so 4× is sharp rather than an enlarged 1×.

export async function rasterizeSvg(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image(width, height);
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error("The browser could not draw the exported SVG. Try SVG instead, or a smaller scale.");
    }
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error(`The browser refused a ${width} × ${height} drawing surface. Try a smaller scale.`);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob
            ? resolve(blob)
            : reject(new Error(`The browser could not encode a ${width} × ${height} PNG. Try a smaller scale.`)),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
