// A real Neo4j for tests on machines without Docker: builds test/neo4j-launcher (neo4j-harness, Java)
// once, then runs it on a loopback port. The launcher exits when its stdin closes, so we hold it open.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const LAUNCHER_DIR = fileURLToPath(new URL("../neo4j-launcher/", import.meta.url));
const CLASSPATH_FILE = join(LAUNCHER_DIR, "target", "classpath.txt");
const CLASSES_DIR = join(LAUNCHER_DIR, "target", "classes");
const LAUNCHER_CLASS = join(CLASSES_DIR, "app", "Launcher.class");
const LAUNCHER_SOURCE = join(LAUNCHER_DIR, "src", "main", "java", "app", "Launcher.java");
const POM = join(LAUNCHER_DIR, "pom.xml");

export interface HarnessNeo4j {
  uri: string;
  version: string;
  port: number;
  dataDir: string;
  /** Stops Neo4j; the handle can be started again on the same port. */
  stop(): Promise<void>;
  /**
   * Starts Neo4j again on the same port after stop(), for tests of a database that goes away and comes
   * back. The database starts empty: neo4j-harness makes a new folder under dataDir for every start.
   */
  start(): Promise<void>;
  /** Stops it and removes its data directory. */
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  /** For the first Maven download of neo4j-harness and the JVM start. Default 180 s. */
  timeoutMs?: number;
  port?: number;
  log?: (line: string) => void;
}

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** Runs Maven and javac only when the classpath or the class file is missing or older than its sources. */
export function buildLauncher(timeoutMs: number, log: (line: string) => void): string {
  const classpathFresh =
    mtime(CLASSPATH_FILE) > mtime(POM) &&
    readFileSync(CLASSPATH_FILE, "utf8")
      .trim()
      .split(":")
      .every((jar) => existsSync(jar));
  if (!classpathFresh) {
    log("Neo4j for tests: resolving neo4j-harness with Maven (the first time downloads about 150 MB)…");
    run("mvn", ["-q", "-B", "dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt"], timeoutMs);
  }
  const classpath = readFileSync(CLASSPATH_FILE, "utf8").trim();
  if (mtime(LAUNCHER_CLASS) <= Math.max(mtime(LAUNCHER_SOURCE), mtime(CLASSPATH_FILE))) {
    run("javac", ["-d", CLASSES_DIR, "-cp", classpath, LAUNCHER_SOURCE], timeoutMs);
  }
  return classpath;
}

function run(command: string, args: string[], timeoutMs: number): void {
  const result = spawnSync(command, args, { cwd: LAUNCHER_DIR, encoding: "utf8", timeout: timeoutMs });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    const why = result.error ? result.error.message : `exit code ${result.status}`;
    throw new Error(
      `Could not build the Neo4j test launcher: \`${command} ${args.join(" ")}\` in ${LAUNCHER_DIR} failed (${why}).\n` +
        `Java 17 and Maven are needed, and Maven Central must be reachable the first time.\n${output}`,
    );
  }
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startHarnessNeo4j(options: HarnessOptions = {}): Promise<HarnessNeo4j> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const log = options.log ?? (() => undefined);
  const classpath = buildLauncher(timeoutMs, log);
  const port = options.port ?? (await freeLoopbackPort());
  const dataDir = mkdtempSync(join(tmpdir(), "neo4j-test-"));
  let child: ChildProcessWithoutNullStreams | undefined;

  const handle: HarnessNeo4j = {
    uri: "",
    version: "",
    port,
    dataDir,
    async start() {
      if (child) return;
      const started = await launch(classpath, port, dataDir, timeoutMs);
      child = started.child;
      handle.uri = started.uri;
      handle.version = started.version;
      child.once("exit", () => (child = undefined));
    },
    async stop() {
      if (!child) return;
      await stopChild(child);
      child = undefined;
    },
    async dispose() {
      await handle.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}

async function launch(classpath: string, port: number, dataDir: string, timeoutMs: number) {
  // C1 only and the serial collector: about half the start-up time on a small machine, fast enough for tests.
  const args = [
    "-Xms256m",
    "-Xmx1g",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-cp",
    `${CLASSES_DIR}:${classpath}`,
    "app.Launcher",
  ];
  const child = spawn("java", [...args, String(port), dataDir], { cwd: LAUNCHER_DIR, stdio: "pipe" });
  const output: string[] = [];
  const tail = () => output.join("").split("\n").slice(-40).join("\n");

  return new Promise<{ child: ChildProcessWithoutNullStreams; uri: string; version: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `Neo4j harness did not report NEO4J_READY within ${timeoutMs / 1000} s. Its output ends with:\n${tail()}`,
        ),
      );
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString("utf8"));
      const ready = /NEO4J_READY (\S+) (\S+)/.exec(output.join(""));
      if (!ready) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.off("exit", onExit);
      // Keep draining its output so a chatty JVM never blocks on a full pipe.
      child.stdout.resume();
      child.stderr.resume();
      resolve({ child, uri: ready[1]!.replace(/\/$/, ""), version: ready[2]! });
    };
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Neo4j harness exited before it was ready (code ${code}, signal ${signal}). Its output ends with:\n${tail()}`,
        ),
      );
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => output.length < 2000 && output.push(chunk.toString("utf8")));
    child.once("exit", onExit);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java for the Neo4j harness: ${error.message}`));
    });
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stdin.end();
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(timer);
}
