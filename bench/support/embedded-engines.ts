// The embedded engines the import and query benchmarks measure side by side: LadybugDB, the default, and
// Kuzu 0.11, the archived engine it replaced (a dev dependency). They cannot share a process, so every
// step that opens one runs in a child process of its own.
import { readFileSync } from "node:fs";
import type { EmbeddedEngineName } from "../../graph/kuzu/index.js";

export interface BenchEngine {
  engine: EmbeddedEngineName;
  /** How tables name it, with the installed version: "LadybugDB 0.19.1". */
  label: string;
}

const PACKAGES: Record<EmbeddedEngineName, { title: string; packageName: string }> = {
  ladybug: { title: "LadybugDB", packageName: "@ladybugdb/core" },
  "kuzu-0.11": { title: "Kuzu", packageName: "kuzu" },
};

function installedVersion(packageName: string): string {
  const file = new URL(`../../node_modules/${packageName}/package.json`, import.meta.url);
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    throw new Error(
      `${packageName} is not installed: run npm install (the benchmark compares it with the default engine)`,
    );
  }
}

/** Kuzu 0.11 first, then LadybugDB, so each LadybugDB row can give its ratio to the Kuzu row before it. */
export function benchEngines(): BenchEngine[] {
  return (["kuzu-0.11", "ladybug"] as const).map((engine) => {
    const { title, packageName } = PACKAGES[engine];
    return { engine, label: `${title} ${installedVersion(packageName)}` };
  });
}
