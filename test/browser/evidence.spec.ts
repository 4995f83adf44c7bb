// The evidence panel: a clicked relation shows its evidence and sources; a source lists what it supports.
import { expect, test, type Page } from "@playwright/test";
import { ARTICLES_CORPUS, ARTICLES_PORT } from "./articles-server.js";
import { clickEdge, screenshot, waitForCanvas, waitForStillCanvas } from "./support.js";

/** A lone (straight) relation whose ends are far apart and whose middle no entity covers, to click it there. */
async function clickableEdge(page: Page, wanted: (e: { source: string; target: string; type: string }) => boolean) {
  return page.evaluate((predicate) => {
    const hook = window.__explorer;
    if (!hook) return null;
    const test = new Function("e", `return (${predicate})(e)`) as (e: unknown) => boolean;
    const candidates = hook.visibleEdgeIds().filter((id) => {
      const data = hook.edgeData(id);
      const a = data && hook.nodePosition(data.source);
      const b = data && hook.nodePosition(data.target);
      const parallel = hook.edgeIds().filter((other) => {
        const o = hook.edgeData(other);
        return (
          o &&
          data &&
          ((o.source === data.source && o.target === data.target) ||
            (o.source === data.target && o.target === data.source))
        );
      });
      const middle = hook.edgeMidpoint(id);
      const clear =
        middle !== null &&
        hook.visibleNodeIds().every((node) => {
          const p = hook.nodePosition(node);
          return !p || Math.hypot(p.x - middle.x, p.y - middle.y) > 30;
        });
      return data && a && b && clear && parallel.length === 1 && Math.hypot(a.x - b.x, a.y - b.y) > 90 && test(data);
    });
    return candidates[0] ?? null;
  }, wanted.toString());
}

/** Opens the explorer on the Rivalries view and clicks a lone rivalry relation; answers its first evidence item. */
async function clickRivalryEvidence(page: Page) {
  await page.goto("/");
  await waitForCanvas(page, 10);
  // Rivalries only, so the relation stands clear of others.
  await page.getByRole("button", { name: "Rivalries" }).click();
  await waitForStillCanvas(page);
  const edgeId = await clickableEdge(
    page,
    (e) => e.type === "PROTESTED" || e.type === "ACCUSED" || e.type === "COMPETES_WITH",
  );
  expect(edgeId, "a lone rivalry relation to click").not.toBeNull();
  await clickEdge(page, edgeId ?? "");
  const details = page.getByTestId("edge-details");
  await expect(details).toBeVisible();
  return details.getByTestId("evidence-item").first();
}

test("clicking a relation shows its evidence with the source, and the source lists what it supports", async ({
  page,
}) => {
  const item = await clickRivalryEvidence(page);
  await expect(item).toBeVisible();
  // The source is named with its publisher/date and the paragraph cited.
  await expect(item).toContainText("¶");
  const sourceLink = item.locator(".evidence-source button");
  await expect(sourceLink).not.toHaveText(/^src:/);
  await screenshot(page, "evidence-edge");

  await sourceLink.click();
  const source = page.getByTestId("source-details");
  await expect(source).toBeVisible();
  await expect(source.getByTestId("source-supports").locator("li").first()).toBeVisible();
  await screenshot(page, "evidence-source");
});

test.describe(`with ${ARTICLES_CORPUS.label} ingested`, () => {
  // The second server of playwright.config.ts: a seed graph and then its articles, ingested on start.
  test.use({ baseURL: `http://127.0.0.1:${ARTICLES_PORT}` });

  test("a relation's evidence quotes its paragraph with the cited sentence marked; a source lists what it names", async ({
    page,
  }) => {
    const item = await clickRivalryEvidence(page);
    const marked = item.getByTestId("evidence-sentence");
    await expect(marked).toBeVisible();
    // The marked sentence is the one the evidence cites: paragraph p, sentence s of its source's text.
    const [, paragraph, sentence] = /¶(\d+), sentence (\d+)/.exec(await item.innerText()) ?? [];
    const title = await item.locator(".evidence-source button").innerText();
    const texts = await Promise.all(
      ARTICLES_CORPUS.sourceIds.map(async (id) => {
        const body = (await (await page.request.get(`/api/sources/${id}`)).json()) as {
          source: { name: string };
          text: { paragraphs: string[][] } | null;
        };
        return body;
      }),
    );
    const cited = texts.find((t) => t.source.name === title)?.text;
    expect(cited, `the text of ${title}`).toBeTruthy();
    await expect(marked).toHaveText(cited!.paragraphs[Number(paragraph) - 1]![Number(sentence) - 1]!);
    await expect(item.getByTestId("evidence-text")).toContainText(cited!.paragraphs[Number(paragraph) - 1]![0]!);
    await screenshot(page, "evidence-sentence");

    await item.locator(".evidence-source button").click();
    const mentions = page.getByTestId("source-details").getByTestId("source-mentions");
    await expect(mentions).toBeVisible();
    await expect(mentions).toContainText(ARTICLES_CORPUS.mentioned.name);
    await screenshot(page, "source-mentions");
  });
});
