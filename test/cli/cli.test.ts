// The CLI as a user runs it (tsx server/cli/main.ts, DATA_DIR in a temp folder): it answers from the same
// query layer as the API, so `path "Donald Trump" Microsoft --via JEDI` finds the API's paths.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import { SEED_ARTICLES, TEST_ARTICLES } from "../fixtures/articles/article-corpora.js";
import { injectApp } from "../http/support/injected-app.js";
import { runTsx } from "../http/support/run-tsx.js";

const CLI = "server/cli/main.ts";
let root: string;
let env: Record<string, string>;

const cli = (...args: string[]) => runTsx(CLI, args, env);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "explorer-cli-"));
  env = { DATA_DIR: join(root, "data") };
  const imported = await cli("import");
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.stderr}`);
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("cli path", () => {
  it("finds the same paths as GET /api/paths, by name", async () => {
    const run = await cli("path", "Donald Trump", "Microsoft", "--via", "JEDI", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const fromCli = JSON.parse(run.stdout).paths.map((path: { nodeIds: string[] }) => path.nodeIds);
    expect(fromCli.length).toBeGreaterThan(0);
    for (const nodeIds of fromCli) expect(nodeIds).toContain("contract:jedi");

    // The CLI has exited and released the folder; the API now reads the same data.
    const store = await createKuzuStore({ dataDir: env.DATA_DIR! });
    const server = await injectApp({ store, queries: createGraphQueries(store) });
    try {
      const res = await server.get("/api/paths?from=person:donald-trump&to=org:microsoft&via=contract:jedi");
      expect(res.body.paths.map((path: { nodeIds: string[] }) => path.nodeIds)).toEqual(fromCli);
    } finally {
      await server.close();
      await store.close();
    }
  });

  it("tells the path in words by default", async () => {
    const run = await cli("path", "Donald Trump", "Microsoft", "--via", "JEDI");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Paths from Donald Trump to Microsoft via .*JEDI/);
    expect(run.stdout).toMatch(/\n1\. \(\d+ hops?; weakest step \w+; \d+ sources?\) Donald Trump .*JEDI.* Microsoft\n/);
  });

  it("keeps to confirmed relations with --support and says so in each path's note", async () => {
    const all = await cli("path", "Donald Trump", "Microsoft", "--k", "10");
    expect(all.stdout).toContain("allegedly");
    const run = await cli("path", "Donald Trump", "Microsoft", "--k", "10", "--support", "confirmed");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/allegedly|reportedly/);
    expect(run.stdout).not.toMatch(/weakest step (?!confirmed)/);
    expect(run.stdout).toMatch(/\n1\. \(\d+ hops?; weakest step confirmed; \d+ sources?\)/);
  });

  it("exits 1 naming the flag for a bad --at, --support, --exclude-types or --support beside --statuses", async () => {
    const cases = [
      [["--at", "2019-13"], "--at"],
      [["--support", "certain"], "--support"],
      [["--exclude-types", "FRIENDS_WITH"], "--exclude-types"],
      [["--support", "confirmed", "--statuses", "alleged"], "--statuses"],
    ] as const;
    for (const [flags, named] of cases) {
      const run = await cli("path", "Donald Trump", "Microsoft", ...flags);
      expect(run.code, flags.join(" ")).toBe(1);
      expect(run.stderr).toContain(named);
    }
  });

  it("exits 1 naming --max-hops when it is out of range", async () => {
    const run = await cli("path", "Donald Trump", "Microsoft", "--max-hops", "99");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--max-hops");
  });

  it("exits 2 with the usage when an end is missing", async () => {
    const run = await cli("path", "Donald Trump");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: path <from> <to>");
  });
});

describe("cli search, neighbors, schema, cypher", () => {
  it("search prints a table with the best match first", async () => {
    const run = await cli("search", "microsoft");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^id\s+kind\s+name/);
    expect(lines[2]).toMatch(/^org:microsoft\s+Organization\s+Microsoft/);
  });

  it("search tells namesakes apart by their details and the source they came from", async () => {
    const namesakes = { DATA_DIR: join(root, "namesakes") };
    expect((await runTsx(CLI, ["import", "test/fixtures/namesakes"], namesakes)).code).toBe(0);
    const run = await runTsx(CLI, ["search", "Olga Kruger"], namesakes);
    expect(run.code).toBe(0);
    const [header, , ...rows] = run.stdout.trim().split("\n");
    expect(header).toMatch(/^id\s+kind\s+name\s+details\s+relations\s+source\s+aliases\s+score$/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(
      /^person:olga-krueger-council\s+Person\s+Olga Krüger\s+Harbour councillor in Kiel · German\s+1\s+Harbour council minutes, March 2024\s+1\.00$/,
    );
    expect(rows[1]).toMatch(
      /^person:olga-krueger-nordlicht\s+Person\s+Olga Krüger\s+Finance chief of Nordlicht Logistik · 1971\s+1\s+Trade register notice for Nordlicht Logistik\s+1\.00$/,
    );
  });

  it("neighbors accepts a name and filters by type", async () => {
    const run = await cli("neighbors", "JEDI", "--types", "WON", "--json");
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.entity.id).toBe("contract:jedi");
    expect(answer.edges.length).toBeGreaterThan(0);
    for (const edge of answer.edges) expect(edge.type).toBe("WON");
  });

  it("neighbors exits 1 for an entity nobody has", async () => {
    const run = await cli("neighbors", "Nobody At All Incorporated");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Nobody At All Incorporated");
  });

  it("neighbors exits 1 naming an unknown relation type", async () => {
    const run = await cli("neighbors", "JEDI", "--types", "MARRIED_TO");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"MARRIED_TO"');
  });

  it("schema --json answers counts per kind", async () => {
    const run = await cli("schema", "--json");
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.kinds.find((row: { kind: string }) => row.kind === "Organization").count).toBeGreaterThan(0);
  });

  it("cypher answers reads and refuses writes with exit 1", async () => {
    const read = await cli(
      "cypher",
      "MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name",
      "--params",
      '{"id":"org:microsoft"}',
    );
    expect(read.code).toBe(0);
    expect(read.stdout).toMatch(/name\s*\n-+\s*\nMicrosoft/);
    const write = await cli("cypher", "CREATE (e:Entity {id: 'org:evil'})");
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/CREATE|read-only|write/i);
  });

  it("exits 2 for an unknown command or option", async () => {
    expect((await cli("frobnicate")).code).toBe(2);
    const run = await cli("search", "microsoft", "--colour");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--colour");
  });
});

// Last, as it adds MENTIONS (and, for our test articles, their fictional graph) to the store the cases above read.
for (const corpus of [TEST_ARTICLES, SEED_ARTICLES]) {
  if (corpus.absent !== null) console.log(`cli ingest of ${corpus.label}: ${corpus.absent}`);
  describe.skipIf(corpus.absent !== null)(`cli ingest of ${corpus.label}`, () => {
    it("ingests the articles into their curated sources, and the same again changes no count", async () => {
      const imported = await cli("import", corpus.seedsDir);
      expect(imported.code, imported.stderr).toBe(0);
      const first = await cli("ingest", corpus.articlesDir, "--json");
      expect(first.code, first.stderr).toBe(0);
      const summary = JSON.parse(first.stdout) as {
        articles: { id: string; isNew: boolean; mentions: number }[];
        store: { entities: number; relations: number };
      };
      expect(summary.articles.map((a) => a.id)).toEqual(corpus.sourceIds);
      expect(summary.articles.every((a) => !a.isNew && a.mentions >= corpus.minMentionsPerArticle)).toBe(true);

      const again = await cli("ingest", corpus.articlesDir);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain(`${corpus.file.name}: source ${corpus.file.source}`);
      expect((await cli("schema", "--json")).stdout).toContain('"MENTIONS"');
      const third = JSON.parse((await cli("ingest", corpus.articlesDir, "--json")).stdout) as typeof summary;
      expect(third.store).toEqual(summary.store);
    });
  });
}

describe("cli ingest", () => {
  it("exits 1 naming a folder that does not exist", async () => {
    const run = await cli("ingest", join(root, "no-such-folder"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no-such-folder does not exist or is not a folder of articles");
  });
});
