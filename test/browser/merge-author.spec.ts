// A merge names the person who made it: the Duplicates tab asks for a name beside the reason, merges only
// with both, keeps the name in the browser for the next merge and the undo, and the trail shows it.
// On a server of the spec's own holding the two award files, whose shared entities are proposed.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { NAMESAKES_SEED_DIR } from "../contract/search-hits-contract.js";
import { RESOLUTION_FILES, RESOLUTION_MAPPING } from "../contract/resolution-contract.js";
import { startSpecServer, type SpecServer } from "./spec-server.js";
import { screenshot, waitForCanvas } from "./support.js";

let server: SpecServer | undefined;
test.beforeAll(async () => {
  server = await startSpecServer(NAMESAKES_SEED_DIR, "merge-author");
  for (const file of RESOLUTION_FILES) {
    const form = new FormData();
    form.append("file", new Blob([readFileSync(file)]), basename(file));
    form.append("mapping", new Blob([readFileSync(RESOLUTION_MAPPING)]), basename(RESOLUTION_MAPPING));
    const res = await fetch(`${server.url}/api/imports`, { method: "POST", body: form });
    expect(res.status, await res.clone().text()).toBe(200);
  }
});
test.afterAll(async () => {
  await server?.stop();
});

test("a merge and its undo are recorded under the name the analyst gives", async ({ page }) => {
  await page.goto(`${server!.url}/`);
  await waitForCanvas(page);
  await page.getByRole("tab", { name: "Duplicates" }).click();
  await page.getByTestId("merge-start").first().click();
  await page.getByTestId("merge-reason").fill("same firm, legal form dropped");
  // A reason alone does not merge: the name is asked for.
  await expect(page.getByTestId("merge-confirm")).toBeDisabled();
  await page.getByTestId("merge-author").fill("Anna Berg");
  await screenshot(page, "merge-author");
  await page.getByTestId("merge-confirm").click();
  await expect(page.getByTestId("merge-history")).toContainText("Anna Berg");

  // After a reload the name is still there for the next merge, and the undo goes under it too.
  await page.reload();
  await page.getByRole("tab", { name: "Duplicates" }).click();
  await page.getByTestId("merge-start").first().click();
  await expect(page.getByTestId("merge-author")).toHaveValue("Anna Berg");
  await page.getByTestId("merge-undo").first().click();
  await expect(page.getByTestId("merge-history")).toContainText("undone by Anna Berg");
  const trail = (await (await fetch(`${server!.url}/api/merges?limit=1`)).json()) as {
    merges: { by: string; undone: { by: string } | null }[];
  };
  expect(trail.merges[0]).toMatchObject({ by: "Anna Berg", undone: { by: "Anna Berg" } });
});
