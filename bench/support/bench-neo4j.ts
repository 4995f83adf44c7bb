// The Neo4j the benchmarks run against: NEO4J_BENCH_URI when set, else the test suite's neo4j-harness
// launcher on a free loopback port. Also finds the server's import folder, where LOAD CSV reads files.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { startHarnessNeo4j } from "../../test/support/neo4j-harness.js";

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  /** A folder on this machine that LOAD CSV may read (server.directories.import), if there is one. */
  importDir?: string;
  /** How LOAD CSV names a file under importDir: `${prefix}sub/file.csv`. */
  csvUrlPrefix?: string;
  describe: string;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const fromEnv = process.env.NEO4J_BENCH_URI;
  if (fromEnv) {
    const user = process.env.NEO4J_BENCH_USER ?? "neo4j";
    const password = process.env.NEO4J_BENCH_PASSWORD ?? "";
    const found = await inspect(fromEnv, user, password);
    return {
      uri: fromEnv,
      user,
      password,
      ...found,
      describe: `Neo4j ${found.version} at ${fromEnv}`,
      stop: async () => undefined,
    };
  }
  log("starting Neo4j (neo4j-harness, in-process, loopback)…");
  const harness = await startHarnessNeo4j({ log });
  const user = "neo4j";
  const password = "unused-auth-is-off";
  try {
    const found = await inspect(harness.uri, user, password);
    return {
      uri: harness.uri,
      user,
      password,
      ...found,
      describe: `Neo4j ${found.version} (neo4j-harness, JVM -Xmx1g C1-only, page cache ${found.pageCache})`,
      stop: () => harness.dispose(),
    };
  } catch (error) {
    await harness.dispose();
    throw error;
  }
}

async function inspect(uri: string, user: string, password: string) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const info = await driver.getServerInfo();
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
      {
        names: [
          "server.directories.import",
          "dbms.security.allow_csv_import_from_file_urls",
          "server.memory.pagecache.size",
        ],
      },
    );
    const setting = (name: string) => records.find((r) => r.get("name") === name)?.get("value") as string | undefined;
    const allowed = setting("dbms.security.allow_csv_import_from_file_urls") === "true";
    const importDir = allowed ? setting("server.directories.import") : undefined;
    const csvUrlPrefix = importDir ? await probeCsvUrlPrefix(driver, importDir) : undefined;
    return {
      version: info.agent?.replace(/^Neo4j\//, "") ?? "unknown",
      pageCache: setting("server.memory.pagecache.size") ?? "unknown",
      ...(importDir && csvUrlPrefix ? { importDir, csvUrlPrefix } : {}),
    };
  } finally {
    await driver.close();
  }
}

/**
 * A server resolves file:/// URLs inside its import folder; the in-process harness reports an import
 * folder but reads file:/// URLs as absolute paths. A probe file tells which one this server does.
 */
async function probeCsvUrlPrefix(driver: Driver, importDir: string): Promise<string | undefined> {
  if (!existsSync(importDir)) return undefined;
  const probe = join(importDir, "bench-probe.csv");
  writeFileSync(probe, "n\n1\n");
  try {
    for (const prefix of ["file:///", `file://${importDir}/`]) {
      const answered = await driver
        .executeQuery("LOAD CSV WITH HEADERS FROM $url AS row RETURN count(*) AS rows", {
          url: `${prefix}bench-probe.csv`,
        })
        .then(() => true)
        .catch(() => false);
      if (answered) return prefix;
    }
    return undefined;
  } finally {
    rmSync(probe, { force: true });
  }
}
