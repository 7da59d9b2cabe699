/**
 * Running a case as a property against the embedded simulator: a case passes on the faithful
 * simulator; the same case fails — with findings, its seed, a shrunk path and a replay command that
 * names them — once the simulator deviates (`PUT /_sim/deviations`); a case that runs out of its
 * budget, or whose target stops answering, is `errored`, never passed or failed; a case that cannot
 * run on its target is skipped with the reason.
 */
import { afterEach, describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { limitedKeyReason } from "../mutations/registry.ts";
import { deviationCatalogue } from "../sim/deviations.ts";
import { startSimulator } from "../sim/server.ts";
import { listCases, type SuiteCase } from "./cases.ts";
import { caseTimeoutMs, runCase } from "./runner.ts";
import { createTarget, type Target, type TargetConfig } from "./target.ts";

const opened: Target[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});

async function target(config: TargetConfig = { target: "sim" }): Promise<Target> {
  const t = await createTarget(config);
  opened.push(t);
  return t;
}

const cases = listCases();
const deviations = deviationCatalogue();

/** A deviation and a case that must notice it, picked from the catalogues (not hand-kept ids). */
function pair(surface: string, kind: string): [string, { deviation: string; c: SuiteCase }] {
  const d = deviations.find((x) => x.surface === surface && x.effect.kind === kind);
  if (!d) throw new Error(`no ${kind} deviation on ${surface}`);
  const effect = d.effect;
  const c = cases.find(
    (x) =>
      x.surface === surface &&
      (effect.kind === "ignore-rule"
        ? x.rule === effect.rule && x.ruleCase.expect === "error" && !x.ruleCase.mutate
        : effect.kind === "misspell-code"
          ? x.ruleCase.errorRows?.includes(effect.row)
          : x.ruleCase.expect === "success"),
  );
  if (!c) throw new Error(`no case notices ${d.id}`);
  return [`${c.id} under ${d.id}`, { deviation: d.id, c }];
}

describe("runCase", () => {
  it.each([
    pair("tencent-v3", "ignore-rule"),
    pair("aliyun-ecs", "misspell-code"),
    pair("jdcloud-vm", "error-on-success"),
  ])(
    "%s: passes on the faithful simulator, fails with findings when it deviates",
    async (_name, { deviation, c }) => {
      const t = await target();
      const settings = { runs: 2, seed: 4242, replayArgs: "--target sim" };
      const passed = await runCase(t, c, settings);
      expect(passed).toMatchObject({
        id: c.id,
        surface: c.surface,
        operation: c.ruleCase.operation,
        rule: c.rule,
        status: "passed",
        findings: [],
        seed: 4242,
        runs: 2,
        replay: `npx eni-conformance run --surface ${c.surface} --case '${c.id}' --seed 4242 --target sim`,
      });
      expect(passed.citation.length).toBeGreaterThan(0);
      expect(passed.reason).toBeUndefined();

      await t.control("PUT", "/_sim/deviations", { enable: [deviation] });
      const failed = await runCase(t, c, settings);
      expect(failed.status, failed.reason).toBe("failed");
      expect(failed.findings.length).toBeGreaterThan(0);
      expect(failed.findings.every((f) => f.check.length > 0 && f.message.length > 0)).toBe(true);
      expect(failed.path).toMatch(/^\d+(:\d+)*$/);
      expect(failed.replay).toBe(`${passed.replay} --path ${failed.path}`);
      expect(failed.exchange?.request).toBeDefined();

      // The replay's seed and path fail again, with the same findings.
      const again = await runCase(t, c, { ...settings, path: failed.path as string });
      expect(again).toMatchObject({ status: "failed", findings: failed.findings, path: failed.path });

      await t.control("PUT", "/_sim/deviations", { enable: [] });
      expect((await runCase(t, c, { ...settings, runs: 1 })).status).toBe("passed");
    },
  );

  it("is errored, not passed, when the case runs out of its budget", async () => {
    const t = await target({ target: "sim", caseBudgetMs: 1 });
    const c = cases.find((x) => x.surface === "tencent-v3" && x.ruleCase.expect === "success") as SuiteCase;
    const r = await runCase(t, c, { runs: 50, seed: 1 });
    expect(r.status).toBe("errored");
    expect(r.reason).toMatch(
      /^the case ran out of its time budget \(1 ms\) after \d+ of 50 runs; its outcome is not established$/,
    );
    expect(r.findings).toEqual([]);
  });

  it("is errored with the harness error when the target stops answering", async () => {
    const t = await target();
    await t.control("PUT", "/_sim/faults", { dropRate: 1 });
    const c = cases.find((x) => x.surface === "aliyun-ecs") as SuiteCase;
    const r = await runCase(t, c, { runs: 2, seed: 1 });
    expect(r.status).toBe("errored");
    expect(r.reason).toMatch(/aliyun-ecs \w+: .*\(after 1 attempt\(s\)\)/);
  });

  it.each([
    [
      "a case that changes state, on a target that does not allow it",
      { allowMutations: false, fixtures: false },
      /^changes state on the target: pass --allow-mutations to run it$/,
    ],
    [
      "a case of a surface without fixtures",
      { allowMutations: true, fixtures: false },
      /^no fixtures for tencent-v3: pass --fixtures FILE$/,
    ],
  ])("skips %s, with the reason", async (_name, how, reason) => {
    // Nothing listens there and nothing is called: the reasons are known before any request.
    const t = await target({
      target: "http://127.0.0.1:9",
      noControlPlane: true,
      allowMutations: how.allowMutations,
    });
    const c = cases.find(
      (x) => x.surface === "tencent-v3" && /^Attach/.test(x.ruleCase.operation),
    ) as SuiteCase;
    const r = await runCase(t, c, { runs: 1, seed: 1 });
    expect(r.status).toBe("skipped");
    expect(r.reason).toMatch(reason);
  });
});

