// Loads a seed folder: every .json and .jsonl file under it, in path order, validated record by record
// and then as a whole. All problems (up to a cap) are thrown together as one InvalidInputError.
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve, sep } from "node:path";
import { InvalidInputError } from "../errors.js";
import { readJsonSeedFile } from "./read-json-seed-file.js";
import { readJsonlSeedFile } from "./read-jsonl-seed-file.js";
import { SeedIssueList } from "./seed-issues.js";
import { SeedRecords } from "./seed-records.js";
import { checkSeedGraph, type SeedGraph } from "./validate-seed-graph.js";

export async function loadSeedFolder(dir: string): Promise<SeedGraph> {
  const root = resolve(dir);
  const files = await seedFilesOf(root);
  const issues = new SeedIssueList();
  const records = new SeedRecords(issues);
  for (const relative of files) {
    // Shown as `seeds/relations/000-jedi.json`: the folder's own name keeps messages recognisable.
    const shown = [basename(root), ...relative.split(sep)].join("/");
    const path = join(root, relative);
    if (relative.endsWith(".jsonl")) await readJsonlSeedFile(path, shown, records);
    else await readJsonSeedFile(path, shown, records);
  }
  const graph = checkSeedGraph(records, issues);
  issues.throwIfAny(root);
  return graph;
}

/** Relative paths of the seed files under root, sorted by path (code-unit order, like `ls` in C locale). */
export async function seedFilesOf(root: string): Promise<string[]> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new InvalidInputError(`Seed folder ${root} does not exist or is not a folder`, { folder: root });
  }
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.jsonl?$/.test(e.name) && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    throw new InvalidInputError(`Seed folder ${root} holds no .json or .jsonl files`, { folder: root });
  }
  return files;
}
