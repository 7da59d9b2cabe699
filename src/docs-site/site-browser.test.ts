/**
 * The documentation site in headless Chromium, opened from `file://` with every other request
 * blocked: every page is reached from the front page, every internal link leads to a page that
 * exists and to an anchor that page has, the navigation and the search box work, and nothing is
 * loaded from anywhere else.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardPage, openBrowser } from "../testing/browser.ts";
import type { SitePage } from "./layout.ts";
import { rulePage } from "./links.ts";
import { gatherSiteData, renderSite, writeSite } from "./site.ts";

let browser: Browser | undefined;
let page: Page;
let dir: string;
let root: string;
let pages: SitePage[];
let guard: { problems: string[]; blocked: string[] };

const urlOf = (path: string) => `${root}${path}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "enic-site-"));
  pages = renderSite(await gatherSiteData());
  writeSite(pages, dir);
  root = pathToFileURL(`${dir}/`).href;
  ({ browser, page } = await openBrowser("the site's browser test"));
  guard = await guardPage(page, (url) => url.startsWith(root));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the documentation site in headless Chromium", () => {
  it("reaches every page from the front page, and every internal link resolves to a page and an anchor", async () => {
    const ids = new Map<string, Set<string>>();
    const links: { from: string; to: string }[] = [];
    const queue = [urlOf("index.html")];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      if (ids.has(url)) continue;
      await page.goto(url, { waitUntil: "domcontentloaded" });
      const seen = (await page.evaluate(
        `({ ids: Array.from(document.querySelectorAll("[id]"), (e) => e.id),
            hrefs: Array.from(document.querySelectorAll("a[href]"), (a) => a.href) })`,
      )) as { ids: string[]; hrefs: string[] };
      ids.set(url, new Set(seen.ids));
      expect(seen.ids.length, `${url} repeats an element id`).toBe(new Set(seen.ids).size);
      for (const to of seen.hrefs) {
        links.push({ from: url, to });
        const file = to.split("#")[0] as string;
        if (file.startsWith(root) && existsSync(fileURLToPath(file)) && !ids.has(file)) queue.push(file);
      }
    }
    // Every page written is reachable.
    expect([...ids.keys()].map((u) => u.slice(root.length)).sort()).toEqual(pages.map((p) => p.path).sort());
    expect(links.length).toBeGreaterThan(2000);
    const broken: string[] = [];
    for (const { from, to } of links) {
      const [file, hash] = to.split("#") as [string, string | undefined];
      if (!file.startsWith(root)) broken.push(`${from} -> ${to}: leaves the site`);
      else if (!ids.has(file)) broken.push(`${from} -> ${to}: no such page`);
      else if (hash && !ids.get(file)?.has(decodeURIComponent(hash)))
        broken.push(`${from} -> ${to}: no such anchor`);
    }
    expect(broken).toEqual([]);
  }, 120_000);

  it("navigates from the front page to a rule, its error row and back to the case", async () => {
    await page.goto(urlOf("index.html"));
    await page.locator('[data-testid="rule-link"]', { hasText: "eni.same-zone" }).click();
    expect(page.url()).toBe(urlOf(rulePage("eni.same-zone")));
    await expect(page.locator('[data-testid="rule-title"]').textContent()).resolves.toContain(
      "eni.same-zone",
    );
    const v3 = page.locator('section[data-surface="tencent-v3"]');
    await expect(v3.locator('[data-testid="case-curl"]').first().textContent()).resolves.toContain(
      "AKIDEXAMPLE",
    );
    await expect(v3.locator('[data-testid="case-answer"]').first().textContent()).resolves.toContain(
      "UnsupportedOperation.ZoneMismatch",
    );
    await v3.locator('[data-testid="row-link"]').first().click();
    expect(page.url()).toMatch(
      /documents\/002_d0807661e42b6160\.html#row-002_2f_UnsupportedOperation\.ZoneMismatch$/,
    );
    const row = page.locator("tr:target");
    await expect(row.getAttribute("data-row-id")).resolves.toBe("002/UnsupportedOperation.ZoneMismatch");
    await row.locator('[data-testid="row-case"]').click();
    await expect(page.locator("article:target").getAttribute("data-case-id")).resolves.toBe(
      "tencent-v3/eni.same-zone#1",
    );
    await page.locator('[data-testid="home"]').click();
    expect(page.url()).toBe(urlOf("index.html"));
  });

  it("searches from the box of any page, and a result leads to its target", async () => {
    await page.goto(urlOf(rulePage("eni.exists")));
    await page.locator('[data-testid="site-search"]').fill("AlreadyAssociated primary");
    await page.locator('[data-testid="site-search"]').press("Enter");
    await page.waitForURL(/search\.html\?q=/);
    await expect(page.locator('[data-testid="search-input"]').inputValue()).resolves.toBe(
      "AlreadyAssociated primary",
    );
    const results = page.locator('[data-testid="search-result"]');
    await expect(results.count()).resolves.toBeGreaterThan(0);
    for (const text of await results.locator("a").allTextContents()) expect(text.toLowerCase()).not.toBe("");
    // Typing narrows the list; every word must match.
    await page.locator('[data-testid="search-input"]').fill("F-042");
    await expect(results.locator("a").first().textContent()).resolves.toMatch(/^F-042 — /);
    await results.locator("a").first().click();
    await expect(page.locator("section:target").getAttribute("data-finding-id")).resolves.toBe("F-042");
    await page.goto(urlOf("search.html?q=no-such-word-anywhere"));
    await expect(results.count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="search-count"]').textContent()).resolves.toMatch(
      /^0 of \d+ entries$/,
    );
  });

  it("loads nothing from the network and runs without errors", () => {
    expect(guard.blocked).toEqual([]);
    expect(guard.problems).toEqual([]);
  });
});
