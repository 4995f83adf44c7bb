// The evidence line an imported relation carries: generated from the relation's own fields (names, verb,
// amount, date), never copied from the file's free text.
import type { Amount } from "../../model/entity.js";
import type { Period } from "../../model/dates.js";
import { RELATION_TYPE_INFO, type RelationType } from "../../model/vocabulary.js";

const MAX_NAME = 120;

export interface SummaryInput {
  /** `row 12 of contracts.csv`, `edge 7 of rio.gexf`. */
  record: string;
  fromName: string;
  type: RelationType;
  toName: string;
  amount?: Amount;
  date?: Period;
}

export function evidenceSummaryOf(input: SummaryInput): string {
  const verb = RELATION_TYPE_INFO[input.type].verb;
  const parts = [`${capitalised(input.record)} says ${short(input.fromName)} ${verb} ${short(input.toName)}`];
  if (input.amount) parts.push(`${formatAmount(input.amount)}`);
  if (input.date) parts.push(input.date.end ? `${input.date.start} to ${input.date.end}` : `on ${input.date.start}`);
  return `${parts.join(", ")}.`;
}

export function formatAmount(amount: Amount): string {
  const value = amount.value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  const qualifier = amount.qualifier && amount.qualifier !== "exact" ? `${amount.qualifier} ` : "";
  return `${qualifier}${value} ${amount.currency}`;
}

function short(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
