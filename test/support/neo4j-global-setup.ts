// vitest globalSetup: one Neo4j for the whole test run, handed to test files with provide('neo4j').
// Under CI a missing Neo4j fails the run; elsewhere the Neo4j cases are skipped, loudly.
import type { TestProject } from "vitest/node";
import "./neo4j-context.js";
import { provideNeo4j, type ProvidedNeo4j } from "./neo4j-provider.js";

let provided: ProvidedNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const log = (line: string) => console.log(line);
  try {
    provided = await provideNeo4j(log);
    const { via, version, uri } = provided.target;
    log(`Neo4j for tests: ${via} ${version} at ${uri}`);
    project.provide("neo4j", { available: true, target: provided.target });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === "true") {
      throw new Error(`CI needs a real Neo4j for the Neo4j tests, and none could be started:\n${reason}`, {
        cause: error,
      });
    }
    console.warn(`\n!!! Neo4j for tests: none available, the Neo4j tests will be SKIPPED.\n!!! ${reason}\n`);
    project.provide("neo4j", { available: false, reason });
  }
}

export async function teardown(): Promise<void> {
  await provided?.stop();
  provided = undefined;
}
