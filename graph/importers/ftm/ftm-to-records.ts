// Maps merged FollowTheMoney entities onto ours: people, organizations, contracts and addresses become
// entities; payments, ownerships, directorships and the like become relations citing the file's line.
import type { Period } from "../../model/dates.js";
import type { Amount } from "../../model/entity.js";
import { ID_PREFIX_BY_KIND, type RelationStatus } from "../../model/vocabulary.js";
import { evidenceSummaryOf } from "../shared/evidence-summary.js";
import { MAX_ALIASES, type EntityDraft, type GraphBuilder } from "../shared/graph-builder.js";
import { parseDate, parseNumber } from "../shared/parse-values.js";
import { MAX_PROPERTY_TEXT } from "../shared/property-types.js";
import { relationIdOf, shortHash, slugOf } from "../shared/stable-ids.js";
import type { FileAttributes } from "../../model/file-attributes.js";
import { FTM_EDGE_SCHEMAS, FTM_ENTITY_KINDS, FTM_IDENTIFIERS, type FtmEdgeSchema } from "./ftm-schemas.js";
import { authorityDraftOf, readSanction } from "./ftm-sanctions.js";
import type { FtmEntity } from "./read-ftm-lines.js";

export interface FtmContext {
  builder: GraphBuilder;
  sourceId: string;
  fileName: string;
  status: RelationStatus;
}

/**
 * Ids keep the name for people and a hash of the FtM id for uniqueness (`org:fdp-1c2d3e4f`): FtM ids are
 * stable across exports, names are not unique. The FtM id itself stays searchable as an alias.
 */
export function ftmEntityIdOf(entity: FtmEntity, name: string): string {
  const kind = FTM_ENTITY_KINDS[entity.schema] ?? "Organization";
  const slug = slugOf(name).slice(0, 50).replace(/-+$/, "");
  return `${ID_PREFIX_BY_KIND[kind]}:${slug ? `${slug}-` : ""}${shortHash([entity.id], 8)}`;
}

export function addFtmRecords(entities: ReadonlyMap<string, FtmEntity>, context: FtmContext): void {
  const { builder } = context;
  const ids = new Map<string, { id: string; name: string }>();
  const carried = sanctionsCarriedByEntities(entities, context);
  for (const entity of entities.values()) {
    const draft = entityDraftOf(entity, context);
    if (!draft) continue;
    const sanctions = carried.get(entity.id);
    if (sanctions)
      draft.properties.attributes = {
        ...(draft.properties.attributes as FileAttributes | undefined),
        sanctions: { type: "list", value: sanctions },
      };
    ids.set(entity.id, { id: draft.id, name: draft.name });
    builder.addEntity(draft, {
      file: builder.file,
      index: entity.line - 1,
      line: entity.line,
      label: `line ${entity.line}`,
    });
  }

  for (const entity of entities.values()) {
    const edge = FTM_EDGE_SCHEMAS[entity.schema];
    if (edge) addEdge(entity, edge, entities, ids, context);
    else if (entity.schema === "Contract") addAuthority(entity, entities, ids, context);
    else if (entity.schema === "Sanction") addSanction(entity, entities, ids, context);
    if (FTM_ENTITY_KINDS[entity.schema] && entity.schema !== "Address") {
      for (const address of entity.properties.addressEntity ?? []) {
        const end = resolve(entity, "addressEntity", address, entities, ids, context);
        const from = ids.get(entity.id);
        if (from && end) addRelation(entity, "LOCATED_IN", from, end, {}, context, undefined);
      }
    }
  }
}

/** How many names past the aliases an entity keeps in its attribute moreNames (a file attribute list's limit). */
const MAX_MORE_NAMES = 500;
const MORE_NAMES_READ_AS = `FtM entities with more than ${MAX_ALIASES} names: the rest in the attribute moreNames (shown, not searched)`;

