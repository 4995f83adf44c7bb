// Import file… checks before it writes: a yEd file previews what it brings (kinds, types, what is left out),
// a CSV with bad rows shows the problems that would refuse it and, with bad rows left out, the rows it would
// skip; Cancel writes nothing.
import { expect, test } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { screenshot, waitForCanvas } from "./support.js";

const fixture = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

async function entityCount(request: import("@playwright/test").APIRequestContext): Promise<number> {
  const health = (await (await request.get("/api/health")).json()) as { entities: number };
  return health.entities;
}

test("previews a yEd file by kind and type before anything is written", async ({ page, request }) => {
  const before = await entityCount(request);
  await page.goto("/");
  await waitForCanvas(page);
  await page.getByTestId("import-input").setInputFiles(fixture("test/fixtures/yed/yed_created_edges_deeper.graphml"));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Would import 8 entities and 8 relations");
  await expect(preview).toContainText("Organization: 7");
  await expect(preview).toContainText('1 graphml-level data "resources" (not kept)');
  await screenshot(page, "import-preview-yed");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("import-dialog")).toHaveCount(0);
  expect(await entityCount(request)).toBe(before);
});

test("shows why a CSV would be refused, and which rows it would leave out", async ({ page, request }) => {
  const before = await entityCount(request);
  await page.goto("/");
  await waitForCanvas(page);
  await page
    .getByTestId("import-input")
    .setInputFiles([
      fixture("graph/importers/csv/fixtures/awards-bad.csv"),
      fixture("graph/importers/csv/fixtures/awards.mapping.yaml"),
    ]);
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText('line 4, field "signed": 31.2.2024 is not a day of the calendar');
  await expect(page.getByTestId("import-confirm")).toBeDisabled();
  await page.getByTestId("import-skip-rows").check();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Rows left out");
  await expect(preview).toContainText("line 5: amount: negative amount -5");
  await expect(page.getByTestId("import-confirm")).toBeEnabled();
  await screenshot(page, "import-preview-csv-skip");
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(await entityCount(request)).toBe(before);
});

test("says how a dynamic GEXF's times are read before anything is written", async ({ page, request }) => {
  const before = await entityCount(request);
  await page.goto("/");
  await waitForCanvas(page);
  await page.getByTestId("import-input").setInputFiles(fixture("test/fixtures/gexf/dynamics.gexf"));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Would import 5 entities and 5 relations");
  await expect(preview).toContainText("Read as");
  await expect(preview).toContainText("3 edges open at the end (date: when they begin");
  await expect(preview).toContainText('3 node attribute "indegree" changing over time');
  await screenshot(page, "import-preview-gexf-dynamics");
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(await entityCount(request)).toBe(before);
});

test("a GEXF takes a mapping in the dialog: the preview counts the kinds it gives, or names what it cannot map", async ({
  page,
  request,
}) => {
  const before = await entityCount(request);
  await page.goto("/");
  await waitForCanvas(page);
  await page.getByTestId("import-input").setInputFiles(fixture("test/fixtures/gexf/WebAtlas_EuroSiS.gexf"));
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Would import 1286 entities and 7524 relations", { timeout: 30_000 });
  await expect(preview).toContainText("Organization: 1285");

  // A mapping that leaves most actor types out: the preview says which value has no kind, by node.
  await page.getByTestId("import-mapping-input").setInputFiles({
    name: "people-only.mapping.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from("kindAttribute: actor_type\nkinds: { Personal websites: Person }\n"),
  });
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText('"Research centers" is not a kind', { timeout: 30_000 });
  await expect(page.getByTestId("import-confirm")).toBeDisabled();

  await page
    .getByTestId("import-mapping-input")
    .setInputFiles(fixture("test/fixtures/gexf/WebAtlas_EuroSiS.mapping.yaml"));
  await expect(page.getByTestId("import-dialog")).toContainText("Mapping: WebAtlas_EuroSiS.mapping.yaml");
  await expect(preview).toContainText("Person: 27", { timeout: 30_000 });
  await expect(preview).toContainText("Event: 42");
  await expect(preview).toContainText("Organization: 1216");
  await expect(page.getByTestId("import-confirm")).toBeEnabled();
  await screenshot(page, "import-preview-gexf-mapping");
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(await entityCount(request)).toBe(before);
});
