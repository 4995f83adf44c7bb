// The shared query layer (graph/queries/) over a store loaded with the curated seeds: search, entity,
// neighbours, paths, subgraph, schema, overview, sources and read-only Cypher, each answer checked against
// the seed files (query-oracle.ts) or stated outright, so both stores must give the very same answers.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCEPTED_QUERIES, REFUSED_QUERIES, type AcceptedQuery } from "../../graph/cypher/corpus.js";
import { InvalidInputError, NotFoundError, QueryRefusedError } from "../../graph/errors.js";
import { importSeedFolder } from "../../graph/import/index.js";
import type { GraphEdge } from "../../graph/model/graph.js";
import { ENTITY_KINDS, RELATION_TYPES, stanceOf } from "../../graph/model/vocabulary.js";
import { createGraphQueries, type GraphQueries } from "../../graph/queries/index.js";
import type { SeedGraph } from "../../graph/seed/index.js";
import type { GraphStore } from "../../graph/store.js";
import { REAL_SEED_DIR, edgeOf, expectedEdges, expectedIdsByDegree, nodeOf } from "./contract-expectations.js";
import {
  exactMatches,
  expectedNeighborhood,
  expectedPaths,
  expectedHitContext,
  expectedSearchIds,
  type NeighborhoodQuestion,
  type PathQuestion,
} from "./query-oracle.js";
import { describeSeedFactsContract } from "./seed-facts-contract.js";

const TRUMP = "person:donald-trump";
const MICROSOFT = "org:microsoft";
const JEDI = "contract:jedi";
const AMAZON = "org:amazon";

/** Values for the $parameters the accepted corpus uses. */
const CORPUS_PARAMS: Record<string, unknown> = {
  from: TRUMP,
  ids: [AMAZON, MICROSOFT],
  a: TRUMP,
  b: MICROSOFT,
  skip: 1,
  limit: 5,
};

/**
 * Queries graph/cypher/corpus.ts marks "any" that Kuzu 0.11.3 cannot run: list comprehensions, map
 * literals with keyword keys, `n.create`, 0-based list index, a property that does not exist. They are
 * Neo4j syntax in fact; Kuzu must answer them with a clear InvalidInputError, never a refusal.
 */
function runsOn(store: GraphStore, query: AcceptedQuery): boolean {
  return query.dialect === "any" || query.dialect === store.kind;
}

function paramsFor(query: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(CORPUS_PARAMS).filter(([name]) => new RegExp(`\\$${name}\\b`).test(query)));
}

