// The command-line explorer: the same query layer as the HTTP API, straight on the store (no server).
// Exit codes: 0 ok, 1 not found or invalid input, 2 usage error.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { GraphError } from "../../graph/errors.js";
import { readServerEnv } from "../config/env.js";
import { openGraph } from "../config/open-graph.js";
import type { CliCommand, CliContext, OptionValues } from "./command.js";
import { cypherCommand } from "./commands/cypher.js";
import { duplicatesCommand } from "./commands/duplicates.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { mergeCommand } from "./commands/merge.js";
import { mergesCommand } from "./commands/merges.js";
import { ingestCommand } from "./commands/ingest.js";
import { neighborsCommand } from "./commands/neighbors.js";
import { pathCommand } from "./commands/path.js";
import { schemaCommand } from "./commands/schema.js";
import { searchCommand } from "./commands/search.js";
import { undoCommand } from "./commands/undo.js";
import { USAGE, UsageError } from "./usage.js";

const COMMANDS: CliCommand[] = [
  importCommand,
  ingestCommand,
  searchCommand,
  neighborsCommand,
  pathCommand,
  cypherCommand,
  schemaCommand,
  exportCommand,
  duplicatesCommand,
  mergeCommand,
  mergesCommand,
  undoCommand,
];

const COMMON_OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

interface Invocation {
  command: CliCommand;
  positionals: string[];
  values: OptionValues;
}

/** Returns undefined when the user asked for help. */
export function parseInvocation(argv: string[]): Invocation | undefined {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return undefined;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message}`);
  }
  if (parsed.values.help) return undefined;
  const count = parsed.positionals.length;
  if (count < command.positionals.min || count > command.positionals.max) {
    throw new UsageError(`Usage: ${name} ${command.synopsis}`.trimEnd());
  }
  return { command, positionals: parsed.positionals, values: parsed.values };
}

async function main(argv: string[]): Promise<number> {
  let invocation: Invocation | undefined;
  try {
    invocation = parseInvocation(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (argv.includes("--json"))
      console.log(JSON.stringify({ error: { code: "usage", message: error.message, details: {} } }, null, 2));
    else console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!invocation) {
    console.log(USAGE);
    return 0;
  }

  const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
  const env = readServerEnv(process.env, repoRoot);
  const { store, queries } = await openGraph(env);
  const context: CliContext = {
    store,
    queries,
    json: invocation.values.json === true,
    seedDir: env.seedDir,
    print: (text) => console.log(text),
  };
  try {
    await invocation.command.run(context, invocation.positionals, invocation.values);
    return 0;
  } finally {
    await store.close();
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof GraphError) {
    console.error(`Error: ${error.message}`);
    const details = Object.entries(error.details).filter(([, value]) => value !== undefined);
    if (details.length > 0 && process.env.DEBUG) console.error(JSON.stringify(error.details, null, 2));
    return 1;
  }
  console.error(error);
  return 1;
}

/** With --json, a failure is JSON too ({ error: { code, message, details } } on stdout), for scripts. */
function reportFailureAsJson(error: unknown): number {
  const body =
    error instanceof GraphError
      ? { error: { code: error.code, message: error.message, details: error.details } }
      : { error: { code: "internal", message: error instanceof Error ? error.message : String(error), details: {} } };
  console.log(JSON.stringify(body, null, 2));
  return 1;
}

const wantsJson = process.argv.slice(2).includes("--json");
main(process.argv.slice(2))
  .catch(wantsJson ? reportFailureAsJson : reportFailure)
  .then((code) => {
    // Flush output before exiting: the native store can keep the event loop alive after close().
    process.stdout.write("", () => process.exit(code));
  });
