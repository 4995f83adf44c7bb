// XML escaping for the GEXF and GraphML writers. Characters XML 1.0 cannot carry at all (control
// characters, lone surrogates) become U+FFFD, so one odd name never makes a whole file unreadable.

const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A parser normalises raw tabs and line breaks in attribute values to spaces; references survive.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** For a value inside double-quoted attribute. */
export function xmlAttribute(value: string | number): string {
  return String(value)
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** For element text; line breaks stay as they are, except CR, which a parser would fold into LF. */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(NOT_XML_CHAR, "\uFFFD")
    .replace(/[&<>\r]/g, (c) => (c === "\r" ? "&#13;" : ATTRIBUTE_ESCAPES[c]!));
}
