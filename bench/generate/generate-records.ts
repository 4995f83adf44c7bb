// Generates a realistic relationship graph as seed records: organizations, people, contracts and products
// tied by typed relations whose ends are drawn by preferential attachment (a few hubs, a long tail), with
// statuses, dates, amounts and evidence citing a few generated sources. Deterministic from the seed.
import type { RelationType } from "../../graph/model/vocabulary.js";
import { createRandom, cumulativeOf, type Random } from "./prng.js";
import * as V from "./vocabulary.js";

export interface GenerateOptions {
  /** How many relations to generate. */
  relations: number;
  seed: number;
  /** How many non-source entities (default a quarter of the relations, at least 20). */
  entities?: number;
}

/** One line of a .jsonl seed file. */
export type SeedRecord = { record: "source" | "entity" | "relation" } & Record<string, unknown>;

export interface GeneratedShape {
  entities: Record<V.GeneratedKind, number>;
  sources: number;
  relations: number;
}

/** How likely an end is drawn in proportion to its degree (else uniformly within its kind). */
const PREFERENTIAL = 0.75;

export function shapeOf(options: GenerateOptions): GeneratedShape {
  const total = options.entities ?? Math.max(20, Math.round(options.relations / 4));
  const entities = Object.fromEntries(
    V.KIND_SHARES.map(([kind, share], i) => [
      kind,
      // The last kind takes the rounding remainder, so the kinds add up to exactly `total`.
      i === V.KIND_SHARES.length - 1
        ? Math.max(
            3,
            total - V.KIND_SHARES.slice(0, -1).reduce((sum, [, s]) => sum + Math.max(3, Math.round(total * s)), 0),
          )
        : Math.max(3, Math.round(total * share)),
    ]),
  ) as Record<V.GeneratedKind, number>;
  const sources = Math.min(50, Math.max(3, Math.ceil(options.relations / 20_000)));
  return { entities, sources, relations: options.relations };
}

export function entityIdOf(kind: V.GeneratedKind, index: number): string {
  return `${V.ID_PREFIX[kind]}${index}`;
}

export interface GeneratedGraph {
  shape: GeneratedShape;
  /** The records in file order: sources, entities, then relations. */
  records: Generator<SeedRecord>;
  /** Degree of each entity by kind, filled in as the relation records are drawn. */
  degrees: Record<V.GeneratedKind, Int32Array>;
}

export function generateGraph(options: GenerateOptions): GeneratedGraph {
  checkOptions(options);
  const shape = shapeOf(options);
  const degrees = Object.fromEntries(
    V.KIND_SHARES.map(([kind]) => [kind, new Int32Array(shape.entities[kind])]),
  ) as Record<V.GeneratedKind, Int32Array>;
  return { shape, degrees, records: records(options, shape, degrees) };
}

function* records(
  options: GenerateOptions,
  shape: GeneratedShape,
  degrees: Record<V.GeneratedKind, Int32Array>,
): Generator<SeedRecord> {
  const random = createRandom(options.seed);
  for (let i = 0; i < shape.sources; i++) yield sourceRecord(random, i);
  for (const [kind] of V.KIND_SHARES) {
    for (let i = 0; i < shape.entities[kind]; i++) yield entityRecord(random, kind, i);
  }
  // Each use of an entity as an end adds it to its kind's pool once more: drawing from the pool is
  // drawing in proportion to degree.
  const pools = Object.fromEntries(V.KIND_SHARES.map(([kind]) => [kind, [] as number[]])) as Record<
    V.GeneratedKind,
    number[]
  >;
  const drawEnd = (kind: V.GeneratedKind): number => {
    const pool = pools[kind];
    return pool.length > 0 && random.chance(PREFERENTIAL)
      ? pool[Math.floor(random.next() * pool.length)]!
      : random.int(0, shape.entities[kind] - 1);
  };
  const templateWeights = cumulativeOf(V.RELATION_TEMPLATES.map((t) => t.weight));
  const statusWeights = cumulativeOf(V.STATUS_WEIGHTS.map(([, weight]) => weight));
  for (let n = 0; n < shape.relations; n++) {
    const template = V.RELATION_TEMPLATES[random.weighted(templateWeights)]!;
    const from = drawEnd(template.from);
    let to = drawEnd(template.to);
    while (template.from === template.to && to === from) to = random.int(0, shape.entities[template.to] - 1);
    for (const [kind, index] of [
      [template.from, from],
      [template.to, to],
    ] as const) {
      pools[kind].push(index);
      degrees[kind][index]! += 1;
    }
    const status = V.STATUS_WEIGHTS[random.weighted(statusWeights)]![0];
    yield relationRecord(random, n, template, entityIdOf(template.from, from), entityIdOf(template.to, to), {
      status,
      sources: shape.sources,
    });
  }
}

