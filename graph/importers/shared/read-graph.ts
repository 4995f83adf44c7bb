// What every format reader returns: a validated seed graph ready for importSeedGraph, plus what the
// import summary reports about it.
import type { SeedGraph } from "../../seed/index.js";
import type { SkippedRow } from "../csv/row-buffer.js";

export interface ReadGraph {
  graph: SeedGraph;
  /** The Source entity the file became; null for a file our export wrote, whose records keep their own. */
  sourceId: string | null;
  /** True when the file is one our export wrote, read back record for record. */
  ownExport?: boolean;
  /** Rows, nodes + edges, or FtM entities read. */
  records: number;
  /** Records left out on purpose, by reason (self-loops, unsupported FtM schemas). */
  skipped: Record<string, number>;
  /** What was kept in another form than the file's, by how (GEXF spells → relation periods). */
  readAs?: Record<string, number>;
  /** With onError=skip (CSV): each row left out, by line, with its problems. */
  skippedRows?: SkippedRow[];
}
