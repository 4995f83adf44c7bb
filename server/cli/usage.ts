// The CLI's help text and the error for a command line it cannot make sense of (exit code 2).

export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  import [folder|file]              Import a seed folder (default: SEED_DIR or ./seeds) or a file; safe to repeat
                                                                     [--format csv|gexf|graphml|graphology|ftm]
                                                                     [--mapping mapping.yaml] (CSV; optional otherwise)
                                                                     [--on-error refuse|skip] (CSV: skip bad rows, listed)
  ingest <folder>                   Read articles (.txt, .md) as sources with their sentences, link
                                    evidence to sentences, record MENTIONS of known entities; safe to repeat
  search <text>                     Find entities by name or alias   [--kinds Person,Organization] [--limit 20]
  neighbors <name|id>               Relations around an entity       [--depth 1] [--types WON,AWARDED]
                                                                     [--stance rivalry] [--limit 300]
  path <from> <to>                  Distinct routes, fewest hops, then best supported first
                                                                     [--via X] [--max-hops 6] [--k 3]
                                                                     [--types ...] [--exclude-types ...] [--stance ...]
                                                                     [--support confirmed|reported|all]
                                                                     [--statuses confirmed,reported,...]
                                                                     [--at 2019-10] [--undated false]
                                                                     [--chronological] [--directed]
                                    MENTIONS is never a step unless --types names it
  cypher <query>                    Run a read-only Cypher query     [--params '{"name":"x"}']
  schema                            Entity kinds and relation types with counts
  export <format>                   Write the graph as gexf, graphml, graphology, csv or cypher
                                                                     [--ids a,b,c] [--out file|folder]
  duplicates                        Likely duplicate entities, with score and reason
                                                                     [--kinds Person,Organization] [--limit 50]
  merge <keep> <merge>              Merge the second entity into the first, recorded in the audit trail
                                                                     --reason "why" [--by name]
  merges                            The audit trail of merges, latest first [--limit 20]
  undo <merge id>                   Undo a merge (latest first)      [--reason "why"] [--by name]

Options for every command:
  --json                            Print JSON for scripts instead of tables
  -h, --help                        Show this help

Entities may be named by id (org:microsoft) or by name or alias ("Microsoft").
The store is Kuzu in DATA_DIR (default ./data), or Neo4j when NEO4J_URI is set.
Exit codes: 0 ok, 1 not found or invalid input, 2 usage error.`;
