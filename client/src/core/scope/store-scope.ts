// How much of the store the canvas shows and how it was chosen: the most connected entities of the
// first screen, more of them or of one kind on request, and whatever the analyst added by hand.
import type { EntityKind } from "../../../../graph/model/index.js";

/** One batch of entities brought in by degree: all kinds, or one. */
export interface ChosenBatch {
  kind: EntityKind | null;
  /** How many the batch asked for and how many it brought. */
  limit: number;
  count: number;
}

/** Entities brought in around a community of the canvas: its members' neighbours in the store. */
export interface AroundBatch {
  /** The community's most connected entity, which names it. */
  name: string;
  count: number;
}

export interface StoreScope {
  /** The store's size, from the health check; null until known. */
  store: { entities: number; relations: number } | null;
  batches: ChosenBatch[];
  around?: AroundBatch[];
}

export function getEmptyStoreScope(): StoreScope {
  return { store: null, batches: [] };
}

/** The first screen (or a reload): the `limit` most connected entities, `count` of them found. */
export function startScope(store: StoreScope["store"], limit: number, count: number): StoreScope {
  return { store, batches: [{ kind: null, limit, count }] };
}

/** More by degree replaces the batch of that kind (the bigger one holds the smaller), another kind adds one. */
export function addBatch(scope: StoreScope, batch: ChosenBatch): StoreScope {
  return { ...scope, batches: [...scope.batches.filter((b) => b.kind !== batch.kind), batch] };
}

/** A community asked for again adds to its batch. */
export function addAround(scope: StoreScope, batch: AroundBatch): StoreScope {
  const earlier = scope.around?.find((b) => b.name === batch.name)?.count ?? 0;
  const others = (scope.around ?? []).filter((b) => b.name !== batch.name);
  return { ...scope, around: [...others, { name: batch.name, count: earlier + batch.count }] };
}

export function limitOf(scope: StoreScope, kind: EntityKind | null): number {
  return scope.batches.find((b) => b.kind === kind)?.limit ?? 0;
}

const number = new Intl.NumberFormat("en");

function batchText(batch: ChosenBatch): string {
  return batch.kind === null
    ? `${number.format(batch.count)} by degree`
    : `${number.format(batch.count)} ${batch.kind} by degree`;
}

/**
 * "500 of 5,003 entities, chosen by degree", "523 of 5,003 entities: 500 by degree, 23 added by hand",
 * or "all 70 entities of the store"; null while the store's size is unknown.
 */
export function describeScope(scope: StoreScope, onCanvas: number): string | null {
  if (!scope.store) return null;
  const total = scope.store.entities;
  if (onCanvas >= total) return `all ${number.format(total)} entities of the store`;
  const head = `${number.format(onCanvas)} of ${number.format(total)} entities`;
  const around = scope.around ?? [];
  const chosen = [...scope.batches, ...around].reduce((sum, b) => sum + b.count, 0);
  const byHand = Math.max(0, onCanvas - chosen);
  if (scope.batches.length === 0 && around.length === 0) return `${head}, added by hand`;
  if (scope.batches.length === 1 && scope.batches[0]?.kind === null && byHand === 0 && around.length === 0)
    return `${head}, chosen by degree`;
  const parts = [
    ...scope.batches.map(batchText),
    ...around.map((b) => `${number.format(b.count)} around ${b.name}'s community`),
  ];
  if (byHand > 0) parts.push(`${number.format(byHand)} added by hand`);
  return `${head}: ${parts.join(", ")}`;
}
