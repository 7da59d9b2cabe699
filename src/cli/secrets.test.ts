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
/** The limited key's secret (a read-only second key of AKIDscan). */
const LIMITED_SECRET = "Lim/ited+Key=7-do-not-leak";
afterAll(stopChildren);

describe("secrets", () => {
  it("never reach a report file, the console output, or a recorded exchange (the limited key's neither)", async () => {
    const url = await startSimProcess([
      "--account",
      `AKIDscan:${SECRET}`,
      "--account",
      `AKIDscanro:${LIMITED_SECRET}:readonly:AKIDscan`,
      "--deviate",
      "aliyun-ecs:envelope:wrong-status",
      // The permission case fails too, so its exchange, signed by the limited key, is in the report.
      "--deviate",
      "tencent-v3:misspell:tencent-v3/AuthFailure.UnauthorizedOperation",
    ]);
    const file = await saveFixtures(url, "AKIDscan");
    const dir = mkdtempSync(join(tmpdir(), "enic-secrets-report-"));
    const { code, stdout, stderr } = await cli([
      ...["run", "--target", url, "--account", `AKIDscan:${SECRET}`, "--fixtures", file, "--allow-mutations"],
      ...["--limited-account", `AKIDscanro:${LIMITED_SECRET}`],
      ...["--runs", "1", "--surface", "aliyun-ecs", "--surface", "tencent-v3", "--report-dir", dir],
    ]);
    expect(code).toBe(1); // the deviation makes cases fail, so their exchanges are in the report
    const files = readdirSync(dir);
    expect(files).toEqual(
      expect.arrayContaining(["report.json", "junit.xml", "report.md", "contracts.json"]),
    );
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.cases.some((c: { exchange?: unknown }) => c.exchange !== undefined)).toBe(true);
    const permitted = report.cases.find((c: { id: string }) => c.id === "tencent-v3/auth.permitted#1");
    expect(permitted).toMatchObject({ status: "failed", exchange: expect.anything() });
    for (const name of files) {
      const text = readFileSync(join(dir, name), "utf8");
      for (const secret of [SECRET, LIMITED_SECRET]) {
        expect(text, name).not.toContain(secret);
        expect(text, name).not.toContain(encodeURIComponent(secret));
      }
    }
    expect(stdout + stderr).not.toContain(SECRET);
    expect(stdout + stderr).not.toContain(LIMITED_SECRET);
  });
});