export function describeQueryContract(storeOf: () => GraphStore, seedsOf: () => SeedGraph): void {
  describe("query layer on the curated seeds", () => {
    let queries: GraphQueries | undefined;
    const q = () => queries ?? fail("the query layer was not created (see the beforeAll error)");

    beforeAll(async () => {
      await storeOf().clear();
      await importSeedFolder(storeOf(), REAL_SEED_DIR);
      queries = createGraphQueries(storeOf());
    }, 240_000);

    const seeds = () => seedsOf();
    const entity = (id: string) => nodeOf(seeds().entities.find((e) => e.id === id) ?? fail(`no seed ${id}`));
    const relation = (id: string) => edgeOf(seeds().relations.find((r) => r.id === id) ?? fail(`no seed ${id}`));
    const among = (ids: readonly string[]) => expectedEdges(seeds(), (r) => ids.includes(r.from) && ids.includes(r.to));
    const searchIds = async (text: string, opts: Parameters<GraphQueries["search"]>[1] = {}) =>
      (await q().search(text, { limit: 100, ...opts })).results.map((hit) => hit.id);

    describe("search", () => {
      it("finds the Pentagon by its alias, whatever the case and accents", async () => {
        const [first] = (await q().search("pentagon")).results;
        expect(first).toMatchObject({ ...pick(entity("org:us-dod"), "id", "name", "kind", "aliases"), score: 0.9 });
        for (const text of ["PENTAGON", "Pentágon", "  pentagon "]) {
          expect(await q().search(text), text).toEqual(await q().search("pentagon"));
        }
      });

      it("folds accents and ß on both sides", async () => {
        expect((await q().search("Dieß")).results[0]?.id).toBe("person:herbert-diess");
        expect((await q().search("DIESS")).results[0]).toMatchObject({ id: "person:herbert-diess", score: 0.9 });
        expect((await q().search("hagler")).results[0]?.id).toBe("person:max-haegler");
        expect((await q().search("škoda")).results[0]).toMatchObject({ id: "org:skoda", score: 1 });
        expect(exactMatches(seeds(), "škoda")).toEqual(["org:skoda"]);
      });

      it("forgives a typo, ranking every spelled-right hit first", async () => {
        for (const typo of ["Microsft", "Mircosoft"]) {
          expect((await q().search(typo)).results[0]?.id, typo).toBe(MICROSOFT);
        }
        const micro = (await q().search("micro")).results.map((hit) => hit.id);
        expect(micro.slice(0, 2)).toEqual([MICROSOFT, "product:azure"]);
      });

      it("finds exactly the entities whose names or aliases hold every term", async () => {
        for (const text of ["amazon", "cloud", "vw", "jedi", "amazon cloud", "a"]) {
          expect((await searchIds(text)).sort(), text).toEqual(expectedSearchIds(seeds(), text));
        }
        expect(await searchIds("amazon oracle")).toEqual([]);
      });

      it("keeps only the kinds asked for", async () => {
        const contracts = await searchIds("amazon", { kinds: ["Contract"] });
        expect(contracts.sort()).toEqual(["contract:amazon-openai-deal", "contract:vw-amazon-industrial-cloud"]);
        expect((await searchIds("a", { kinds: ["Person", "Event"] })).sort()).toEqual(
          expectedSearchIds(seeds(), "a", ["Person", "Event"]),
        );
        expect(await searchIds("jedi", { kinds: ["Place"] })).toEqual([]);
      });

      it("ranks a name prefix first, the closer match above the longer name, and stops at the limit", async () => {
        const micro = (await q().search("micro")).results;
        expect(micro.map((hit) => hit.id)).toEqual([MICROSOFT, "product:azure"]);
        expect(micro.map((hit) => hit.score)).toEqual([0.8, 0.78]);
        const all = await q().search("a", { limit: 100 });
        expect(all.results.length).toBe(expectedSearchIds(seeds(), "a").length);
        expect((await q().search("a", { limit: 3 })).results).toEqual(all.results.slice(0, 3));
      });

      it("says of every hit its degree and the source its relations cite most, as the seeds do", async () => {
        const { results } = await q().search("a", { limit: 100 });
        expect(results.length).toBeGreaterThan(30);
        for (const hit of results) {
          const { degree, source, sourceCount } = hit;
          expect({ degree, source, sourceCount }, hit.id).toEqual(expectedHitContext(seeds(), hit.id));
        }
      });

      it("shows a property or two of each hit, the kind's most telling first", async () => {
        const [jedi] = (await q().search("jedi")).results;
        expect(jedi).toMatchObject({
          id: JEDI,
          details: [
            { label: "type", value: "contract" },
            { label: "value", value: "up to 10,000,000,000 USD" },
          ],
          source: { id: "src:001", relations: 9 },
        });
        const [bezos] = (await q().search("bezos")).results;
        expect(bezos?.details).toEqual([
          { label: "role", value: "CEO of Amazon" },
          { label: "nationality", value: "American" },
        ]);
      });

      it("resolves a name or an id to one entity, and names what it cannot resolve", async () => {
        expect(await q().resolveEntity("Trump")).toEqual(entity(TRUMP));
        expect(await q().resolveEntity("org:microsoft")).toEqual(entity(MICROSOFT));
        expect(await q().resolveEntity("JEDI")).toEqual(entity(JEDI));
        await expect(q().resolveEntity("Nobody Known")).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe("entity", () => {
      it("returns an entity with every relation touching it, in full", async () => {
        expect(await q().entity(JEDI)).toEqual({
          entity: entity(JEDI),
          relations: expectedEdges(seeds(), (r) => r.from === JEDI || r.to === JEDI),
        });
        await expect(q().entity("org:nobody")).rejects.toBeInstanceOf(NotFoundError);
      });

      it("counts what waits behind a node by stance and neighbour", async () => {
        const touching = seeds().relations.filter((r) => r.from === AMAZON || r.to === AMAZON);
        const summary = await q().neighborSummary(AMAZON);
        expect(summary.total).toBe(touching.length);
        expect(summary.neighbors).toBe(new Set(touching.map((r) => (r.from === AMAZON ? r.to : r.from))).size);
        for (const stance of ["rivalry", "partnership", "neutral"] as const) {
          expect(summary.byStance[stance], stance).toBe(touching.filter((r) => r.stance === stance).length);
        }
        expect(summary.counts).toContainEqual({ type: "PROTESTED", stance: "rivalry", direction: "out", count: 1 });
      });
    });

    describe("neighbours", () => {
      const expectNeighborhood = async (start: string, question: NeighborhoodQuestion & { limit?: number }) => {
        const expected = expectedNeighborhood(seeds(), start, question);
        const found = await q().neighbors(start, question);
        expect(found.nodes).toEqual(expected.nodeIds.map(entity));
        expect(found.edges).toEqual(expected.relationIds.map(relation));
        expect(found).toMatchObject({ truncated: false, total: expected.nodeIds.length });
        return found;
      };

      it("gives depth 1 and depth 2 around an entity, with the ties among them", async () => {
        const one = await expectNeighborhood(MICROSOFT, { depth: 1 });
        const two = await expectNeighborhood(MICROSOFT, { depth: 2 });
        expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
        await expectNeighborhood(JEDI, { depth: 2 });
        await expectNeighborhood(TRUMP, { depth: 3 });
      });

      it("follows only the relation types or stances asked for", async () => {
        const won = await expectNeighborhood(JEDI, { depth: 2, types: ["WON", "AWARDED"] });
        expect(won.nodes.map((n) => n.id)).toEqual([JEDI, MICROSOFT, "org:us-dod"]);
        const rivals = await expectNeighborhood(AMAZON, { depth: 2, stances: ["rivalry"] });
        expect(rivals.edges.every((e) => e.stance === "rivalry")).toBe(true);
        await expectNeighborhood(TRUMP, { depth: 2, types: ["OPPOSED", "MET_WITH", "CRITICIZED"] });
      });

      it("follows relations one way when asked", async () => {
        await expectNeighborhood(TRUMP, { depth: 2, direction: "out" });
        await expectNeighborhood(JEDI, { depth: 1, direction: "in" });
        await expectNeighborhood(JEDI, { depth: 2, direction: "out" });
      });

      it("stops at the limit, keeping the start and the neighbours reached first by relation id", async () => {
        const capped = await q().neighbors(MICROSOFT, { depth: 1, limit: 3 });
        const ids = [AMAZON, "org:aws", MICROSOFT];
        expect(capped.nodes).toEqual(ids.map(entity));
        expect(capped.edges).toEqual(among(ids));
        const within = expectedNeighborhood(seeds(), MICROSOFT, { depth: 1 }).nodeIds.length;
        expect(capped).toMatchObject({ truncated: true, total: within });
      });

      it("keeps the hubs it reaches beyond the start but walks only through the others, counting the hubs' relations", async () => {
        const capped = await expectNeighborhood(TRUMP, { depth: 3, hubDegree: 10 });
        const expected = expectedNeighborhood(seeds(), TRUMP, { depth: 3, hubDegree: 10 });
        expect(capped.hubs).toEqual(expected.hubs);
        expect(capped.hubs.map((hub) => hub.id)).toEqual(expect.arrayContaining([AMAZON, JEDI]));
        const amazon = capped.hubs.find((hub) => hub.id === AMAZON)!;
        expect(amazon.total).toBe(seeds().relations.filter((r) => r.from === AMAZON || r.to === AMAZON).length);
        const uncapped = await expectNeighborhood(TRUMP, { depth: 3 });
        expect(capped.nodes.length).toBeLessThan(uncapped.nodes.length);
        expect(uncapped.hubs).toEqual([]);
        const filtered = await expectNeighborhood(JEDI, { depth: 2, types: ["WON", "AWARDED"], hubDegree: 1 });
        expect(filtered.hubs).toEqual(
          expectedNeighborhood(seeds(), JEDI, { depth: 2, types: ["WON", "AWARDED"], hubDegree: 1 }).hubs,
        );
      });

      it("refuses a depth above 3, naming the parameter", async () => {
        await expect(q().neighbors(AMAZON, { depth: 4 })).rejects.toMatchObject({ details: { parameter: "depth" } });
      });
    });

    describe("paths", () => {
      const expectPaths = async (question: PathQuestion) => {
        const { paths } = await q().paths(question);
        const expected = expectedPaths(seeds(), question);
        expect(paths.map(({ nodeIds, edgeIds }) => ({ nodeIds, edgeIds }))).toEqual(expected);
        for (const path of paths) {
          expect(path.nodes).toEqual(path.nodeIds.map(entity));
          expect(path.edges).toEqual(path.steps.flatMap((step) => step.edgeIds).map(relation));
          expect(path.steps.map((step) => step.edgeIds[0])).toEqual(path.edgeIds);
          expect(path.length).toBe(path.edgeIds.length);
        }
        return paths;
      };

      it("goes from Trump to Microsoft through the JEDI waypoint", async () => {
        const paths = await expectPaths({ from: TRUMP, to: MICROSOFT, via: JEDI });
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) expect(path.nodeIds).toContain(JEDI);
        expect(paths[0]).toMatchObject({
          nodeIds: [TRUMP, JEDI, MICROSOFT],
          edgeIds: ["rel:person:donald-trump>influenced>contract:jedi", "rel:org:microsoft>bid_for>contract:jedi"],
          text: "Donald Trump —allegedly influenced→ Joint Enterprise Defense Infrastructure (JEDI) ←bid for— Microsoft",
        });
        // Microsoft both bid for and won JEDI: one step listing both, not a second path.
        expect(paths[0]?.steps[1]?.edgeIds).toContain("rel:org:microsoft>won>contract:jedi");
        expect(new Set(paths.map((p) => p.nodeIds.join(" "))).size).toBe(paths.length);
      });

      it("goes through a waypoint that is not on the shortest path", async () => {
        const paths = await expectPaths({ from: TRUMP, to: MICROSOFT, via: "person:jeff-bezos", k: 3 });
        expect(paths[0]?.nodeIds).toEqual([TRUMP, "person:jeff-bezos", AMAZON, MICROSOFT]);
      });

      it("finds the shortest paths first without a waypoint, and k alternatives in order", async () => {
        const three = await expectPaths({ from: TRUMP, to: MICROSOFT });
        // Two hops each; the confirmed route through Amazon ranks above the one through the alleged influence.
        expect(three.map((p) => p.nodeIds).slice(0, 2)).toEqual([
          [TRUMP, AMAZON, MICROSOFT],
          [TRUMP, JEDI, MICROSOFT],
        ]);
        const ten = await expectPaths({ from: TRUMP, to: MICROSOFT, k: 10 });
        expect(ten).toHaveLength(10);
        expect(ten.slice(0, 3)).toEqual(three);
        expect(new Set(ten.map((p) => p.nodeIds.join(" "))).size).toBe(10);
        await expectPaths({ from: "org:volkswagen", to: "org:openai", k: 5 });
      });

      it("follows relation direction only when directed", async () => {
        const directed = await expectPaths({ from: TRUMP, to: MICROSOFT, directed: true });
        expect(directed[0]?.nodeIds).toEqual([TRUMP, AMAZON, MICROSOFT]);
        const back = await expectPaths({ from: MICROSOFT, to: TRUMP, directed: true, k: 2 });
        expect(back[0]?.length).toBeGreaterThan(2);
        const undirected = await expectPaths({ from: MICROSOFT, to: TRUMP, k: 2 });
        expect(undirected[0]?.length).toBe(2);
      });

      it("keeps to the relation types asked for, even when the shortest path uses others", async () => {
        // The trap of SHORTEST with a node/edge filter that is silently ignored: a 2-hop answer here is wrong.
        const types = ["OPPOSED", "MET_WITH", "CEO_OF"] as const;
        const paths = await expectPaths({ from: TRUMP, to: MICROSOFT, types: [...types], k: 5 });
        expect(paths[0]?.nodeIds).toEqual([
          TRUMP,
          "person:jeff-bezos",
          "person:herbert-diess",
          "person:satya-nadella",
          MICROSOFT,
        ]);
        for (const path of paths) for (const edge of path.edges) expect(types).toContain(edge.type);
        const onlyJedi = await expectPaths({ from: TRUMP, to: MICROSOFT, types: ["INFLUENCED", "WON"], k: 5 });
        expect(onlyJedi.map((p) => p.edgeIds)).toEqual([
          ["rel:person:donald-trump>influenced>contract:jedi", "rel:org:microsoft>won>contract:jedi"],
        ]);
      });

      it("keeps to the stances asked for", async () => {
        const rivalry = await expectPaths({ from: TRUMP, to: MICROSOFT, stances: ["rivalry"], k: 4 });
        expect(rivalry[0]?.nodeIds).toEqual([TRUMP, AMAZON, MICROSOFT]);
        for (const path of rivalry) for (const edge of path.edges) expect(edge.stance).toBe("rivalry");
        await expectPaths({ from: "org:volkswagen", to: "org:openai", stances: ["partnership"], k: 3 });
      });

      it("finds nothing beyond the hop limit, and the limit changes the answer", async () => {
        expect(await expectPaths({ from: TRUMP, to: MICROSOFT, maxHops: 1 })).toEqual([]);
        const types = ["OPPOSED", "MET_WITH", "CEO_OF"] as const;
        expect(await expectPaths({ from: TRUMP, to: MICROSOFT, types: [...types], maxHops: 3 })).toEqual([]);
        // One route of four hops; its parallel relations are one step, not a second path.
        expect(await expectPaths({ from: TRUMP, to: MICROSOFT, types: [...types], maxHops: 4 })).toHaveLength(1);
        const short = await expectPaths({ from: TRUMP, to: MICROSOFT, k: 10, maxHops: 2 });
        expect(short.every((p) => p.length <= 2)).toBe(true);
      });

      it("names the parameter of an unknown end or a bad limit", async () => {
        await expect(q().paths({ from: "person:nobody", to: MICROSOFT })).rejects.toMatchObject({
          constructor: NotFoundError,
          details: { parameter: "from" },
        });
        await expect(q().paths({ from: TRUMP, to: MICROSOFT, maxHops: 11 })).rejects.toBeInstanceOf(InvalidInputError);
      });
    });

    describe("subgraph, schema, overview, sources", () => {
      it("returns the named entities and every relation among them", async () => {
        const ids = [TRUMP, JEDI, MICROSOFT, AMAZON];
        expect(await q().subgraph([...ids, JEDI])).toEqual({
          nodes: [...ids].sort().map(entity),
          edges: among(ids),
        });
        await expect(q().subgraph([TRUMP, "org:nope"])).rejects.toBeInstanceOf(NotFoundError);
      });

      it("counts every kind and relation type of the vocabulary, zeros included", async () => {
        const count = <T>(values: T[], value: T) => values.filter((v) => v === value).length;
        expect(await q().schema()).toEqual({
          kinds: ENTITY_KINDS.map((kind) => ({
            kind,
            count: count(
              seeds().entities.map((e) => e.kind),
              kind,
            ),
          })),
          relationTypes: RELATION_TYPES.map((type) => ({
            type,
            stance: stanceOf(type),
            count: count(
              seeds().relations.map((r) => r.type),
              type,
            ),
          })),
        });
        expect(await q().health()).toEqual({ entities: seeds().entities.length, relations: seeds().relations.length });
      });

      it("shows the most connected entities first and says when it cut the list", async () => {
        const byDegree = expectedIdsByDegree(seeds());
        const top = byDegree.slice(0, 10);
        expect(top.slice(0, 2)).toEqual([AMAZON, "org:aws"]);
        expect(await q().overview({ limit: 10 })).toEqual({
          nodes: [...top].sort().map(entity),
          edges: among(top),
          truncated: true,
          total: seeds().entities.length,
        });
        const whole = await q().overview({});
        expect(whole).toMatchObject({ truncated: false, total: seeds().entities.length });
        expect(whole.nodes).toHaveLength(seeds().entities.length);
        expect(whole.edges).toHaveLength(seeds().relations.length);
        const people = byDegree.filter((id) => id.startsWith("person:")).slice(0, 3);
        const overview = await q().overview({ kinds: ["Person"], limit: 3 });
        expect(overview.nodes.map((n) => n.id)).toEqual([...people].sort());
      });

      it("lists the relations a source supports", async () => {
        const supports = await q().source("src:001");
        expect(supports).toEqual({
          source: entity("src:001"),
          supports: expectedEdges(seeds(), (r) => r.evidence.some((item) => item.source === "src:001")),
        });
        expect(supports.supports.length).toBeGreaterThan(5);
        await expect(q().source(MICROSOFT)).rejects.toBeInstanceOf(NotFoundError);
      });

      it("hands numbers over as JS numbers: counts, amounts, paragraphs, properties", async () => {
        const numbers: unknown[] = [];
        const health = await q().health();
        numbers.push(health.entities, health.relations);
        numbers.push(...(await q().schema()).kinds.map((k) => k.count));
        const { relations } = await q().entity(JEDI);
        const amounts = relations.flatMap((r: GraphEdge) => (r.amount ? [r.amount.value] : []));
        expect(amounts.length).toBeGreaterThan(0);
        numbers.push(...amounts, ...relations.flatMap((r) => r.evidence.map((item) => item.paragraph)));
        const vw = await q().entity("org:volkswagen");
        numbers.push(vw.entity.properties.employees, (await q().overview({ limit: 3 })).total);
        numbers.push(...(await q().paths({ from: TRUMP, to: MICROSOFT })).paths.map((p) => p.length));
        expect(numbers.map((n) => typeof n)).toEqual(numbers.map(() => "number"));
        expect(vw.entity.properties.employees).toBe(650_000);
      });
    });

    describe("read-only Cypher", () => {
      it("runs every accepted query written for this store", async () => {
        const own = ACCEPTED_QUERIES.filter((query) => runsOn(storeOf(), query));
        expect(own.length).toBeGreaterThan(20);
        for (const { name, query } of own) {
          const answer = await q()
            .cypher(query, paramsFor(query))
            .catch((error: unknown) => fail(`${name}: ${String(error)}`));
          expect(Array.isArray(answer.rows), name).toBe(true);
        }
      });

      it("answers accepted queries in the other dialect with a clear invalid-input error, never a refusal", async () => {
        const other = ACCEPTED_QUERIES.filter((query) => !runsOn(storeOf(), query));
        expect(other.length).toBeGreaterThan(2);
        for (const { name, query } of other) {
          const outcome = await q()
            .cypher(query, paramsFor(query))
            .then(
              () => "answered",
              (error: unknown) => (error instanceof InvalidInputError ? "invalid input" : String(error)),
            );
          expect(["answered", "invalid input"], `${name}: ${outcome}`).toContain(outcome);
        }
      });

      it("answers a read the same way on every store", async () => {
        const answer = await q().cypher(
          "MATCH (a:Entity)-[r]->(b:Entity) WHERE b.id = $id RETURN a.id AS from, r.id AS relation ORDER BY relation",
          { id: JEDI },
        );
        const expected = seeds()
          .relations.filter((r) => r.to === JEDI)
          .map((r) => [r.from, r.id])
          .sort((x, y) => (x[1]! < y[1]! ? -1 : 1));
        expect(answer).toEqual({
          columns: ["from", "relation"],
          rows: expected,
          truncated: false,
          graph: { nodes: [], edges: [] },
        });
      });

      it("refuses every write and escape of the corpus and leaves the store unchanged", async () => {
        const before = { counts: await q().health(), schema: await q().schema() };
        let refused = 0;
        for (const { name, query } of REFUSED_QUERIES) {
          const error = await q()
            .cypher(query, {})
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error, name).toBeInstanceOf(QueryRefusedError);
          refused++;
        }
        expect(refused).toBe(REFUSED_QUERIES.length);
        expect(refused).toBeGreaterThan(80);
        expect({ counts: await q().health(), schema: await q().schema() }).toEqual(before);
        expect(await q().entity(AMAZON)).toMatchObject({ entity: entity(AMAZON) });
      });
    });

    describeSeedFactsContract(q, seedsOf);
  });
}

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

function fail(message: string): never {
  throw new Error(message);
}
