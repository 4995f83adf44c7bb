// Graph export: GEXF, GraphML, graphology JSON, neo4j-admin CSV and a Cypher script, each streamed.
export {
  exportGraph,
  parseExportFormat,
  EXPORT_FORMATS,
  EXPORT_FORMAT_INFO,
  ExportFormat,
  type ExportFormatInfo,
  type ExportOptions,
  type GraphExport,
} from "./export-graph.js";
export { exportReadable, writeExportTo, writeExportFile, writeCsvFolder } from "./write-export.js";
export type { ExportLayout } from "./layout.js";
export { CSV_NODE_HEADER, CSV_EDGE_HEADER } from "./csv-writer.js";
export type { CypherStatementLine } from "./cypher-writer.js";
export type { ExportedEdgeAttributes, ExportedNodeAttributes } from "./graphology-writer.js";
