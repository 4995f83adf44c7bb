// Refuses to start LadybugDB beside a store that Kuzu 0.11 wrote: LadybugDB cannot open Kuzu's files, and
// opening the folder anyway would leave the old data unseen behind a new empty store.
import fs from "node:fs";
import path from "node:path";
import { StoreUnavailableError } from "../errors.js";
import { databaseFileOf, DEFAULT_EMBEDDED_ENGINE } from "./engine.js";

export const MIGRATE_STORE_COMMAND = "npm run migrate-store";

export function refuseUnmigratedKuzuStore(dataDir: string): void {
  const kuzuFile = path.resolve(dataDir, databaseFileOf("kuzu-0.11"));
  const currentFile = path.resolve(dataDir, databaseFileOf(DEFAULT_EMBEDDED_ENGINE));
  if (!fs.existsSync(kuzuFile) || fs.existsSync(currentFile)) return;
  throw new StoreUnavailableError(
    `${kuzuFile} is a store written by Kuzu 0.11, which the embedded engine (LadybugDB) cannot open. ` +
      `Carry it over with \`${migrateCommandFor(dataDir)}\` (it copies everything into ${currentFile} ` +
      `and leaves the Kuzu file as it is), then start again.`,
    { store: kuzuFile, migrateWith: migrateCommandFor(dataDir) },
  );
}

export function migrateCommandFor(dataDir: string): string {
  const absolute = path.resolve(dataDir);
  const relative = path.relative(process.cwd(), absolute) || ".";
  if (relative === "data") return MIGRATE_STORE_COMMAND;
  return `${MIGRATE_STORE_COMMAND} -- --data-dir ${quoted(relative.startsWith("..") ? absolute : relative)}`;
}

const quoted = (value: string) => (/^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);
