/**
 * `eni-conformance doctor` and the run's preflight, in child processes like a user runs them,
 * against a standalone simulator played as staging: the doctor prints one line per check and exits
 * 0 when ready, 2 when not; a run whose preflight finds a problem runs no case, exits 2, names the
 * cause and its fix on stderr, and writes a report whose diagnosis comes first (json, md, html).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, saveFixtures, startSimProcess, stopChildren } from "../testing/cli.ts";

let url = "";
let fixtures = "";
beforeAll(async () => {
  url = await startSimProcess(["--account", "AKIDstaging:staging-secret"]);
  fixtures = await saveFixtures(url, "AKIDstaging");
});
afterAll(stopChildren);

const options = (secret: string) => [
  ...["--target", url, "--account", `AKIDstaging:${secret}`, "--fixtures", fixtures],
  ...["--no-control-plane", "--surface", "tencent-v3", "--surface", "aliyun-ecs"],
];

describe("eni-conformance doctor", () => {
  it("prints one line per check and exits 0 when the target is ready", async () => {
    const { code, stdout } = await cli(["doctor", ...options("staging-secret")]);
    expect(code, stdout).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines.at(-1)).toBe(`doctor: ${url} is ready for a run`);
    expect(lines.filter((l) => /^ok {6}(tencent-v3|aliyun-ecs) fixtures: /.test(l))).toHaveLength(2);
    expect(lines[0]).toMatch(/^ok {6}target reachability: /);
  });

  it("exits 2 on a wrong secret, naming the check, the cause and the fix", async () => {
    const { code, stdout } = await cli(["doctor", ...options("Wr0ngSecretXYZ")]);
    expect(code).toBe(2);
    expect(stdout).toMatch(
      /^PROBLEM tencent-v3 credentials: .*the secret does not belong to the key id.*fix: check the secret \(--account\)/m,
    );
    expect(stdout).not.toContain("Wr0ngSecretXYZ");
  });
});

describe("a run whose preflight finds a problem", () => {
  it("runs no case, exits 2 with the cause on stderr, and puts the diagnosis first in its reports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enic-doctor-run-"));
    const { code, stdout, stderr } = await cli([
      "run",
      ...options("Wr0ngSecretXYZ"),
      "--allow-mutations",
      "--report-dir",
      dir,
    ]);
    expect(code, stdout + stderr).toBe(2);
    expect(stdout).not.toMatch(/RUN\s+v\d/);
    expect(stderr).toMatch(
      /the target is not ready, no case was run:\n\s+tencent-v3 credentials: .*fix: check the secret/,
    );
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
    expect(report.cases).toEqual([]);
    expect(report.diagnosis.ok).toBe(false);
    expect(Object.keys(report).indexOf("diagnosis")).toBe(Object.keys(report).indexOf("run") + 1);
    const md = readFileSync(join(dir, "report.md"), "utf8");
    expect(md.split("\n")[2]).toBe("## Diagnosis: ❌ the target was not ready — no case ran");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html.indexOf('data-testid="diagnosis"')).toBeGreaterThan(html.indexOf('data-testid="header"'));
    expect(html.indexOf('data-testid="diagnosis"')).toBeLessThan(html.indexOf('data-testid="summary"'));
    expect(html).toContain("not run: target not ready");
    expect(readFileSync(join(dir, "report.json"), "utf8") + md + html).not.toContain("Wr0ngSecretXYZ");
  });
});
