/**
 * Provider verification of the generated pacts with pact's Verifier against the real simulator over
 * real HTTP with real signatures: the full set of one surface verifies green; a catalogued deviation
 * makes it fail; a URL target shows, in its request log, that the replayed requests passed the
 * simulator's signature check; a target without a control plane skips (with reasons) exactly the
 * interactions it cannot take; an unreachable target is a harness error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { deviationCatalogue } from "../sim/deviations.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { listCases } from "../suites-kit/cases.ts";
import { generatePacts, pactFile } from "./generate.ts";
import type { InteractionMeta } from "./interactions.ts";
import { limitedKeyNeed, needsControl, type ProviderState } from "./states.ts";
import { verifyPacts } from "./verify.ts";

/** The simulator's account for every surface, as `--account AKIDtest:testkey` gives it. */
const ACCOUNT = Object.fromEntries(
  SURFACES.map((s) => [s, { accessKeyId: "AKIDtest", secret: "testkey", from: "--account" }]),
);

/** The default simulator's limited key (a read-only second key of AKIDtest). */
const LIMITED = Object.fromEntries(
  SURFACES.map((s) => [
    s,
    { accessKeyId: "AKIDtestlimited", secret: "testkey-limited", from: "--limited-account" },
  ]),
);

const dir = mkdtempSync(join(tmpdir(), "enic-pact-verify-"));
let sim: RunningSimulator;

beforeAll(async () => {
  await generatePacts(["tencent-v3", "aliyun-ecs", "tencent-v2", "jdcloud-vm"], dir);
  sim = await startSimulator();
}, 60_000);

afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

function interactions(surface: Surface) {
  return (
    JSON.parse(readFileSync(pactFile(dir, surface), "utf8")) as {
      interactions: { providerStates: ProviderState[]; comments: { "eni-conformance": InteractionMeta } }[];
    }
  ).interactions;
}