function sourceRecord(random: Random, index: number): SeedRecord {
  return {
    record: "source",
    id: `src:bench-${index}`,
    kind: "Source",
    name: `Generated report ${index}`,
    properties: {
      title: `Generated report ${index} on contracts and rivalries`,
      publisher: random.pick(V.PUBLISHERS),
      language: random.chance(0.5) ? "de" : "en",
      file: `bench-${index}.txt`,
      published: partialDate(random),
      publishedInferred: false,
    },
  };
}

function entityRecord(random: Random, kind: V.GeneratedKind, index: number): SeedRecord {
  const id = entityIdOf(kind, index);
  if (kind === "Person") {
    const name = `${random.pick(V.FIRST_NAMES)} ${random.pick(V.LAST_NAMES)}`;
    return { record: "entity", id, kind, name, properties: { nationality: random.pick(V.COUNTRIES) } };
  }
  if (kind === "Organization") {
    const root = random.pick(V.ORG_ROOTS);
    const name = `${root} ${random.pick(V.ORG_SECTORS)} ${random.pick(V.LEGAL_FORMS)}`;
    return {
      record: "entity",
      id,
      kind,
      name,
      aliases: random.chance(0.3) ? [`${root} ${index}`] : [],
      properties: {
        country: random.pick(V.COUNTRIES),
        founded: String(random.int(1950, 2022)),
        employees: random.int(5, 200_000),
      },
    };
  }
  if (kind === "Contract") {
    const start = partialDate(random);
    return {
      record: "entity",
      id,
      kind,
      name: `${random.pick(V.AGENCIES)} ${random.pick(V.CONTRACT_TOPICS)} contract ${start.slice(0, 4)}`,
      properties: { contractKind: random.pick(V.CONTRACT_KINDS), value: amount(random), start },
    };
  }
  return {
    record: "entity",
    id,
    kind,
    name: `${random.pick(V.ORG_ROOTS)} ${random.pick(V.PRODUCT_WORDS)} ${random.int(1, 9)}`,
    properties: { productKind: random.pick(V.PRODUCT_KINDS), launched: String(random.int(2000, 2025)) },
  };
}

function relationRecord(
  random: Random,
  n: number,
  template: V.RelationTemplate,
  from: string,
  to: string,
  context: { status: string; sources: number },
): SeedRecord {
  const evidenceCount = random.chance(0.2) ? 2 : 1;
  const evidence = Array.from({ length: evidenceCount }, () => ({
    source: `src:bench-${random.int(0, context.sources - 1)}`,
    paragraph: random.int(1, 40),
    summary: `Generated: ${from} ${verbOf(template.type)} ${to}.`,
  }));
  const start = partialDate(random);
  const date = random.chance(0.3) ? { start, end: String(Number(start.slice(0, 4)) + random.int(0, 5)) } : { start };
  return {
    record: "relation",
    id: `rel:g:${n}`,
    type: template.type,
    from,
    to,
    status: context.status,
    ...(random.chance(0.8) ? { date } : {}),
    ...(template.amount ? { amount: amount(random) } : {}),
    ...(random.chance(0.05) ? { note: "generated note: figures disputed" } : {}),
    evidence,
  };
}

function verbOf(type: RelationType): string {
  return type.toLowerCase().replace(/_/g, " ");
}

function amount(random: Random) {
  return { value: random.int(1, 5_000) * 10_000, currency: random.pick(V.CURRENCIES) };
}

/** YYYY, YYYY-MM or YYYY-MM-DD between 2005 and 2025. */
function partialDate(random: Random): string {
  const year = String(random.int(2005, 2025));
  const precision = random.next();
  if (precision < 0.2) return year;
  const month = String(random.int(1, 12)).padStart(2, "0");
  if (precision < 0.5) return `${year}-${month}`;
  return `${year}-${month}-${String(random.int(1, 28)).padStart(2, "0")}`;
}

function checkOptions(options: GenerateOptions): void {
  if (!Number.isSafeInteger(options.relations) || options.relations < 1 || options.relations > 10_000_000) {
    throw new Error(`relations must be a whole number from 1 to 10000000, got ${String(options.relations)}`);
  }
  if (options.entities !== undefined && (!Number.isSafeInteger(options.entities) || options.entities < 20)) {
    throw new Error(`entities must be a whole number of at least 20, got ${String(options.entities)}`);
  }
  if (!Number.isSafeInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    throw new Error(`seed must be a whole number from 0 to 4294967295, got ${String(options.seed)}`);
  }
}
