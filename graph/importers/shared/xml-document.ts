// Parses an XML graph file (GEXF, GraphML) with @xmldom/xmldom, strictly: a malformed file is refused with
// the line and column of the first error instead of being half read. Elements keep their line numbers.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { InvalidInputError } from "../../errors.js";

export const MAX_XML_FILE_BYTES = 256 * 1024 * 1024;

export function parseXmlDocument(text: string, file: string): Document {
  const parser = new DOMParser({
    locator: true,
    onError(level, message) {
      // Warnings (an unknown entity, say) do not change what the file means; errors do.
      if (level !== "warning") throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(text, "application/xml");
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
    const where = locator?.lineNumber ? `line ${locator.lineNumber}, column ${locator.columnNumber ?? "?"}: ` : "";
    const message = `${where}not well-formed XML: ${(error as Error).message.split("\n")[0]}`;
    throw new InvalidInputError(`${file}: ${message}`, {
      errors: [{ file, record: "file", line: locator?.lineNumber, field: "", message }],
    });
  }
}

/** Direct and nested elements by local name, whatever namespace prefix the file uses. */
export function elementsOf(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", localName));
}

export function lineOf(element: Element): number | undefined {
  return (element as Element & { lineNumber?: number }).lineNumber;
}
