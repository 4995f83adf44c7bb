// The search box forgives and tells apart: "Mircosoft" finds Microsoft, "Mueller" finds the Müllers, and
// two people named Olga Krüger read as two people (role, relations, source, id) and Enter takes the chosen one.
import { expect, test } from "@playwright/test";
import { startNamesakesServer, type NamesakesServer } from "./namesakes-server.js";
import { screenshot, waitForCanvas } from "./support.js";

test("a misspelt Mircosoft finds Microsoft, with what it is, how connected and where it comes from", async ({
  page,
}) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByTestId("search-input").fill("Mircosoft");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("Microsoft");
  await expect(first).toContainText("Organization");
  await expect(first.getByTestId("hit-facts")).toHaveText(
    /software and cloud computing.*United States.*13 relations.*from Alibaba Cloud opens.*\+3 more/,
  );
  await expect(first.getByTestId("hit-id")).toHaveText("org:microsoft");
  await screenshot(page, "search-typo-mircosoft");
  await page.getByTestId("search-input").press("Enter");
  await expect(page.getByTestId("node-details")).toContainText("Microsoft");
});

test.describe("on a store of namesakes", () => {
  let server: NamesakesServer | undefined;
  test.beforeAll(async () => {
    server = await startNamesakesServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("Mueller finds Müller Bau and Hans Müller", async ({ page }) => {
    await page.goto(`${server!.url}/`);
    await page.getByTestId("search-input").fill("Mueller");
    const options = page.getByRole("option");
    await expect(options).toHaveCount(2);
    await expect(options.nth(0)).toContainText("Müller Bau GmbH");
    await expect(options.nth(0).getByTestId("hit-facts")).toHaveText(/construction.*Germany.*2 relations/);
    await expect(options.nth(1)).toContainText("Hans Müller");
    await expect(options.nth(1).getByTestId("hit-facts")).toHaveText(/Site manager at Müller Bau.*1 relation(?!s)/);
  });

  test("two people named Olga Krüger are told apart, and Enter takes the one chosen", async ({ page }) => {
    await page.goto(`${server!.url}/`);
    await expect(page.getByTestId("status-counts")).toContainText("9 entities");
    await page.getByRole("button", { name: "Clear" }).click();
    await page.getByTestId("search-input").fill("Olga Kruger");
    const options = page.getByRole("option");
    await expect(options).toHaveCount(2);
    for (const option of await options.all()) await expect(option.locator(".picker-name")).toHaveText("Olga Krüger");
    await expect(options.nth(0).getByTestId("hit-facts")).toHaveText(
      /Harbour councillor in Kiel.*German.*1 relation.*from Harbour council minutes, March 2024/,
    );
    await expect(options.nth(1).getByTestId("hit-facts")).toHaveText(
      /Finance chief of Nordlicht Logistik.*1971.*1 relation.*from Trade register notice for Nordlicht Logistik/,
    );
    await expect(options.nth(0).getByTestId("hit-id")).toHaveText("person:olga-krueger-council");
    await expect(options.nth(1).getByTestId("hit-id")).toHaveText("person:olga-krueger-nordlicht");
    await screenshot(page, "search-namesakes");

    await page.getByTestId("search-input").press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await page.getByTestId("search-input").press("Enter");
    await expect(page.getByTestId("node-details")).toContainText("Finance chief of Nordlicht Logistik");
    await expect(page.getByTestId("status-counts")).toContainText("1 of 1 entities");
  });
});
