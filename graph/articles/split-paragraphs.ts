// Paragraphs as evidence counts them: paragraph n is the n-th non-empty line of the file (Evidence.paragraph).
// Markdown keeps its words but loses its markup (heading marks, emphasis, links, list bullets), so that
// the text reads and matches like plain text; a line of markup only ("---") stays as written.

export type ArticleFormat = "text" | "markdown";

/** Non-empty lines, trimmed, markup stripped for Markdown: paragraph n is `splitParagraphs(text)[n - 1]`. */
export function splitParagraphs(text: string, format: ArticleFormat = "text"): string[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (format === "text") return lines;
  return lines.map((line) => stripMarkdown(line) || line);
}

/** One line of Markdown as plain text: `## **Amazon** [wins](https://x)` → `Amazon wins`. */
export function stripMarkdown(line: string): string {
  // Escaped characters hide in the private use area while the markup is removed.
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(/^(?:>\s?)+/, "")
    .replace(/^#{1,6}\s+/, "")
    .replace(/\s+#+$/, "")
    .replace(/^(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, "")
    .replace(/^(?:[-*_]\s*){3,}$/, "")
    .replace(/^```.*$/, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/\s+/g, " ")
    .trim();
}
