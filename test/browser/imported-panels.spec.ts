// What an imported file said shows in the panels: the GEXF dynamics sample's spells as dates and spans in
// the entity and relation panels, and an OpenSanctions listing as a reported SANCTIONED relation from its
// authority, with program and reason and the listing's dates as the file wrote them. Imported through
// Import file… into a server of the spec's own, so no other spec sees the imports.
import { expect, test, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { NAMESAKES_SEED_DIR } from "../contract/search-hits-contract.js";
import { startSpecServer, type SpecServer } from "./spec-server.js";
import { screenshot, waitForCanvas } from "./support.js";

const fixture = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

let server: SpecServer | undefined;
test.beforeAll(async () => {
  server = await startSpecServer(NAMESAKES_SEED_DIR, "imported-panels");
});
test.afterAll(async () => {
  await server?.stop();
});

async function importThroughDialog(page: Page, file: string, expected: RegExp) {
  await page.getByTestId("import-input").setInputFiles(fixture(file));
  await expect(page.getByTestId("import-preview")).toContainText("Would import");
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("notice")).toContainText(expected);
}

async function openEntity(page: Page, name: string) {
  await page.getByTestId("search-input").fill(name);
  await expect(page.getByRole("option").first()).toContainText(name);
  await page.getByTestId("search-input").press("Enter");
  await expect(page.getByTestId("node-details")).toContainText(name);
}

test("a dynamic GEXF's spells read as dates and spans in the entity and relation panels", async ({ page }) => {
  await page.goto(`${server!.url}/`);
  await waitForCanvas(page);
  await importThroughDialog(page, "test/fixtures/gexf/dynamics.gexf", /Imported dynamics\.gexf \(gexf\): 5 entities/);

  // Visualization exists until 1 March 2009 and again from the 5th to the 10th; it has no period of its own.
  await openEntity(page, "Visualization");
  const entityAttributes = page.getByTestId("node-details").getByTestId("file-attributes");
  await expect(entityAttributes).toContainText("From the imported file");
  await expect(entityAttributes).toContainText("until 1 Mar 2009, 5 Mar 2009 – 10 Mar 2009");
  await screenshot(page, "imported-panels-gexf-entity");

  // Gephi → Network begins on 1 March 2009 and never ends: the period says when it begins, the spell that it stays open.
  await openEntity(page, "Network");
  await page.getByTestId("entity-relation").filter({ hasText: "Gephi" }).first().click();
  const edge = page.getByTestId("edge-details");
  await expect(edge).toContainText("reported");
  await expect(edge.getByTestId("file-attributes")).toContainText("from 1 Mar 2009");
  await expect(edge.getByTestId("file-attributes")).toContainText("(list)");
  await screenshot(page, "imported-panels-gexf-relation");
});

test("an OpenSanctions listing is a reported SANCTIONED relation from its authority, with what the file said", async ({
  page,
}) => {
  await page.goto(`${server!.url}/`);
  await waitForCanvas(page);
  await importThroughDialog(
    page,
    "test/fixtures/ftm/opensanctions-zala-sanctions.ftm.json",
    /Imported opensanctions-zala-sanctions\.ftm\.json \(ftm\): 12 entities and 10 relations/,
  );

  // The Swiss listing of LLC CST: State Secretariat for Economic Affairs, two start dates in the file.
  await openEntity(page, "State Secretariat for Economic Affairs");
  await page.getByTestId("entity-relation").filter({ hasText: "LLC CST" }).first().click();
  const edge = page.getByTestId("edge-details");
  await expect(edge).toContainText("rivalry");
  await expect(edge.locator(".tag.status-reported")).toHaveText("reported");
  await expect(edge).toContainText("program: Ordinance of 4 March 2022");
  const attributes = edge.getByTestId("file-attributes");
  await expect(attributes).toContainText("startDate");
  await expect(attributes).toContainText("21 Dec 2023, 23 Apr 2025");
  // The authority is the relation's start, not repeated among the file's attributes; its id there is kept.
  await expect(attributes.locator("dt", { hasText: /^authority$/ })).toHaveCount(0);
  await expect(attributes.locator("dt", { hasText: /^authorityId$/ })).toHaveCount(1);
  // The program is in the note whole, so the attributes do not say it again.
  await expect(attributes.locator("dt", { hasText: /^program$/ })).toHaveCount(0);
  await screenshot(page, "imported-panels-ftm-sanction");
});