describe("the rows a case's answers were", () => {
  it("are named by code, and by message where a document gives several rows one code", async () => {
    const t = await target();
    const byId = (id: string) => cases.find((x) => x.id === id) as SuiteCase;
    const jd = await runCase(t, byId("jdcloud-vm/eni.exists#1"), { runs: 2, seed: 5 });
    expect(jd).toMatchObject({ status: "passed", answeredRows: ["004/FAILED_PRECONDITION~no-permission"] });
    // A case that expects success has none.
    const ok = cases.find((x) => x.surface === "jdcloud-vm" && x.ruleCase.expect === "success") as SuiteCase;
    expect((await runCase(t, ok, { runs: 1, seed: 5 })).answeredRows).toBeUndefined();
  });
});

describe("the auth.permitted cases and the account's limited key", () => {
  const permitted = cases.filter((c) => limitedKeyReason(c.ruleCase.mutate?.kind) !== undefined);
  const account = (surface: Surface) => ({
    [surface]: { accessKeyId: "AKIDtest", secret: "testkey", from: "--account" },
  });

  it("has a case on every surface", () => {
    expect(permitted.map((c) => c.surface).sort()).toEqual([...SURFACES].sort());
  });

  it.each(permitted.map((c) => [c.id, c] as const))(
    "%s: passes with the limited key, is skipped saying how to give one without it, fails when the key may attach",
    async (_id, c) => {
      const sim = await startSimulator();
      try {
        const url = { target: sim.url, allowMutations: true, credentials: account(c.surface) };
        const without = await runCase(await target(url), c, { runs: 1, seed: 3 });
        expect(without).toMatchObject({ status: "skipped", reason: limitedKeyReason("sign.limited-key") });
        const limited = {
          [c.surface]: {
            accessKeyId: "AKIDtestlimited",
            secret: "testkey-limited",
            from: "--limited-account",
          },
        };
        const withKey = await target({ ...url, limitedCredentials: limited });
        expect(await runCase(withKey, c, { runs: 2, seed: 3 })).toMatchObject({ status: "passed" });
        // A limited key whose policy allows the call: the case fails, naming the acceptance.
        await withKey.control("PUT", "/_sim/accounts/AKIDtestlimited/policy", { allow: "all" });
        const granted = await runCase(withKey, c, { runs: 1, seed: 3, shrink: false });
        expect(granted.status).toBe("failed");
        expect(granted.findings.map((f) => f.check)).toContain("auth-rejection");
      } finally {
        await sim.close();
      }
    },
  );
});

describe("caseTimeoutMs", () => {
  it.each([
    [40_000, 140_000],
    [240_000, 540_000],
    [1, 60_002],
  ])("gives a budget of %i ms a test timeout of %i ms (twice the budget and a minute)", (budget, want) => {
    expect(caseTimeoutMs(budget)).toBe(want);
  });
});
