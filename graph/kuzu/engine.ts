// The embedded engine under this adapter, loaded in this one place: LadybugDB, the maintained fork of Kuzu
// (archived upstream in October 2025), by default; Kuzu 0.11 only to migrate an old store and to benchmark
// beside it. Both share the Database/Connection API and the Cypher dialect; only the file name differs.
import type lbug from "@ladybugdb/core";
import { StoreUnavailableError } from "../errors.js";
import { explainEngineLoadFailure } from "./engine-load-failure.js";

export type { Connection, LbugValue as EngineValue, PreparedStatement, QueryResult } from "@ladybugdb/core";

export const EMBEDDED_ENGINES = ["ladybug", "kuzu-0.11"] as const;
export type EmbeddedEngineName = (typeof EMBEDDED_ENGINES)[number];
export const DEFAULT_EMBEDDED_ENGINE: EmbeddedEngineName = "ladybug";

export type EngineModule = typeof lbug;

export interface EmbeddedEngine {
  readonly name: EmbeddedEngineName;
  /** "LadybugDB" or "Kuzu", for messages. */
  readonly title: string;
  /** The npm package, also what the crash probe's child process imports. */
  readonly packageName: string;
  /** The database file inside the data folder: the two engines cannot open each other's files. */
  readonly databaseFile: string;
  readonly module: EngineModule;
}

interface EngineSpec {
  title: string;
  packageName: string;
  databaseFile: string;
}

const SPECS: Record<EmbeddedEngineName, EngineSpec> = {
  ladybug: { title: "LadybugDB", packageName: "@ladybugdb/core", databaseFile: "graph.lbug" },
  "kuzu-0.11": { title: "Kuzu", packageName: "kuzu", databaseFile: "graph.kuzu" },
};

export const databaseFileOf = (name: EmbeddedEngineName): string => SPECS[name].databaseFile;

/** How a package is imported; a test passes one that fails as a missing system library would. */
export type ImportPackage = (packageName: string) => Promise<{ default: unknown }>;

const importPackage: ImportPackage = (packageName) => import(packageName) as Promise<{ default: unknown }>;
const loaded = new Map<EmbeddedEngineName, Promise<EmbeddedEngine>>();

/**
 * Loads the engine's native module once per process. A system it cannot run on (too old a glibc, no
 * OpenSSL 3) gets a StoreUnavailableError naming what is missing and the Neo4j alternative.
 */
export function loadEmbeddedEngine(
  name: EmbeddedEngineName = DEFAULT_EMBEDDED_ENGINE,
  load: ImportPackage = importPackage,
): Promise<EmbeddedEngine> {
  const cached = load === importPackage ? loaded.get(name) : undefined;
  if (cached) return cached;
  const spec = SPECS[name];
  if (!spec) {
    return Promise.reject(
      new StoreUnavailableError(
        `Unknown embedded engine "${String(name)}"; use one of ${EMBEDDED_ENGINES.join(", ")}`,
        {
          engine: name,
        },
      ),
    );
  }
  const loading = load(spec.packageName).then(
    (imported) => ({ name, ...spec, module: imported.default as EngineModule }),
    (error: unknown) => {
      throw explainEngineLoadFailure(spec, error);
    },
  );
  if (load === importPackage) {
    loaded.set(name, loading);
    loading.catch(() => loaded.delete(name));
  }
  return loading;
}

/** The file the default engine keeps its store in, inside the data folder. */
export const EMBEDDED_DATABASE_FILE = databaseFileOf(DEFAULT_EMBEDDED_ENGINE);
