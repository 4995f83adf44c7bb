// `npm run bench`: runs the import, queries and render benchmarks, prints each table, rewrites its section
// of BENCHMARKS.md (with the machine, date and commit) and keeps the raw run as JSON in bench/out/runs/.
// Neo4j is started once and shared by the sub-commands.
import { parseBenchArgs, USAGE, type BenchArgs, type SubCommand } from "./args.js";
import { runImportBench } from "./import/run-import-bench.js";
import { runQueryBench } from "./queries/run-query-bench.js";
import { runNeo4jPathBench } from "./queries/neo4j-path-search.js";
import { runRenderBench } from "./render/run-render-bench.js";
import { runSoakBench } from "./soak/run-soak-bench.js";
import { writeRunToReport } from "./report/benchmarks-file.js";
import { runContext } from "./report/machine.js";
import { writeRawRun } from "./report/raw-runs.js";
import { formatTable, type Table } from "./report/table.js";
import { startBenchNeo4j, type BenchNeo4j } from "./support/bench-neo4j.js";

const log = (line: string) => console.log(`[bench] ${line}`);

async function main() {
  if (process.argv.includes("--help")) return console.log(USAGE);
  const args = parseBenchArgs(process.argv.slice(2));
  const invocation = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
  const needsNeo4j =
    !args.noNeo4j && args.commands.some((c) => c === "import" || c === "queries" || c === "neo4j-paths");
  let neo4j: BenchNeo4j | undefined;
  let neo4jUnavailable: string | undefined = args.noNeo4j ? "--no-neo4j" : undefined;
  if (needsNeo4j) {
    try {
      neo4j = await startBenchNeo4j(log);
      log(`Neo4j: ${neo4j.describe}`);
    } catch (error) {
      neo4jUnavailable = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      log(`Neo4j unavailable, its rows will say so: ${neo4jUnavailable}`);
    }
  }
  try {
    for (const command of args.commands) {
      const context = runContext();
      const started = performance.now();
      const tables = await run(command, args, neo4j, neo4jUnavailable);
      const minutes = (performance.now() - started) / 60_000;
      for (const table of tables) console.log(`\n${formatTable(table)}\n`);
      const benchRun = { command, invocation, quick: args.quick, minutes, context, tables };
      log(`raw run: ${writeRawRun(benchRun)}`);
      log(`BENCHMARKS.md: rewrote ${writeRunToReport(benchRun).join(", ")}`);
    }
  } finally {
    await neo4j?.stop();
  }
}

function run(
  command: SubCommand,
  args: BenchArgs,
  neo4j: BenchNeo4j | undefined,
  neo4jUnavailable?: string,
): Promise<Table[]> {
  switch (command) {
    case "import":
      return runImportBench({
        sizes: args.importSizes,
        seed: args.seed,
        batchSize: args.batchSize,
        neo4j,
        neo4jUnavailable,
        neo4jMaxSize: args.neo4jMax,
        log,
      });
    case "queries":
      return runQueryBench({
        sizes: args.querySizes,
        seed: args.seed,
        batchSize: args.batchSize,
        duration: args.duration,
        connections: args.connections,
        neo4j,
        neo4jUnavailable,
        neo4jMaxSize: args.neo4jMax,
        log,
      });
    case "render":
      return runRenderBench({
        sizes: args.renderSizes,
        seed: args.seed,
        seconds: args.renderSeconds,
        baseline: args.renderBaseline,
        log,
      });
    case "soak":
      return runSoakBench({ minutes: args.soakMinutes, rate: args.soakRate, log });
    case "neo4j-paths":
      return runNeo4jPathBench({
        sizes: args.pathSizes,
        seed: args.seed,
        batchSize: args.batchSize,
        rounds: args.rounds,
        neo4j,
        neo4jUnavailable,
        log,
      });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
