// Our own neo4j-admin CSV export (graph/export/csv-writer.ts) read back record for record: `nodes.csv`
// with the `edges.csv` written beside it. Ids, kinds, names, aliases, properties, types, statuses, dates,
// amounts, notes and evidence come back as they were, so the pair imports into its own store as no change.
import { access } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InvalidInputError } from "../../errors.js";
import { CSV_NODE_HEADER, isOwnCsvEdgeHeader } from "../../export/csv-writer.js";
import { restoreFormula } from "../../export/csv-formula-guard.js";
import { GraphBuilder } from "../shared/graph-builder.js";
import type { ReadGraph } from "../shared/read-graph.js";
import { readCsvRows } from "./read-csv-rows.js";

const ARRAY_DELIMITER = ";";

export type OwnCsvPart = "nodes" | "edges";

/** Which half of our export the header is, if it is one. */
export function ownCsvPartOf(header: readonly string[]): OwnCsvPart | undefined {
  const same = (expected: readonly string[]) =>
    header.length === expected.length && header.every((name, i) => name === expected[i]);
  if (same(CSV_NODE_HEADER)) return "nodes";
  if (isOwnCsvEdgeHeader(header)) return "edges";
  return undefined;
}

export async function csvHeaderOf(path: string): Promise<string[] | undefined> {
  for await (const item of readCsvRows(path, basename(path), ",")) return "header" in item ? item.header : undefined;
  return undefined;
}

/** Reads `nodes.csv` and the `edges.csv` beside it (when there) as the records they were exported from. */
export async function readOwnCsvExport(nodesPath: string): Promise<ReadGraph> {
  const builder = new GraphBuilder(nodesPath);
  let records = 0;
  for await (const row of ownRows(nodesPath)) {
    records++;
    const [id, name, , kind, aliases, properties] = row.values;
    builder.addEntity(
      { id: id!, kind: kind as never, name: name!, aliases: listOf(aliases), properties: jsonOf(properties) as never },
      { file: nodesPath, index: row.number - 1, line: row.line, label: `line ${row.line}` },
    );
  }
  const edgesPath = join(dirname(nodesPath), "edges.csv");
  const hasEdges = await access(edgesPath).then(
    () => true,
    () => false,
  );
  if (hasEdges) {
    if (ownCsvPartOf((await csvHeaderOf(edgesPath)) ?? []) !== "edges")
      throw new InvalidInputError(`${edgesPath}: not the edges.csv our export writes beside nodes.csv`, {
        file: edgesPath,
      });
    for await (const row of ownRows(edgesPath)) {
      records++;
      const [from, to, type, id, , status, dateStart, dateEnd, amountValue, amountCurrency, amountQualifier, note] =
        row.values;
      builder.addRelation(
        {
          id: id!,
          type: type as never,
          from: from!,
          to: to!,
          status: status as never,
          ...(dateStart ? { date: { start: dateStart, ...(dateEnd ? { end: dateEnd } : {}) } } : {}),
          ...(amountValue
            ? {
                amount: {
                  value: Number(amountValue),
                  currency: amountCurrency!,
                  ...(amountQualifier ? { qualifier: amountQualifier as never } : {}),
                },
              }
            : {}),
          ...(note ? { note } : {}),
          ...(row.values[14] === "false" ? { directed: false as const } : {}),
          ...(row.values[15] ? { attributes: jsonOf(row.values[15]) as never } : {}),
          evidence: jsonOf(row.values[12]) as never,
        },
        { file: edgesPath, index: row.number - 1, line: row.line, label: `line ${row.line}` },
      );
    }
  }
  return { graph: builder.build(), sourceId: null, records, skipped: builder.skippedSummary(), ownExport: true };
}

async function* ownRows(path: string) {
  for await (const item of readCsvRows(path, basename(path), ",")) {
    if (!("header" in item)) yield { ...item, values: item.values.map(restoreFormula) };
  }
}

function listOf(cell: string | undefined): string[] {
  return cell ? cell.split(ARRAY_DELIMITER) : [];
}

function jsonOf(cell: string | undefined): unknown {
  if (!cell) return {};
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}
