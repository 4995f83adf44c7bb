// No module in graph/ or server/ reaches itself through its imports, `import type` included: a cycle
// means two concepts that cannot be understood, tested or moved (into the store host) one without the
// other. A walk over TypeScript's own reading of each file's imports, so no tool of ours can disagree
// with the compiler about what a file imports.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHECKED = ["graph", "server"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The file a relative specifier names (`./x.js` is `./x.ts` in source); undefined for packages. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m?js|jsx)$/, "");
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, join(base, "index.ts")];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** Each file's imports and re-exports within the checked folders, type-only ones included. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = importedFiles.flatMap(({ fileName }) => {
        const target = resolveImport(file, fileName);
        return target && known.has(target) ? [target] : [];
      });
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The cycles a depth-first walk closes, each as its path (at least one for every set of files that import each other). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...trail.slice(trail.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("imports", () => {
  it("find a cycle when there is one, type-only imports included", () => {
    const graph = new Map([
      ["store.ts", ["walk-index.ts"]],
      ["walk-index.ts", ["edge-facts.ts"]],
      ["edge-facts.ts", ["store.ts"]],
      ["main.ts", ["store.ts"]],
    ]);
    expect(findCycles(graph)).toEqual([["store.ts", "walk-index.ts", "edge-facts.ts", "store.ts"]]);
    expect(
      findCycles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("read `import type` and re-exports as imports", () => {
    const { importedFiles } = ts.preProcessFile(
      'import type { A } from "./a.js";\nexport { B } from "./b.js";\nexport * from "./c.js";',
      true,
      true,
    );
    expect(importedFiles.map((file) => file.fileName)).toEqual(["./a.js", "./b.js", "./c.js"]);
  });

  it("form no cycle in graph/ or server/", () => {
    const files = CHECKED.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(100);
    const cycles = findCycles(importGraph(files)).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(" → "));
    expect(cycles).toEqual([]);
  });
});
