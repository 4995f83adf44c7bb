// Command-line options of `npm run bench`: a sub-command (import, queries, render; none runs them all),
// --quick for tiny sizes, and explicit sizes such as --sizes=1k,10k,100k,1M.
export const SUB_COMMANDS = ["import", "queries", "render", "soak", "neo4j-paths"] as const;
/** What runs without a sub-command: the soak and the Neo4j path comparison run only when asked for. */
const DEFAULT_COMMANDS: SubCommand[] = ["import", "queries", "render"];
export type SubCommand = (typeof SUB_COMMANDS)[number];

export interface BenchArgs {
  commands: SubCommand[];
  quick: boolean;
  seed: number;
  /** Relation counts for import. */
  importSizes: number[];
  /** Relation counts of the graphs queried. */
  querySizes: number[];
  /** Relation counts of the graphs neo4j-paths imports into Neo4j. */
  pathSizes: number[];
  /** Node counts for render. */
  renderSizes: number[];
  /** Seconds of camera animation per renderer and size. */
  renderSeconds: number;
  /** Another checkout (with its node_modules) whose explorer is measured beside ours, e.g. the last commit on sigma 3. */
  renderBaseline: string | null;
  batchSize: number;
  /** Largest import size also run on Neo4j. */
  neo4jMax: number;
  /** Seconds of load per query and store. */
  duration: number;
  connections: number;
  /** Skip Neo4j altogether. */
  noNeo4j: boolean;
  /** Soak length in minutes and its request rate per second. */
  soakMinutes: number;
  soakRate: number;
  /** neo4j-paths: rounds over the pairs per query and mode. */
  rounds: number;
}

export const USAGE = `npm run bench -- [import|queries|render] [--quick] [options]

  (no sub-command)   run import, queries and render in turn
  --quick            tiny sizes, the whole run in under 5 minutes
  --sizes=LIST       sizes for the sub-command, e.g. 1k,10k,100k,1M (relations; nodes for render)
  --seed=N           generator seed (default 42)
  --batch=N          records per upsert call of our importer (default 5000)
  --neo4j-max=N      largest size (import, queries) also run on Neo4j (default 1M)
  --no-neo4j         Kuzu only
  --duration=S       seconds of load per query (default 10, quick 1)
  --connections=N    concurrent HTTP connections (default 8)
  --baseline=DIR     render: also measure the explorer of the checkout in DIR (its own node_modules)

  soak               mixed API queries at a fixed rate (not part of the default run)
  --minutes=N        soak length (default 10, quick 1)
  --rate=N           soak requests per second (default 20)

  neo4j-paths        paths on Neo4j: Cypher in the database beside the walk index, over HTTP (not in the default run)
  --sizes=LIST       relations (default 100k, quick 1k)
  --rounds=N         rounds over the query pairs per query and mode (default 5, quick 1)
`;

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a size such as 1000, 10k or 1M`);
  const scale = { "": 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] as "" | "k" | "K" | "m" | "M"];
  const value = Math.round(Number(match[1]) * scale);
  if (value < 1) throw new Error(`size "${text}" must be at least 1`);
  return value;
}

/** The short name of a size, as in section ids: 1000 → "1k", 1000000 → "1m", 1500 → "1500". */
export function sizeLabel(value: number): string {
  if (value % 1_000_000 === 0) return `${value / 1_000_000}m`;
  if (value % 1_000 === 0) return `${value / 1_000}k`;
  return String(value);
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const flags = new Map<string, string>();
  const commands: SubCommand[] = [];
  for (const arg of argv) {
    if (arg.startsWith("--")) {
      const [name, value = "true"] = arg.slice(2).split("=", 2) as [string, string?];
      flags.set(name, value);
    } else if ((SUB_COMMANDS as readonly string[]).includes(arg)) {
      commands.push(arg as SubCommand);
    } else {
      throw new Error(`unknown sub-command "${arg}"\n\n${USAGE}`);
    }
  }
  const known = [
    "quick",
    "sizes",
    "seed",
    "batch",
    "neo4j-max",
    "no-neo4j",
    "duration",
    "connections",
    "minutes",
    "rate",
    "baseline",
    "rounds",
    "help",
  ];
  for (const name of flags.keys()) {
    if (!known.includes(name)) throw new Error(`unknown option --${name}\n\n${USAGE}`);
  }
  const quick = flags.has("quick");
  const sizes = flags.get("sizes")?.split(",").map(parseSize);
  const int = (name: string, fallback: number) => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const value = name === "neo4j-max" ? parseSize(raw) : Number(raw);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got "${raw}"`);
    return value;
  };
  return {
    commands: commands.length > 0 ? commands : [...DEFAULT_COMMANDS],
    quick,
    seed: int("seed", 42),
    importSizes: sizes ?? (quick ? [1_000, 5_000] : [1_000, 10_000, 100_000, 1_000_000]),
    querySizes: sizes ?? (quick ? [1_000] : [100_000, 1_000_000]),
    pathSizes: sizes ?? (quick ? [1_000] : [100_000]),
    renderSizes: sizes ?? (quick ? [1_000] : [1_000, 5_000, 10_000, 50_000]),
    renderSeconds: quick ? 2 : 4,
    renderBaseline: flags.get("baseline") ?? null,
    batchSize: int("batch", 5_000),
    neo4jMax: int("neo4j-max", 1_000_000),
    duration: int("duration", quick ? 1 : 10),
    connections: int("connections", 8),
    noNeo4j: flags.has("no-neo4j"),
    soakMinutes: Math.max(1, int("minutes", quick ? 1 : 10)),
    soakRate: Math.max(1, int("rate", 20)),
    rounds: Math.max(1, int("rounds", quick ? 1 : 5)),
  };
}
