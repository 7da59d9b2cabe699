/**
 * No secret of the accounts used reaches anything a run writes: a run against a standalone
 * simulator with a deviation (so failed cases carry their exchanges) and a distinctive secret, and
 * then every file in the report directory is scanned for the secret, raw and percent-encoded.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";

const SECRET = "Sec/ret+Value=42-do-not-leak";
afterAll(stopChildren);

describe("secrets", () => {
  it("never reach a report file, the console output, or a recorded exchange", async () => {
    const url = await startSimProcess([
      "--account",
      `AKIDscan:${SECRET}`,
      "--deviate",
      "aliyun-ecs:envelope:wrong-status",
    ]);
    const file = await saveFixtures(url, "AKIDscan");
    const dir = mkdtempSync(join(tmpdir(), "enic-secrets-report-"));
    const { code, stdout, stderr } = await cli([
      ...["run", "--target", url, "--account", `AKIDscan:${SECRET}`, "--fixtures", file, "--allow-mutations"],
      ...["--runs", "1", "--surface", "aliyun-ecs", "--surface", "tencent-v3", "--report-dir", dir],
    ]);
    expect(code).toBe(1); // the deviation makes cases fail, so their exchanges are in the report
    const files = readdirSync(dir);
    expect(files).toEqual(
      expect.arrayContaining(["report.json", "junit.xml", "report.md", "contracts.json"]),
    );
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.cases.some((c: { exchange?: unknown }) => c.exchange !== undefined)).toBe(true);
    for (const name of files) {
      const text = readFileSync(join(dir, name), "utf8");
      expect(text, name).not.toContain(SECRET);
      expect(text, name).not.toContain(encodeURIComponent(SECRET));
    }
    expect(stdout + stderr).not.toContain(SECRET);
  });
});
