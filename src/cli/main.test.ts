import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../contracts/surfaces.ts";

const run = promisify(execFile);
const bin = fromRoot("src/cli/bin.js");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: fromRoot(".") });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("eni-conformance command", () => {
  it("contracts writes the contract report into --report-dir and exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "enic-"));
    const { code, stdout } = await cli(["contracts", "--report-dir", dir]);
    expect(stdout).toContain("contracts are sound");
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "contracts.json"), "utf8"));
    expect(report.documentRows["003_0dfbc968b9326d2c.txt"]).toBe(30);
    expect(report.problems).toEqual([]);
    const md = readFileSync(join(dir, "contracts.md"), "utf8");
    expect(md).toContain("| tencent-v3 |");
    expect(md).not.toContain(fromRoot("."));
  });

  it("gen --check reports that the committed generated files are current", async () => {
    const { code, stdout } = await cli(["gen", "--check"]);
    expect(stdout).toContain("generated files are up to date");
    expect(code).toBe(0);
  });

  it("rejects an unknown command with usage and exit code 2", async () => {
    const { code, stderr } = await cli(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });
});
