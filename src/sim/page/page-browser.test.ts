/**
 * The simulator's page (`GET /_sim/`) in headless Chromium, served by a real simulator on
 * 127.0.0.1 with every request to another origin blocked: the world renders with fixture roles and
 * copy buttons, the journal fills in live as signed requests arrive, the filter narrows it, a
 * refused signature opens with its verdict path and diagnosis, the controls reach the control
 * plane, no script error or CSP violation occurs — and no secret appears anywhere on the page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../client/client.ts";
import { guardPage, openBrowser } from "../../testing/browser.ts";
import { callControl } from "../../testing/control-plane.ts";
import { type RunningSimulator, startSimulator } from "../server.ts";

const ACCOUNT = { accessKeyId: "AKIDpage", secret: "page-secret-value" };
const WRONG = "page-wrong-secret";

let sim: RunningSimulator;
let browser: Browser | undefined;
let page: Page;
let guard: { problems: string[]; blocked: string[] };

const read = (secret: string) =>
  createClient({
    surface: "tencent-v3",
    baseUrl: sim.url,
    credentials: { accessKeyId: ACCOUNT.accessKeyId, secret },
    retry: false,
  }).callRaw("DescribeNetworkInterfaces", {});

beforeAll(async () => {
  sim = await startSimulator({ accounts: [ACCOUNT] });
  ({ browser, page } = await openBrowser("the simulator page's browser test"));
  guard = await guardPage(page, (url) => url.startsWith(sim.url));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

describe("the simulator's page in headless Chromium", () => {
  it("shows the world, the live journal, a refused signature's diagnosis and working controls, without a secret", async () => {
    const res = await callControl(sim.url, "GET", "/_sim/fixtures?surface=tencent-v3");
    const roles = res.body.roles as Record<string, string>;
    await page.goto(`${sim.url}/_sim/`, { waitUntil: "domcontentloaded" });
    // The world: every cloud, ids with their fixture roles and a copy button.
    await page.locator('section.cloud[data-cloud="tencent"]').waitFor();
    expect(await page.locator("section.cloud").count()).toBe(3);
    const eni = roles["eni.available"] as string;
    const cell = page.locator("td", { hasText: eni }).first();
    await expect.poll(() => cell.textContent()).toContain("eni.available");
    expect(await cell.locator("button.copy").count()).toBe(1);
    // The journal, live: requests sent after the page opened appear without a reload.
    await read(ACCOUNT.secret);
    await read(WRONG);
    const rows = page.locator("#requests tr");
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    expect(await rows.nth(1).textContent()).toContain("DescribeNetworkInterfaces");
    // The filter.
    await page.fill("#filter", "signaturefailure");
    await expect.poll(() => rows.count()).toBe(1);
    // One request opened: the verdict path and the diagnosis.
    await rows.first().click();
    await page.locator("#diagnosis-cause").waitFor();
    expect(await page.locator("#diagnosis-cause").textContent()).toBe("secret-differs");
    expect(await page.locator("#diagnosis-summary").textContent()).toContain(
      `differs from the one the simulator has for ${ACCOUNT.accessKeyId}`,
    );
    const detail = (await page.locator("#detail").textContent()) ?? "";
    expect(detail).toContain("answered by");
    expect(detail).toContain("String to sign");
    expect(detail).toContain("TC3-HMAC-SHA256");
    expect(detail).toContain("Signature=[REDACTED]");
    // A control: attach through the API, then reset from the page brings the seed world back.
    await createClient({
      surface: "tencent-v3",
      baseUrl: sim.url,
      credentials: ACCOUNT,
      retry: false,
    }).callRaw("AttachNetworkInterface", { NetworkInterfaceId: eni, InstanceId: roles["instance.running"] });
    const attached = page.locator("td", { hasText: eni }).first().locator("xpath=..");
    await expect.poll(() => attached.textContent(), { timeout: 10_000 }).toContain(roles["instance.running"]);
    await page.click("#reset");
    await expect.poll(() => page.locator("#control-status").textContent()).toContain("ok");
    await expect
      .poll(() => page.locator("td", { hasText: eni }).first().locator("xpath=..").textContent())
      .toContain("available");
    // No secret anywhere on the page, in its markup or its text.
    const html = await page.content();
    for (const secret of [ACCOUNT.secret, WRONG]) expect(html).not.toContain(secret);
    expect(guard.blocked).toEqual([]);
    expect(guard.problems).toEqual([]);
  });

  it("is served with its content security policy and from loopback only", async () => {
    const res = await fetch(`${sim.url}/_sim/`);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("connect-src 'self'");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const far = await sim.simulator.handleWire(
      { method: "GET", url: "/_sim/", headers: {}, body: "" },
      { remoteAddress: "10.0.0.1" },
    );
    expect(far === "drop" ? 0 : far.status).toBe(403);
  });
});