describe("verify-pacts", () => {
  it("verifies the full pact of tencent-v3 against the simulator started in-process", async () => {
    const report = await verifyPacts({ target: { target: "sim" }, pactsDir: dir, surfaces: ["tencent-v3"] });
    expect(report.errors).toEqual([]);
    expect(report.outcomes.filter((o) => o.status !== "verified")).toEqual([]);
    expect(report.outcomes.map((o) => o.id).sort()).toEqual(
      interactions("tencent-v3")
        .map((i) => i.comments["eni-conformance"].id)
        .sort(),
    );
  });

  it("verifies the full pacts of tencent-v2 and jdcloud-vm too (all four surfaces are green)", async () => {
    const report = await verifyPacts({
      target: { target: "sim" },
      pactsDir: dir,
      surfaces: ["tencent-v2", "jdcloud-vm"],
    });
    expect(report.errors).toEqual([]);
    expect(report.outcomes.filter((o) => o.status !== "verified")).toEqual([]);
    expect(report.outcomes.length).toBe(
      interactions("tencent-v2").length + interactions("jdcloud-vm").length,
    );
  });

  it("fails when the simulator runs catalogued deviations (a rule not enforced, an error code misspelt)", async () => {
    const catalogue = deviationCatalogue().filter((d) => d.surface === "tencent-v3");
    const ignore = catalogue.find(
      (d) => d.effect.kind === "ignore-rule" && d.breaks.rule === "eni.single-attachment",
    );
    const misspell = catalogue.find(
      (d) => d.effect.kind === "misspell-code" && d.breaks.row === "002/ResourceNotFound",
    );
    if (!ignore || !misspell) throw new Error("the deviations this test uses are not in the catalogue");
    const rules = ["eni.single-attachment", "eni.exists", "instance.state-running-or-stopped"];
    const report = await verifyPacts({
      target: { target: "sim" },
      pactsDir: dir,
      surfaces: ["tencent-v3"],
      only: (id) => rules.some((r) => id.startsWith(`tencent-v3/${r}#`)),
      onTarget: async (t) => {
        await t.control("PUT", "/_sim/deviations", { enable: [ignore.id, misspell.id] });
      },
    });
    expect(report.errors).toEqual([]);
    // The cases a deviation touches: the rule's plain error case, and every case expecting the row.
    const broken = listCases(["tencent-v3"])
      .filter((c) => rules.includes(c.rule))
      .filter(
        (c) =>
          (c.rule === "eni.single-attachment" && c.ruleCase.expect === "error" && !c.ruleCase.mutate) ||
          c.rows.some((r) => r.id === "002/ResourceNotFound"),
      )
      .map((c) => c.id);
    expect(broken.length).toBeGreaterThanOrEqual(2);
    const failed = report.outcomes.filter((o) => o.status === "failed");
    expect(failed.map((o) => o.id).sort()).toEqual(broken.sort());
    expect(failed.find((o) => o.id.includes("eni.exists"))?.detail).toMatch(/ResourceNotFound/);
    expect(report.outcomes.filter((o) => o.status === "verified").length).toBeGreaterThan(0);
  });

  it("fails success interactions when errors come instead, and skips states that cannot be reached", async () => {
    const deviation = deviationCatalogue().find(
      (d) => d.surface === "tencent-v3" && d.effect.kind === "error-on-success",
    );
    if (!deviation) throw new Error("no error-on-success deviation for tencent-v3");
    const report = await verifyPacts({
      target: { target: "sim" },
      pactsDir: dir,
      surfaces: ["tencent-v3"],
      only: (id) =>
        id.startsWith("tencent-v3/instance.state-running-or-stopped#") || id.includes("idempotency"),
      onTarget: async (t) => {
        await t.control("PUT", "/_sim/deviations", { enable: [deviation.id] });
      },
    });
    expect(report.errors).toEqual([]);
    const cases = listCases(["tencent-v3"]);
    const plainSuccess = cases
      .filter((c) => c.rule === "instance.state-running-or-stopped" && c.ruleCase.expect === "success")
      .map((c) => c.id);
    const failed = report.outcomes.filter((o) => o.status === "failed");
    expect(failed.map((o) => o.id).sort()).toEqual(expect.arrayContaining(plainSuccess));
    // Tencent answers errors with HTTP 200: the success envelope forbids `Response.Error`.
    for (const o of failed.filter((x) => plainSuccess.includes(x.id))) expect(o.detail).toMatch(/Error/);
    // The idempotency states need an earlier call to succeed; the deviation makes that impossible.
    const idem = report.outcomes.filter((o) => o.id.includes("idempotency"));
    expect(idem.length).toBe(cases.filter((c) => c.rule === "idempotency.client-token").length);
    for (const o of idem) {
      expect(o.status).toBe("skipped");
      expect(o.notSetUp).toBe(true);
      expect(o.detail).toMatch(/could not be set up: .*did not succeed: InternalError/);
    }
  });

  it.each(
    deviationCatalogue()
      .filter((d) => d.surface === "aliyun-ecs" && d.breaks.envelope !== undefined)
      // What holds after the call (an async task completing) is beyond a pact: `run` checks that.
      .filter((d) => d.effect.kind !== "missing-async-task")
      .map((d) => [d.id]),
  )("fails on the envelope deviation %s", async (id) => {
    const report = await verifyPacts({
      target: { target: "sim" },
      pactsDir: dir,
      surfaces: ["aliyun-ecs"],
      only: (x) => ["aliyun-ecs/eni.exists#1", "aliyun-ecs/instance.state-running-or-stopped#1"].includes(x),
      onTarget: async (t) => {
        await t.control("PUT", "/_sim/deviations", { enable: [id] });
      },
    });
    expect(report.errors).toEqual([]);
    expect(report.outcomes.length).toBe(2);
    expect(report.outcomes.filter((o) => o.status === "failed").length).toBeGreaterThan(0);
  });

  it("signs every replayed request afresh: a URL target's log shows them accepted for the account", async () => {
    await request(`${sim.url}/_sim/requests`, { method: "DELETE" }).then((r) => r.body.text());
    const report = await verifyPacts({
      target: {
        target: sim.url,
        credentials: ACCOUNT,
        limitedCredentials: LIMITED,
      },
      pactsDir: dir,
      surfaces: ["aliyun-ecs"],
    });
    expect(report.errors).toEqual([]);
    expect(report.outcomes.filter((o) => o.status !== "verified")).toEqual([]);
    const log = (await (await request(`${sim.url}/_sim/requests`)).body.json()) as {
      requests: { account?: string; operation?: string; status: number; code?: string }[];
    };
    const successes = interactions("aliyun-ecs").filter(
      (i) => i.comments["eni-conformance"].expect === "success",
    );
    const accepted = log.requests.filter((r) => r.account === "AKIDtest" && r.status === 200);
    expect(accepted.length).toBeGreaterThanOrEqual(successes.length);
    // The signature cases were signed wrongly on purpose and refused before any account was known.
    expect(log.requests.some((r) => r.code === "SignatureDoesNotMatch")).toBe(true);
    // The permission case was signed by the limited key, and refused for its policy.
    expect(log.requests.filter((r) => r.account === "AKIDtestlimited").map((r) => r.code)).toEqual([
      "Forbidden.SubUser",
    ]);
  });

  it("skips, with the reason, what a target without a control plane or a limited key cannot take, and verifies the rest", async () => {
    const fixtures = (await (
      await request(`${sim.url}/_sim/fixtures?surface=tencent-v3`)
    ).body.json()) as object;
    const file = join(dir, "fixtures.json");
    writeFileSync(file, JSON.stringify({ "tencent-v3": fixtures }));
    await request(`${sim.url}/_sim/reset`, { method: "POST" }).then((r) => r.body.text());
    const report = await verifyPacts({
      target: { target: sim.url, fixtures: file, noControlPlane: true, credentials: ACCOUNT },
      pactsDir: dir,
      surfaces: ["tencent-v3"],
    });
    expect(report.errors).toEqual([]);
    const limited = (i: { providerStates: ProviderState[] }) =>
      i.providerStates.some((s) => limitedKeyNeed(s) !== undefined);
    const cannot = interactions("tencent-v3")
      .filter(
        (i) =>
          i.comments["eni-conformance"].changesState || i.providerStates.some(needsControl) || limited(i),
      )
      .map((i) => i.comments["eni-conformance"].id);
    const skipped = report.outcomes.filter((o) => o.status === "skipped");
    expect(skipped.map((o) => o.id).sort()).toEqual(cannot.sort());
    expect(skipped.map((o) => o.id)).toContain("tencent-v3/auth.permitted#1");
    for (const o of skipped)
      expect(o.detail).toMatch(
        o.id === "tencent-v3/auth.permitted#1" ? /--limited-account/ : /control plane/,
      );
    expect(report.outcomes.filter((o) => o.status === "failed")).toEqual([]);
    expect(report.outcomes.filter((o) => o.status === "verified").length).toBe(
      interactions("tencent-v3").length - cannot.length,
    );
  });

  it("reports an unreachable target as a harness error", async () => {
    const closed = await startSimulator();
    const url = closed.url;
    await closed.close();
    await expect(
      verifyPacts({ target: { target: url, credentials: ACCOUNT }, pactsDir: dir, surfaces: ["tencent-v3"] }),
    ).rejects.toThrow(/does not answer/);
  });
});
