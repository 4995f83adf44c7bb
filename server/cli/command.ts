// The shape of a CLI command and the helpers that read its option values with clear messages.
import type { ParseArgsConfig } from "node:util";
import { InvalidInputError } from "../../graph/errors.js";
import type { GraphStore } from "../../graph/store.js";
import { parseVocabularyList } from "../http/list-params.js";
import type { QueryLayer } from "../query-layer.js";

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliContext {
  store: GraphStore;
  queries: QueryLayer;
  json: boolean;
  seedDir: string;
  print(text: string): void;
}

export interface CliCommand {
  name: string;
  /** e.g. "<from> <to>": shown when the positionals do not fit. */
  synopsis: string;
  positionals: { min: number; max: number };
  options: NonNullable<ParseArgsConfig["options"]>;
  run(context: CliContext, positionals: string[], values: OptionValues): Promise<void>;
}

export function printJson(context: CliContext, value: unknown) {
  context.print(JSON.stringify(value, null, 2));
}

export function intOption(values: OptionValues, name: string, min: number, max: number, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== "string" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`--${name} must be a whole number from ${min} to ${max}, not "${String(raw)}"`, {
      option: name,
      value: raw,
    });
  }
  return value;
}

export function listOption<T extends string>(
  values: OptionValues,
  name: string,
  vocabulary: readonly T[],
  what: string,
): T[] | undefined {
  const raw = values[name];
  if (typeof raw !== "string") return undefined;
  const { values: parsed, unknown } = parseVocabularyList(raw, vocabulary);
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `--${name}: unknown ${what} "${unknown[0]}"; expected one of ${vocabulary.join(", ")}`,
      { option: name, value: unknown[0] },
    );
  }
  return parsed.length > 0 ? parsed : undefined;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const raw = values[name];
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : undefined;
}
