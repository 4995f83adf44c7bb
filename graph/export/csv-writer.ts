// nodes.csv and edges.csv in the header format of `neo4j-admin database import` (RFC 4180 quoting,
// arrays joined by `;`, formulas escaped), with the labels and properties the Neo4j store uses. See README.md.
import { InvalidInputError } from "../errors.js";
import type { Graph } from "../model/graph.js";
import { neutraliseFormula } from "./csv-formula-guard.js";
import { entityRowOfNode, relationRowOfEdge } from "./neo4j-shape.js";

export interface CsvOptions {
  /** Joins list values (aliases, labels, sources); neo4j-admin's --array-delimiter. Default `;`. */
  arrayDelimiter?: string;
}

export const CSV_NODE_HEADER = ["id:ID", "name", ":LABEL", "kind", "aliases:string[]", "properties", "searchText"];
export const CSV_EDGE_HEADER = [
  ":START_ID",
  ":END_ID",
  ":TYPE",
  "id",
  "stance",
  "status",
  "dateStart",
  "dateEnd",
  "amountValue:double",
  "amountCurrency",
  "amountQualifier",
  "note",
  "evidence",
  "sources:string[]",
  "directed:boolean",
  "attributes",
];

type Cell = string | number | null | undefined;

/**
 * Checks the options and every list value up front, so a problem is reported before the first byte
 * is sent, and returns the delimiter to pass to the writers.
 */
export function checkCsvExport(graph: Graph, options: CsvOptions = {}): string {
  const delimiter = checkedDelimiter(options.arrayDelimiter);
  for (const node of graph.nodes) checkList(node.aliases, delimiter, `node ${node.id}`, "aliases");
  return delimiter;
}

export function* csvNodePieces(graph: Graph, delimiter: string): Generator<string> {
  yield csvLine(CSV_NODE_HEADER);
  for (const node of graph.nodes) {
    const { props } = entityRowOfNode(node);
    yield csvLine([
      props.id,
      props.name,
      ["Entity", props.kind].join(delimiter),
      props.kind,
      props.aliases.join(delimiter),
      props.properties,
      props.searchText,
    ]);
  }
}

export function* csvEdgePieces(graph: Graph, delimiter: string): Generator<string> {
  yield csvLine(CSV_EDGE_HEADER);
  for (const edge of graph.edges) {
    const { type, from, to, props } = relationRowOfEdge(edge);
    yield csvLine([
      from,
      to,
      type,
      props.id as string,
      props.stance as string,
      props.status as string,
      props.dateStart as Cell,
      props.dateEnd as Cell,
      props.amountValue as Cell,
      props.amountCurrency as Cell,
      props.amountQualifier as Cell,
      props.note as Cell,
      props.evidence as string,
      (props.sources as string[]).join(delimiter),
      // Empty for a directed relation, so neo4j-admin leaves the property out, as the store does.
      props.directed === false ? "false" : null,
      props.attributes as Cell,
    ]);
  }
}

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; records end in CRLF.
 * Text that a spreadsheet would run as a formula is escaped with a leading `'` (csv-formula-guard.ts) and
 * quoted. Numbers are written as they are: `-5` in a number column is minus five to every reader, and
 * neo4j-admin could not read `'-5` as a double.
 */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  const text = neutraliseFormula(cell);
  const quoted = text !== cell || /[",\r\n]/.test(text) || text !== text.trim();
  return quoted ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Our own export, recognised by its exact header: the CSV importer then undoes the formula escaping. */
export function isOwnCsvExport(header: readonly string[]): boolean {
  const same = (expected: readonly string[]) =>
    header.length === expected.length && header.every((name, i) => name === expected[i]);
  return same(CSV_NODE_HEADER) || isOwnCsvEdgeHeader(header);
}

/**
 * The edges header, also as exports written before relations kept their file's attributes (no last
 * column) or could be undirected (no last two) have it.
 */
export function isOwnCsvEdgeHeader(header: readonly string[]): boolean {
  const shortest = CSV_EDGE_HEADER.length - 2;
  return (
    header.length >= shortest &&
    header.length <= CSV_EDGE_HEADER.length &&
    header.every((name, i) => name === CSV_EDGE_HEADER[i])
  );
}

/** Labels and source ids cannot hold a delimiter (the id pattern forbids it); aliases can. */
function checkList(items: readonly string[], delimiter: string, record: string, field: string): void {
  const clash = items.find((item) => item.includes(delimiter));
  if (clash !== undefined) {
    throw new InvalidInputError(
      `${record}, ${field}: "${clash}" contains the array delimiter "${delimiter}"; choose another arrayDelimiter`,
      { record, field, parameter: "arrayDelimiter" },
    );
  }
}

function checkedDelimiter(delimiter = ";"): string {
  // Not a character of a label or an id (letters, digits, . _ - :), nor one CSV itself uses.
  if (!/^[^\p{L}\p{N}._:\-",\r\n\s]$/u.test(delimiter)) {
    throw new InvalidInputError(`arrayDelimiter must be one character such as ; or |, not "${delimiter}"`, {
      parameter: "arrayDelimiter",
      value: delimiter,
    });
  }
  return delimiter;
}