function entityDraftOf(entity: FtmEntity, context: FtmContext): EntityDraft | undefined {
  const kind = FTM_ENTITY_KINDS[entity.schema];
  if (!kind) {
    if (!FTM_EDGE_SCHEMAS[entity.schema] && entity.schema !== "Sanction")
      context.builder.skip(`FtM entities of schema ${entity.schema}`);
    return undefined;
  }
  const p = entity.properties;
  const first = (key: string) => clip(p[key]?.[0]);
  const names =
    kind === "Place"
      ? [p.full?.[0] ?? [p.street?.[0], p.city?.[0]].filter(Boolean).join(", ")]
      : kind === "Contract"
        ? [...(p.title ?? []), ...(p.name ?? [])]
        : (p.name ?? []);
  const name = clip(entity.caption) ?? clip(names.find((n) => n.trim() !== "")) ?? `${entity.schema} ${entity.id}`;
  // The FtM id comes first so that the cap on aliases never drops it: it is how the entity is found again.
  const aliases = [...new Set([entity.id, ...names, ...(p.alias ?? []), ...(p.previousName ?? [])])].filter(
    (a) => a !== name,
  );
  // Names past the cap on aliases (OpenSanctions lists hundreds of spellings for some) stay on the entity as a
  // file attribute, shown in its panel and exported, though search reads only the name and aliases.
  const moreNames = aliases.slice(MAX_ALIASES, MAX_ALIASES + MAX_MORE_NAMES).map((n) => n.slice(0, 300));
  if (moreNames.length > 0) context.builder.note(MORE_NAMES_READ_AS);
  for (let i = MAX_ALIASES + MAX_MORE_NAMES; i < aliases.length; i++)
    context.builder.skip(`FtM names beyond ${MAX_ALIASES + MAX_MORE_NAMES} per entity (not kept)`);
  const identifiers = Object.fromEntries(
    FTM_IDENTIFIERS.flatMap((scheme) => (p[scheme]?.length ? [[scheme, p[scheme].slice(0, 20)]] : [])),
  );
  const properties: Record<string, unknown> = {};
  if (moreNames.length > 0) properties.attributes = { moreNames: { type: "list", value: moreNames } };
  const date = (key: string, field: string) => {
    const text = p[field]?.[0];
    if (!text) return;
    const parsed = parseDate(text);
    if (parsed.ok) properties[key] = parsed.value;
    else problem(entity, context, `properties.${field}`, parsed.message);
  };
  const description = first("description") ?? first("summary");
  if (description) properties.description = description;
  if ((kind === "Person" || kind === "Organization") && Object.keys(identifiers).length > 0)
    properties.identifiers = identifiers;
  if (kind === "Person") {
    if (first("nationality")) properties.nationality = first("nationality");
    if (first("position")) properties.role = first("position");
    date("born", "birthDate");
  } else if (kind === "Organization") {
    const country = first("jurisdiction") ?? first("mainCountry") ?? first("country");
    if (country) properties.country = country;
    if (first("sector")) properties.sector = first("sector");
    if (first("website") && /^https?:\/\//.test(first("website") ?? "")) properties.website = first("website");
    date("founded", "incorporationDate");
  } else if (kind === "Place") {
    properties.placeKind = "site";
    if (first("country")) properties.country = first("country");
  } else if (kind === "Contract") {
    properties.contractKind = "contract";
    date("start", "contractDate");
    const value = amountOf(entity, context, []);
    if (value) properties.value = value;
  }
  return { id: ftmEntityIdOf(entity, name), kind, name, aliases: aliases.slice(0, MAX_ALIASES), properties };
}

function addEdge(
  entity: FtmEntity,
  edge: FtmEdgeSchema,
  entities: ReadonlyMap<string, FtmEntity>,
  ids: ReadonlyMap<string, { id: string; name: string }>,
  context: FtmContext,
): void {
  const froms = entity.properties[edge.from] ?? [];
  const tos = entity.properties[edge.to] ?? [];
  if (froms.length === 0)
    return problem(entity, context, `properties.${edge.from}`, `a ${entity.schema} needs a ${edge.from}`);
  if (tos.length === 0)
    return problem(entity, context, `properties.${edge.to}`, `a ${entity.schema} needs a ${edge.to}`);
  const notes = edge.noted.flatMap((key) => (entity.properties[key] ?? []).slice(0, 3).map((v) => `${key}: ${v}`));
  const amount =
    entity.schema === "Payment" || entity.schema === "ContractAward" ? amountOf(entity, context, notes) : undefined;
  const date = periodOf(entity, context);
  for (const fromRef of froms) {
    for (const toRef of tos) {
      const from = resolve(entity, edge.from, fromRef, entities, ids, context);
      const to = resolve(entity, edge.to, toRef, entities, ids, context);
      if (!from || !to) continue;
      const key = shortHash([entity.id, fromRef, toRef], 10);
      addRelation(entity, edge.type, from, to, { amount, date, notes }, context, key);
    }
  }
}

/** A Contract's authority awarded it. */
function addAuthority(
  entity: FtmEntity,
  entities: ReadonlyMap<string, FtmEntity>,
  ids: ReadonlyMap<string, { id: string; name: string }>,
  context: FtmContext,
): void {
  const contract = ids.get(entity.id);
  const start = entity.properties.contractDate?.[0];
  const parsed = start ? parseDate(start) : undefined;
  const date = parsed?.ok ? { start: parsed.value } : undefined;
  for (const ref of entity.properties.authority ?? []) {
    const authority = resolve(entity, "authority", ref, entities, ids, context);
    if (contract && authority) addRelation(entity, "AWARDED", authority, contract, { date }, context, undefined);
  }
}

/** A Sanction with an authority: a SANCTIONED relation from it to each entity listed. */
function addSanction(
  entity: FtmEntity,
  entities: ReadonlyMap<string, FtmEntity>,
  ids: ReadonlyMap<string, { id: string; name: string }>,
  context: FtmContext,
): void {
  const sanction = readSanction(entity, (field, message) => problem(entity, context, field, message));
  const targets = entity.properties.entity ?? [];
  if (targets.length === 0) return problem(entity, context, "properties.entity", "a Sanction needs an entity");
  // Without an authority the listed entity carries the sanction; one the file leaves out is counted.
  if (!sanction.authority) {
    for (const ref of targets) if (!ids.has(ref)) resolve(entity, "entity", ref, entities, ids, context);
    return;
  }
  const authority = authorityDraftOf(sanction.authority, entity.properties.country?.[0]);
  const origin = {
    file: context.builder.file,
    index: entity.line - 1,
    line: entity.line,
    label: `line ${entity.line}`,
  };
  for (const ref of targets) {
    const target = resolve(entity, "entity", ref, entities, ids, context);
    if (!target) continue;
    context.builder.addEntity(authority, origin);
    context.builder.note(
      "FtM sanctions with an authority: a SANCTIONED relation from it, program and reason in the note",
    );
    const key = shortHash([entity.id, ref], 10);
    const extra = { date: sanction.date, notes: sanction.note ? [sanction.note] : [], attributes: sanction.attributes };
    addRelation(entity, "SANCTIONED", authority, target, extra, context, key);
  }
}

/** Sanctions that name no authority have nobody to draw a relation from: the listed entity keeps them. */
function sanctionsCarriedByEntities(
  entities: ReadonlyMap<string, FtmEntity>,
  context: FtmContext,
): Map<string, string[]> {
  const carried = new Map<string, string[]>();
  for (const entity of entities.values()) {
    if (entity.schema !== "Sanction") continue;
    const sanction = readSanction(entity, () => undefined);
    if (sanction.authority) continue;
    for (const ref of entity.properties.entity ?? []) {
      if (!entities.has(ref)) continue;
      carried.set(ref, [...(carried.get(ref) ?? []), sanction.line]);
      context.builder.note('FtM sanctions naming no authority: kept on the listed entity (attribute "sanctions")');
    }
  }
  return carried;
}

function addRelation(
  entity: FtmEntity,
  type: Parameters<typeof relationIdOf>[1],
  from: { id: string; name: string },
  to: { id: string; name: string },
  extra: { amount?: Amount; date?: Period; notes?: string[]; attributes?: FileAttributes },
  context: FtmContext,
  key: string | undefined,
): void {
  const note = extra.notes?.length ? clip(extra.notes.join("; "), 500) : undefined;
  context.builder.addRelation(
    {
      id: relationIdOf(from.id, type, to.id, key),
      type,
      from: from.id,
      to: to.id,
      status: context.status,
      ...(extra.date ? { date: extra.date } : {}),
      ...(extra.amount ? { amount: extra.amount } : {}),
      ...(note ? { note } : {}),
      ...(extra.attributes ? { attributes: extra.attributes } : {}),
      evidence: [
        {
          source: context.sourceId,
          paragraph: entity.line,
          summary: evidenceSummaryOf({
            record: `line ${entity.line} of ${context.fileName}`,
            fromName: from.name,
            type,
            toName: to.name,
            amount: extra.amount,
            date: extra.date,
          }),
        },
      ],
    },
    { file: context.builder.file, index: entity.line - 1, line: entity.line, label: `line ${entity.line}` },
    key === undefined,
  );
}

/**
 * The entity an edge property points at. OpenSanctions and Aleph extracts often name entities the
 * extract leaves out (addresses, owners in other datasets): such a reference is left out and counted
 * by property, and everything else in the file still imports.
 */
function resolve(
  entity: FtmEntity,
  property: string,
  ref: string,
  entities: ReadonlyMap<string, FtmEntity>,
  ids: ReadonlyMap<string, { id: string; name: string }>,
  context: FtmContext,
): { id: string; name: string } | undefined {
  const target = ids.get(ref);
  if (target) return target;
  const other = entities.get(ref);
  if (other) {
    context.builder.skip(`relations to FtM entities of schema ${other.schema}`);
    return undefined;
  }
  context.builder.skip(`references to FtM entities not in the file (${entity.schema}.${property})`);
  return undefined;
}

/** amount + currency when the file gives both, else amountEur, else amountUsd. */
function amountOf(entity: FtmEntity, context: FtmContext, notes: string[]): Amount | undefined {
  const p = entity.properties;
  const candidates: [string | undefined, string | undefined, string][] = [
    [p.amount?.[0], p.currency?.[0]?.toUpperCase(), "amount"],
    [p.amountEur?.[0], "EUR", "amountEur"],
    [p.amountUsd?.[0], "USD", "amountUsd"],
  ];
  const found = candidates.find(
    ([value, currency]) => value !== undefined && currency !== undefined && /^[A-Z]{3}$/.test(currency),
  );
  if (!found) return undefined;
  const [text, currency, field] = found as [string, string, string];
  const parsed = parseNumber(text);
  if (!parsed.ok) return void problem(entity, context, `properties.${field}`, parsed.message);
  if (parsed.value < 0) {
    notes.push(`${field}: ${text} ${currency}`);
    return undefined;
  }
  return { value: parsed.value, currency };
}

function periodOf(entity: FtmEntity, context: FtmContext): Period | undefined {
  const p = entity.properties;
  const read = (field: string): string | undefined => {
    const text = p[field]?.[0];
    if (!text) return undefined;
    const parsed = parseDate(text);
    if (parsed.ok) return parsed.value;
    problem(entity, context, `properties.${field}`, parsed.message);
    return undefined;
  };
  const start = read("date") ?? read("startDate");
  const end = read("endDate");
  if (!start) return undefined;
  return end && end !== start ? { start, end } : { start };
}

function problem(entity: FtmEntity, context: FtmContext, field: string, message: string): void {
  context.builder.problem({ record: `line ${entity.line}`, line: entity.line, id: entity.id, field, message });
}

function clip(text: string | undefined, max = MAX_PROPERTY_TEXT): string | undefined {
  const trimmed = text?.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
