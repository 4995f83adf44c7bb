// `merge <keep> <merge> --reason ...`: merges the second entity into the first (names or ids), in one
// transaction, recorded in the audit trail with who, when and why.
import { userInfo } from "node:os";
import { InvalidInputError } from "../../../graph/errors.js";
import { MergeRequest, type MergeRecord } from "../../../graph/resolution/index.js";
import { type CliCommand, printJson, stringOption } from "../command.js";

/** Who acts when --by is not given: the user running the CLI. */
export function cliActor(values: Record<string, unknown>): string {
  const by = values.by;
  if (typeof by === "string" && by.trim() !== "") return by.trim();
  return `${userInfo().username} (cli)`;
}

export function describeMerge(record: MergeRecord): string {
  const { moved } = record;
  return [
    `Merge ${record.id}: ${record.merge.name} (${record.merge.id}) → ${record.keep.name} (${record.keep.id})`,
    `  by ${record.by} at ${record.at}: ${record.reason}`,
    `  ${moved.repointed.length} relation(s) re-pointed, ${moved.combined.length} combined, ${moved.dropped.length} dropped; ` +
      `${moved.aliasesAdded.length} alias(es) and ${moved.propertiesFilled.length} propert(ies) added`,
    record.undone
      ? `  undone by ${record.undone.by} at ${record.undone.at}${record.undone.reason ? `: ${record.undone.reason}` : ""}`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
}

export const mergeCommand: CliCommand = {
  name: "merge",
  synopsis: '<keep> <merge> --reason "why" [--by name]',
  positionals: { min: 2, max: 2 },
  options: { reason: { type: "string" }, by: { type: "string" } },
  async run(context, [keepRef = "", mergeRef = ""], values) {
    const reason = stringOption(values, "reason");
    if (!reason)
      throw new InvalidInputError("--reason is required: say why the two are the same", { option: "reason" });
    const keep = await context.queries.resolveEntity(keepRef);
    const merge = await context.queries.resolveEntity(mergeRef);
    const request = MergeRequest.safeParse({ keep: keep.id, merge: merge.id, reason, by: cliActor(values) });
    if (!request.success) {
      const issue = request.error.issues[0];
      throw new InvalidInputError(`--${String(issue?.path[0] ?? "reason")}: ${issue?.message ?? "is invalid"}`, {});
    }
    const record = await context.store.mergeEntities(request.data);
    if (context.json) return printJson(context, record);
    context.print(describeMerge(record));
    context.print(`Undo with: npm run cli -- undo ${record.id}`);
  },
};
