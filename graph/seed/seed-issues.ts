// Problems found in a seed folder, each named by file, record and field, collected (up to a cap) and
// thrown as one InvalidInputError so a person can fix them all in one go.
import type { z } from "zod";
import { InvalidInputError } from "../errors.js";

export const MAX_REPORTED_ISSUES = 50;

export interface SeedIssue {
  /** The file as shown to people: the seed folder's name and the path inside it. */
  file: string;
  /** `relations[3]` in a .json file, `line 12` in a .jsonl file, `file` for the whole file. */
  record: string;
  /** The record's id, when it could be read. */
  id?: string;
  /** 1-based line number, for .jsonl records and JSON syntax errors. */
  line?: number;
  /** Dotted path to the field (`evidence[0].paragraph`); empty when the whole record is at fault. */
  field: string;
  message: string;
}

export function formatSeedIssue(issue: SeedIssue): string {
  const id = issue.id ? ` (${issue.id})` : "";
  const field = issue.field ? `: field "${issue.field}"` : "";
  return `${issue.file}: ${issue.record}${id}${field}: ${issue.message}`;
}

export class SeedIssueList {
  readonly issues: SeedIssue[] = [];
  private count = 0;

  add(issue: SeedIssue): void {
    this.count++;
    if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push(issue);
  }

  get total(): number {
    return this.count;
  }

  /** `subject` names what was read: a seed folder by default, an imported file for the importers. */
  throwIfAny(folder: string, subject = "Seed folder"): void {
    if (this.count === 0) return;
    const lines = this.issues.map((issue) => `- ${formatSeedIssue(issue)}`);
    const unlisted = this.count - this.issues.length;
    if (unlisted > 0) lines.push(`- ... and ${unlisted} more (only the first ${MAX_REPORTED_ISSUES} are listed)`);
    const noun = this.count === 1 ? "problem" : "problems";
    throw new InvalidInputError(`${subject} ${folder} has ${this.count} ${noun}:\n${lines.join("\n")}`, {
      errors: this.issues,
      total: this.count,
    });
  }
}

/** `["evidence", 0, "paragraph"]` → `evidence[0].paragraph`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** zod's issues as field + message, one per unknown key, without zod's generic prefixes. */
export function zodProblems(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: "unknown field" }));
    }
    const message = issue.message.replace(/^(Invalid input|Invalid option|Too big|Too small): /, "");
    return [{ field: fieldPath(issue.path), message }];
  });
}
