/**
 * `eni-conformance run --client <adapter>` end to end, in a child process as a user runs it: a
 * built-in adapter and the example adapter by path write a schema-valid report whose cases carry
 * what the SDK surfaced (with the SDK's differences as findings, so exit 1); `--client` refuses a URL
 * target, an unknown adapter and surfaces the SDK does not speak with exit 2.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../report/model.ts";
import { reportErrors } from "../report/validate.ts";
import { cli } from "../testing/cli.ts";

/** A secret with characters that need encoding (signed into every request of the SDK). */
const SECRET = "Sec/ret+Value=42-do-not-leak";
const tmp = () => mkdtempSync(join(tmpdir(), "enic-sdk-run-"));

describe("run --client", () => {
  it.each([
    ["@alicloud/pop-core", "aliyun-ecs", `AKIDscan:${SECRET}`, ["--fail-on", "advisory"]],
    ["./examples/sdk-adapter/my-adapter.ts", "tencent-v3", "AKIDtest:testkey", []],
  ])(
    "%s writes a schema-valid SDK report; its behaviour probes are advisories (they fail only with --fail-on advisory)",
    async (client, surface, account, failOn) => {
      const dir = tmp();
      const secret = account.slice(account.indexOf(":") + 1);
      const { code, stdout, stderr } = await cli([
        ...["run", "--client", client, "--account", account],
        ...["--runs", "1", "--report-dir", dir, ...failOn],
      ]);
      // The SDK's differences from a well-behaved SDK are findings, of probes no document promises.
      expect(code, stderr).toBe(failOn.length > 0 ? 1 : 0);
      if (failOn.length === 0) expect(stdout).toMatch(/failed case\(s\) carry only warnings or advisories/);
      expect(stdout + stderr).not.toContain(secret);
      expect(stdout).toContain(`wrote report.json`);
      const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as Report;
      expect(reportErrors(report)).toEqual([]);
      expect(report.run.surfaces).toEqual([surface]);
      expect(report.cases.length).toBeGreaterThan(30);
      for (const c of report.cases) {
        expect(c.sdk, c.id).toBeDefined();
        expect(c.sdk?.promised).not.toBe("");
        expect(c.sdk?.surfaced).not.toBe("");
        expect(c.sdk?.ok).toBe(c.status === "passed");
        if (c.status === "skipped") expect(c.reason).toBeDefined();
      }
      const failed = report.cases.filter((c) => c.status === "failed");
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((c) => c.rule.startsWith("sdk.") && c.findings.length > 0)).toBe(true);
      expect(failed.every((c) => c.severity === "advisory")).toBe(true);
      expect(report.severities).toEqual({ error: 0, warning: 0, advisory: failed.length });
      expect(report.cases.some((c) => c.replay.includes(`--client ${client}`))).toBe(true);
      expect(readFileSync(join(dir, "report.md"), "utf8")).toMatch(/## SDK: /);
      expect(readFileSync(join(dir, "junit.xml"), "utf8")).toContain("SDK ");
      expect(readFileSync(join(dir, "report.html"), "utf8")).toContain('data-testid="case-sdk-surfaced"');
      // No secret and no port of the run's simulator in anything written.
      for (const file of readdirSync(dir)) {
        const text = readFileSync(join(dir, file), "utf8");
        expect(text, file).not.toContain(secret);
        expect(text, file).not.toContain(encodeURIComponent(secret));
        expect(text, file).not.toMatch(/127\.0\.0\.1:\d/);
      }
    },
    120_000, // a whole run in a child process
  );

  it("refuses a URL target, an unknown adapter and a surface the SDK does not speak (exit 2)", async () => {
    const [url, unknown, surface] = await Promise.all([
      cli(["run", "--client", "@alicloud/pop-core", "--target", "http://127.0.0.1:9"]),
      cli(["run", "--client", "no-such-sdk"]),
      cli(["run", "--client", "jdcloud-sdk-js", "--surface", "tencent-v3"]),
    ]);
    expect(url.code).toBe(2);
    expect(url.stderr).toContain("--client drives an SDK against the embedded simulator only");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown SDK adapter no-such-sdk");
    expect(surface.code).toBe(2);
    expect(surface.stderr).toContain("jdcloud-sdk-js speaks jdcloud-vm, none of tencent-v3");
  }, 60_000);
});
