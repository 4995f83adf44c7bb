// What a search hit says beyond its name, on both stores: on the namesakes fixture (two people named
// Olga Krüger, a Hans Müller and Müller Bau GmbH) each hit carries a property or two, its degree and the
// source its relations cite most, so two entities of one name read differently.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { importSeedFolder } from "../../graph/import/index.js";
import { createGraphQueries, type GraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";

export const NAMESAKES_SEED_DIR = fileURLToPath(new URL("../fixtures/namesakes", import.meta.url));

const COUNCIL_MINUTES = { id: "src:ns-council-minutes", name: "Harbour council minutes, March 2024" };
const TRADE_REGISTER = { id: "src:ns-trade-register", name: "Trade register notice for Nordlicht Logistik" };

export function describeSearchHitsContract(storeOf: () => GraphStore): void {
  describe("search hits on namesakes", () => {
    let queries: GraphQueries | undefined;
    const q = () => queries ?? fail("the query layer was not created (see the beforeAll error)");

    beforeAll(async () => {
      await storeOf().clear();
      await importSeedFolder(storeOf(), NAMESAKES_SEED_DIR);
      queries = createGraphQueries(storeOf());
    }, 120_000);

    it("tells two people of one name apart by role, degree and source", async () => {
      const { results } = await q().search("Olga Krüger");
      expect(results.map((hit) => hit.name)).toEqual(["Olga Krüger", "Olga Krüger"]);
      expect(
        results.map(({ id, details, degree, source, sourceCount }) => ({ id, details, degree, source, sourceCount })),
      ).toEqual([
        {
          id: "person:olga-krueger-council",
          details: [
            { label: "role", value: "Harbour councillor in Kiel" },
            { label: "nationality", value: "German" },
          ],
          degree: 1,
          source: { ...COUNCIL_MINUTES, relations: 1 },
          sourceCount: 1,
        },
        {
          id: "person:olga-krueger-nordlicht",
          details: [
            { label: "role", value: "Finance chief of Nordlicht Logistik" },
            { label: "born", value: "1971" },
          ],
          degree: 1,
          source: { ...TRADE_REGISTER, relations: 1 },
          sourceCount: 1,
        },
      ]);
    });

    it("finds Müller spelled Mueller, with the firm's sector and its busiest source", async () => {
      const { results } = await q().search("Mueller");
      expect(results.map((hit) => hit.id)).toEqual(["org:mueller-bau", "person:hans-mueller"]);
      expect(results[0]).toMatchObject({
        details: [
          { label: "sector", value: "construction" },
          { label: "country", value: "Germany" },
        ],
        degree: 2,
        source: { ...COUNCIL_MINUTES, relations: 2 },
        sourceCount: 1,
      });
    });

    it("gives a source's publisher and date, and no source of its own", async () => {
      const [hit] = (await q().search("trade register notice")).results;
      expect(hit).toMatchObject({
        id: TRADE_REGISTER.id,
        details: [
          { label: "publisher", value: "Registergericht Kiel" },
          { label: "published", value: "2023-11-14" },
        ],
        degree: 0,
        source: null,
        sourceCount: 0,
      });
    });

    it("answers the context of existing entities only, by id", async () => {
      const contexts = await storeOf().getEntityContexts(["place:kiel", "org:nobody", "org:hafenrat-kiel"]);
      expect(contexts).toEqual([
        { id: "org:hafenrat-kiel", degree: 3, sources: [{ id: COUNCIL_MINUTES.id, relations: 3 }] },
        {
          id: "place:kiel",
          degree: 2,
          sources: [
            { id: COUNCIL_MINUTES.id, relations: 1 },
            { id: TRADE_REGISTER.id, relations: 1 },
          ],
        },
      ]);
      expect(await storeOf().getEntityContexts([])).toEqual([]);
    });
  });
}

function fail(message: string): never {
  throw new Error(message);
}
