// Writes a generated graph as one streaming .jsonl seed file into bench/out/ (never seeds/), with a
// manifest beside its folder naming the entities the query benchmark asks about. Reuses a finished one.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { entityIdOf, generateGraph, type GeneratedShape, type GenerateOptions } from "./generate-records.js";
import type { GeneratedKind } from "./vocabulary.js";

export const BENCH_OUT_DIR = fileURLToPath(new URL("../out/", import.meta.url));
const MANIFEST_VERSION = 1;

export interface QueryTargets {
  searchTerms: string[];
  /** Entities of ordinary degree, as an analyst would click on. */
  neighborIds: string[];
  pairs: { from: string; to: string }[];
  /** A hub every "via" path must pass. */
  via: string;
  /** The most connected entity. */
  hub: string;
}

export interface GraphManifest {
  version: number;
  relations: number;
  seed: number;
  shape: GeneratedShape;
  /** The folder to import (holds graph.jsonl only). */
  folder: string;
  file: string;
  bytes: number;
  targets: QueryTargets;
}

export function graphFolderOf(options: GenerateOptions, outDir = BENCH_OUT_DIR): string {
  return join(outDir, `graph-r${options.relations}-s${options.seed}`);
}

/** Generates the graph unless an identical one was already written (its manifest is the finish mark). */
export async function writeGeneratedGraph(options: GenerateOptions, outDir = BENCH_OUT_DIR): Promise<GraphManifest> {
  const folder = graphFolderOf(options, outDir);
  const manifestFile = `${folder}.manifest.json`;
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as GraphManifest;
    if (manifest.version === MANIFEST_VERSION && existsSync(manifest.file)) return manifest;
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "graph.jsonl");
  const graph = generateGraph(options);
  const out = createWriteStream(file);
  let buffer = "";
  let bytes = 0;
  for (const record of graph.records) {
    buffer += JSON.stringify(record) + "\n";
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, "finish");

  const manifest: GraphManifest = {
    version: MANIFEST_VERSION,
    relations: options.relations,
    seed: options.seed,
    shape: graph.shape,
    folder,
    file,
    bytes,
    targets: pickTargets(graph.degrees),
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

function pickTargets(degrees: Record<GeneratedKind, Int32Array>): QueryTargets {
  const ordinary = (kind: GeneratedKind, count: number, offset: number) => {
    const found: string[] = [];
    const list = degrees[kind];
    // A fixed stride through the ids: deterministic, and spread over the whole range.
    for (let step = 0; step < list.length && found.length < count; step++) {
      const index = (offset + step * 7919) % list.length;
      const degree = list[index]!;
      if (degree >= 2 && degree <= 30) found.push(entityIdOf(kind, index));
    }
    return found;
  };
  const top = (kind: GeneratedKind) => {
    let best = 0;
    degrees[kind].forEach((degree, index) => {
      if (degree > degrees[kind][best]!) best = index;
    });
    return { id: entityIdOf(kind, best), degree: degrees[kind][best]! };
  };
  const people = ordinary("Person", 6, 11);
  const orgs = ordinary("Organization", 6, 23);
  const hubOrg = top("Organization");
  const hubPerson = top("Person");
  const pairs = [0, 1, 2]
    .map((i) => ({ from: people[i], to: orgs[i + 3] ?? orgs[i] }))
    .filter((pair): pair is { from: string; to: string } => Boolean(pair.from && pair.to && pair.from !== pair.to));
  return {
    searchTerms: ["müller", "helios cloud", "hamburg", "nordwind", "kowalski"],
    neighborIds: [...people.slice(0, 3), ...orgs.slice(0, 2)],
    pairs,
    via: hubOrg.id,
    hub: hubOrg.degree >= hubPerson.degree ? hubOrg.id : hubPerson.id,
  };
}
