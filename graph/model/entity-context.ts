// The context a search hit carries so two entities of one name can be told apart: degree and cited
// sources, checked with zod as they come back from either store and ordered alike.
import { z } from "zod";

const count = z.coerce.number().int().nonnegative();

export const CitedSource = z.object({ id: z.string().min(1), relations: count });
export type CitedSource = z.infer<typeof CitedSource>;

export const EntityContext = z.object({ id: z.string().min(1), degree: count, sources: z.array(CitedSource) });
export type EntityContext = z.infer<typeof EntityContext>;

/** Most-citing source first, then by id, so both stores answer with the same list. */
export function orderCitedSources(sources: readonly CitedSource[]): CitedSource[] {
  return [...sources].sort((a, b) => b.relations - a.relations || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Parses a store's row (counts may arrive as bigint or Neo4j integers turned to numbers) and orders its sources. */
export function entityContextOf(row: unknown): EntityContext {
  const context = EntityContext.parse(row);
  return { ...context, sources: orderCitedSources(context.sources) };
}
