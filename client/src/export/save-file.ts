// Hands a file to the browser as a download, and puts a PNG on the clipboard with a message a person
// can act on when the browser will not allow it.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns, but some browsers read the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Copies a PNG; a promise of the image keeps the click's permission while the PNG is encoded. */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) {
    throw new Error("This browser cannot put images on the clipboard. Download the PNG instead.");
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
  } catch (error) {
    const name = error instanceof DOMException ? error.name : "";
    if (name === "NotAllowedError" || name === "SecurityError") {
      throw new Error(
        "The browser did not allow copying the image (clipboard permission denied). Allow clipboard access for this site, or download the PNG instead.",
        { cause: error },
      );
    }
    throw new Error(
      `Copying the image failed: ${error instanceof Error ? error.message : String(error)}. Download the PNG instead.`,
      { cause: error },
    );
  }
}

export async function copyTextToClipboard(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText)
    throw new Error("This browser has no clipboard access here; copy the address bar instead.");
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    throw new Error("The browser did not allow copying (clipboard permission denied); copy the address bar instead.", {
      cause: error,
    });
  }
}
