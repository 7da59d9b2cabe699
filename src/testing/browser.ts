/**
 * Headless Chromium for the browser tests of the self-contained pages (the HTML report, the
 * documentation site, the simulator's page): Debian's Chromium at /usr/bin/chromium (`npm test` installs it first,
 * .ci/chromium.sh), driven by playwright-core with the flags this machine's closed network needs —
 * no background networking, component updates or sync, so nothing tries to leave the machine.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";

/** A browser and one page (1280×900, 10 s default timeout); throws, naming the fix, when Chromium is missing. */
export async function openBrowser(what: string): Promise<{ browser: Browser; page: Page }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: ${what} needs Debian's Chromium. Install it with ` +
        "`apt-get update && apt-get install -y chromium` (as root); `npm test` does this first (.ci/chromium.sh).",
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    timeout: 30_000,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  return { browser, page };
}

/**
 * What a page did that a self-contained page must not: page errors, console errors and warnings,
 * dialogs (`problems`), and every request outside `allowed`, blocked (`blocked`). Both lists are
 * filled as the page runs; a test expects them empty.
 */
export async function guardPage(
  page: Page,
  allowed: (url: string) => boolean,
): Promise<{ problems: string[]; blocked: string[] }> {
  const problems: string[] = [];
  const blocked: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { problems, blocked };
}
