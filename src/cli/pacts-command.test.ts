/**
 * `eni-conformance pacts` end to end, in a child process: it writes one Pact V4 file per surface
 * asked for, says how many interactions each holds and which error rows no pact can show (with the
 * reason), and refuses bad options with exit 2.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pactFile } from "../pact/generate.ts";
import { pactFileProblems } from "../pact/validate.ts";
import { listUnprovokable } from "../suites-kit/cases.ts";
import { cli, stopChildren } from "../testing/cli.ts";
import { pactsCommand } from "./pacts-command.ts";
import { verifyPactsCommand } from "./verify-pacts-command.ts";

afterAll(stopChildren);

describe("eni-conformance pacts", () => {
  it("writes a sound Pact V4 file per surface asked for and lists the rows left out", async () => {
    const out = mkdtempSync(join(tmpdir(), "enic-pacts-cli-"));
    const r = await cli(["pacts", "--surface", "tencent-v3", "--surface", "jdcloud-vm", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const surface of ["tencent-v3", "jdcloud-vm"] as const) {
      const file = pactFile(out, surface);
      expect(pactFileProblems(file)).toEqual([]);
      const n = (JSON.parse(readFileSync(file, "utf8")) as { interactions: unknown[] }).interactions.length;
      expect(r.stdout).toContain(`${surface}: ${n} interactions -> `);
      for (const row of listUnprovokable([surface])) {
        expect(r.stdout).toContain(`not in the pact: error row ${row.row.id} (unprovokable: ${row.reason})`);
      }
    }
    expect(r.stdout).not.toContain("tencent-v2");
  });

  it("switches pact's usage tracking off before it loads pact", async () => {
    const before = process.env.PACT_DO_NOT_TRACK;
    try {
      delete process.env.PACT_DO_NOT_TRACK;
      expect(await pactsCommand(["--surface", "none"])).toBe(2);
      expect(process.env.PACT_DO_NOT_TRACK).toBe("true");
      delete process.env.PACT_DO_NOT_TRACK;
      expect(await verifyPactsCommand(["--surface", "none"])).toBe(2);
      expect(process.env.PACT_DO_NOT_TRACK).toBe("true");
    } finally {
      process.env.PACT_DO_NOT_TRACK = before ?? "true";
    }
  });

  it("refuses an unknown surface and an unknown option (exit 2)", async () => {
    const bad = await cli(["pacts", "--surface", "tencent-v9"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown surface tencent-v9/);
    const option = await cli(["pacts", "--bogus"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/usage: eni-conformance pacts/);
  });
});
