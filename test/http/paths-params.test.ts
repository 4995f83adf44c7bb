// GET /api/paths with the parameters that make paths trustworthy: support, statuses, excludeTypes, at,
// undated and chronological, on the contract's small path graph, through inject (no socket). A bad value
// answers 400 naming the parameter.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSeedFolder } from "../../graph/import/index.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createApp } from "../../server/app.js";

const FIXTURE = fileURLToPath(new URL("../contract/fixtures/paths", import.meta.url));
const BASE = "/api/paths?from=person:ada&to=org:zeta&k=10";

interface PathBody {
  nodeIds: string[];
  edgeIds: string[];
  edges: { id: string; status: string }[];
  steps: { edgeIds: string[]; support: { status: string; relations: number; sourceIds: string[] } }[];
  support: { weakestStatus: string; unconfirmedSteps: number; independentSources: number; sourceIds: string[] };
}

describe("GET /api/paths parameters", () => {
  let root: string;
  let store: GraphStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "paths-params-"));
    store = await createKuzuStore({ dataDir: join(root, "data"), bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
    await importSeedFolder(store, FIXTURE);
    app = await createApp({ store, queries: createGraphQueries(store) });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const get = async (query: string) => {
    const response = await app.inject({ method: "GET", url: `${BASE}${query}` });
    return { status: response.statusCode, body: response.json() as { paths: PathBody[] } & Record<string, unknown> };
  };
  const middles = async (query: string) => {
    const { status, body } = await get(query);
    expect(status).toBe(200);
    return body.paths.map((path) => path.nodeIds.slice(1, -1).join(" "));
  };
  /** A 400 whose message and details name the parameter. */
  const expectRefused = async (query: string, parameter: string) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    const error = body.error as { code: string; message: string; details: Record<string, unknown> };
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain(parameter);
    const named = [
      error.details.parameter,
      ...((error.details.issues as { parameter?: string }[] | undefined) ?? []).map((issue) => issue.parameter),
    ];
    expect(named).toContain(parameter);
  };

  it("ranks by evidence and says why: support per path and per step, every folded relation listed", async () => {
    const { body } = await get("");
    expect(body.paths.map((path) => path.nodeIds.slice(1, -1).join(" "))).toEqual([
      "org:beta",
      "contract:omega",
      "org:cobalt",
      "org:aardvark",
      "person:dora org:delta",
    ]);
    const [best] = body.paths;
    expect(best?.support).toEqual({
      weakestStatus: "confirmed",
      unconfirmedSteps: 0,
      independentSources: 2,
      sourceIds: ["src:one", "src:two"],
    });
    expect(best?.steps[0]?.edgeIds).toEqual([
      "rel:person:ada>partners_with>org:beta",
      "rel:person:ada>invests_in>org:beta",
    ]);
    expect(best?.steps[0]?.support).toEqual({ status: "confirmed", relations: 2, sourceIds: ["src:one", "src:two"] });
    expect(best?.edgeIds).toEqual(["rel:person:ada>partners_with>org:beta", "rel:org:beta>supplies>org:zeta"]);
    expect(body.paths[3]?.support.weakestStatus).toBe("alleged");
  });

  it("support: confirmed and reported keep to that level; anything else is refused naming support", async () => {
    const { body } = await get("&support=confirmed");
    expect(body.paths.map((path) => path.nodeIds.slice(1, -1).join(" "))).toEqual([
      "org:beta",
      "contract:omega",
      "person:dora org:delta",
    ]);
    for (const path of body.paths) for (const edge of path.edges) expect(edge.status).toBe("confirmed");
    expect(await middles("&support=reported")).toEqual([
      "org:beta",
      "contract:omega",
      "org:cobalt",
      "person:dora org:delta",
    ]);
    await expectRefused("&support=certain", "support");
  });

  it("statuses: a comma list of statuses; unknown ones and a list beside a support level are refused", async () => {
    expect(await middles("&statuses=confirmed,alleged")).toEqual([
      "org:beta",
      "contract:omega",
      "org:aardvark",
      "person:dora org:delta",
    ]);
    await expectRefused("&statuses=confirmed,rumoured", "statuses");
    await expectRefused("&support=confirmed&statuses=alleged", "statuses");
  });

  it("excludeTypes: never steps on those types; an unknown type is refused naming excludeTypes", async () => {
    expect(await middles("&excludeTypes=PARTNERS_WITH")).toEqual(["contract:omega", "org:cobalt", "org:beta"]);
    await expectRefused("&excludeTypes=PARTNERS_WITH,FRIENDS_WITH", "excludeTypes");
  });

  it("MENTIONS is no step unless types names it", async () => {
    expect(await middles("")).not.toContain("src:article");
    expect(await middles("&types=MENTIONS")).toEqual(["src:article"]);
  });

  it("at and undated: only relations valid at the date; a bad date or flag is refused naming it", async () => {
    expect(await middles("&at=2017")).toEqual(["org:beta", "person:dora org:delta"]);
    expect(await middles("&at=2017&undated=false")).toEqual(["org:beta"]);
    expect(await middles("&at=2011-06")).toEqual(["org:cobalt", "person:dora org:delta"]);
    await expectRefused("&at=2017-13", "at");
    await expectRefused("&at=last%20year", "at");
    await expectRefused("&at=2017&undated=maybe", "undated");
  });

  it("chronological: keeps periods in order along the walk; a bad flag is refused naming it", async () => {
    expect(await middles("&chronological=true")).toEqual([
      "org:beta",
      "org:cobalt",
      "org:aardvark",
      "person:dora org:delta",
    ]);
    await expectRefused("&chronological=yes", "chronological");
  });

  it("describes every new parameter in the OpenAPI document", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    const parameters = (
      response.json() as { paths: Record<string, { get: { parameters: { name: string; description?: string }[] } }> }
    ).paths["/api/paths"]!.get.parameters;
    const described = new Map(parameters.map((parameter) => [parameter.name, parameter.description ?? ""]));
    for (const name of ["support", "statuses", "excludeTypes", "at", "undated", "chronological"]) {
      expect(described.get(name), name).toBeTruthy();
    }
    expect(described.get("at")).toMatch(/undated=false/);
    expect(described.get("types")).toMatch(/MENTIONS/);
    expect(described.get("chronological")).toMatch(/200 routes/);
  });
});
