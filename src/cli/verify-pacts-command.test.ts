/**
 * `eni-conformance verify-pacts` end to end, in child processes: the generated pact of a surface
 * verifies against the simulator the command starts in-process (exit 0); against a standalone
 * simulator told to deviate, the interaction the deviation breaks fails (exit 1); a missing pact, an
 * unreachable target and a target without fixtures are harness errors (exit 2).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePacts, pactFile } from "../pact/generate.ts";
import { startSimulator } from "../sim/server.ts";
import { listCases } from "../suites-kit/cases.ts";
import { cli, startSimProcess, stopChildren } from "../testing/cli.ts";

afterAll(stopChildren);

const dir = mkdtempSync(join(tmpdir(), "enic-verify-pacts-cli-"));
let count = 0;

beforeAll(async () => {
  await generatePacts(["tencent-v3"], dir);
  count = (JSON.parse(readFileSync(pactFile(dir, "tencent-v3"), "utf8")) as { interactions: unknown[] })
    .interactions.length;
}, 90_000);

describe("eni-conformance verify-pacts", () => {
  it("verifies a surface's pact against the simulator it starts (exit 0)", async () => {
    const r = await cli(["verify-pacts", "--pacts", dir, "--surface", "tencent-v3"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("verify-pacts against sim");
    expect(r.stdout).toMatch(new RegExp(`tencent-v3\\s+${count}\\s+0\\s+0`));
    expect(r.stdout).not.toMatch(/FAILED|ERROR/);
  });

  it("fails the interaction a deviation of a standalone simulator breaks (exit 1)", async () => {
    const url = await startSimProcess(["--deviate", "tencent-v3:ignore:eni.single-attachment"]);
    const r = await cli([
      ...["verify-pacts", "--target", url, "--account", "AKIDtest:testkey"],
      // The standalone simulator's default limited key, for the interaction signed by it.
      ...["--limited-account", "AKIDtestlimited:testkey-limited"],
      ...["--pacts", dir, "--surface", "tencent-v3"],
    ]);
    expect(r.code).toBe(1);
    const broken = listCases(["tencent-v3"]).filter(
      (c) => c.rule === "eni.single-attachment" && c.ruleCase.expect === "error" && !c.ruleCase.mutate,
    );
    expect(broken.length).toBeGreaterThan(0);
    for (const c of broken) expect(r.stdout).toContain(`FAILED  ${c.id} `);
    expect(r.stdout).toMatch(new RegExp(`tencent-v3\\s+${count - broken.length}\\s+${broken.length}\\s+0`));
  });

  it("is a harness error (exit 2) without a pact, without fixtures, or without a target", async () => {
    const empty = mkdtempSync(join(tmpdir(), "enic-no-pacts-"));
    const none = await cli(["verify-pacts", "--pacts", empty, "--surface", "tencent-v3"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no pact for tencent-v3 .*run `eni-conformance pacts` first/);

    const url = await startSimProcess();
    const blind = await cli([
      ...["verify-pacts", "--target", url, "--account", "AKIDtest:testkey", "--no-control-plane"],
      ...["--pacts", dir, "--surface", "tencent-v3"],
    ]);
    expect(blind.code).toBe(2);
    expect(blind.stdout).toMatch(/ERROR\s+tencent-v3: no fixtures/);

    const gone = await startSimulator();
    await gone.close();
    const down = await cli([
      ...["verify-pacts", "--target", gone.url, "--account", "AKIDtest:testkey"],
      ...["--pacts", dir, "--surface", "tencent-v3"],
    ]);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/does not answer/);
  });
});
