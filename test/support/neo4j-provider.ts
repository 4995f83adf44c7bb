// Finds a Neo4j for the test run, in this order: NEO4J_TEST_URI from the environment, a testcontainers
// Neo4j when a Docker engine answers, else the neo4j-harness launcher (Java) on loopback.
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { startHarnessNeo4j } from "./neo4j-harness.js";
import type { Neo4jTestTarget } from "./neo4j-context.js";

export interface ProvidedNeo4j {
  target: Neo4jTestTarget;
  stop(): Promise<void>;
}

const IMAGE = "neo4j:5.26-community";

export async function provideNeo4j(log: (line: string) => void): Promise<ProvidedNeo4j> {
  const fromEnv = process.env.NEO4J_TEST_URI;
  if (fromEnv) {
    const user = process.env.NEO4J_TEST_USER ?? "neo4j";
    const password = process.env.NEO4J_TEST_PASSWORD ?? "";
    const version = await serverVersion(fromEnv, user, password);
    return { target: { uri: fromEnv, user, password, version, via: "NEO4J_TEST_URI" }, stop: async () => undefined };
  }

  if (await dockerAnswers()) {
    log(`Neo4j for tests: starting ${IMAGE} with testcontainers…`);
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer(IMAGE).withPassword("test-password").start();
    const target = {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      version: "",
      via: "testcontainers" as const,
    };
    target.version = await serverVersion(target.uri, target.user, target.password);
    return { target, stop: async () => void (await container.stop()) };
  }

  log("Neo4j for tests: no NEO4J_TEST_URI and no Docker engine; starting neo4j-harness (Java)…");
  const harness = await startHarnessNeo4j({ log });
  return {
    target: {
      uri: harness.uri,
      user: "neo4j",
      password: "unused-auth-is-off",
      version: harness.version,
      via: "neo4j-harness",
    },
    stop: () => harness.dispose(),
  };
}

/** A quick look for a Docker engine: a socket that accepts a connection within a second. */
async function dockerAnswers(): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  if (host?.startsWith("tcp://")) {
    const url = new URL(host.replace(/^tcp:/, "http:"));
    return canConnect({ host: url.hostname, port: Number(url.port || 2375) });
  }
  const sockets = [
    host?.startsWith("unix://") ? host.slice("unix://".length) : undefined,
    "/var/run/docker.sock",
    join(homedir(), ".docker", "run", "docker.sock"),
    process.env.XDG_RUNTIME_DIR ? join(process.env.XDG_RUNTIME_DIR, "docker.sock") : undefined,
  ].filter((path): path is string => Boolean(path) && existsSync(path!));
  for (const path of sockets) if (await canConnect({ path })) return true;
  return false;
}

function canConnect(address: { path: string } | { host: string; port: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = "path" in address ? connect(address.path) : connect(address.port, address.host);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

async function serverVersion(uri: string, user: string, password: string): Promise<string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 10_000 });
  try {
    const info = await driver.getServerInfo();
    return info.agent?.replace(/^Neo4j\//, "") ?? "unknown";
  } catch (error) {
    throw new Error(`NEO4J_TEST_URI=${uri} does not answer: ${(error as Error).message}`, { cause: error });
  } finally {
    await driver.close();
  }
}
