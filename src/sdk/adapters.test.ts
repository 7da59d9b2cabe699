/**
 * Every built-in SDK adapter over every case of its surfaces against the simulator on 127.0.0.1
 * (real HTTP, real signatures, the official SDKs as installed): the catalogue cases keep their
 * promises on the faithful simulator or are skipped with a reason; the known differences between
 * the official SDKs (shared knowledge: src/sim/interop/) show up as findings of the SDK probes, in
 * the report too, never as crashes; and our own client retries where the vendor SDKs do not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { planItems } from "../engine/items.ts";
import { buildReport } from "../report/build.ts";
import { reportMarkdown } from "../report/markdown.ts";
import { reportErrors } from "../report/validate.ts";
import { listCases, listUnprovokable } from "../suites-kit/cases.ts";
import type { SdkAdapter } from "./adapter.ts";
import { alicloudEcsAdapter } from "./adapters/alicloud-ecs.ts";
import { eniConformanceAdapter } from "./adapters/eni-conformance.ts";
import { jdcloudAdapter } from "./adapters/jdcloud.ts";
import { popCoreAdapter } from "./adapters/pop-core.ts";
import { tencentcloudAdapter } from "./adapters/tencentcloud.ts";
import { INEXPRESSIBLE, type SdkCaseResult } from "./executor.ts";
import { PROBES } from "./probes.ts";
import { runSdkItem, startSdkSession } from "./session.ts";

const runs = new Map<string, Promise<SdkCaseResult[]>>();

/** Everything an SDK run covers for `adapter`, run once per file with its own simulator. */
function resultsOf(adapter: SdkAdapter): Promise<SdkCaseResult[]> {
  let results = runs.get(adapter.name);
  if (!results) {
    results = (async () => {
      const session = await startSdkSession({
        adapter,
        seed: 42,
        runs: 1,
        replayArgs: `--client ${adapter.name}`,
      });
      try {
        const out: SdkCaseResult[] = [];
        for (const item of planItems({ surfaces: [...adapter.surfaces], client: adapter.name }))
          out.push(await runSdkItem(session, item));
        return out;
      } finally {
        await session.close();
      }
    })();
    runs.set(adapter.name, results);
  }
  return results;
}

/** The results of `name`'s run, filled in before the describe's tests. */
function useRun(name: string): { results: SdkCaseResult[] } {
  const state: { results: SdkCaseResult[] } = { results: [] };
  beforeAll(async () => {
    state.results = await resultsOf(ADAPTERS[name] as SdkAdapter);
  }, 120_000); // one SDK run, slower when the machine is shared
  return state;
}

const isProbe = (r: SdkCaseResult) => r.rule.startsWith("sdk.");
const probe = (results: SdkCaseResult[], surface: Surface, name: string) => {
  const found = results.find((r) => r.id === `${surface}/${name}`);
  if (!found) throw new Error(`no result for ${surface}/${name}`);
  return found;
};
const checks = (r: SdkCaseResult) => r.findings.map((f) => f.check).sort();

const ADAPTERS: Readonly<Record<string, SdkAdapter>> = Object.fromEntries(
  [tencentcloudAdapter, alicloudEcsAdapter, popCoreAdapter, jdcloudAdapter, eniConformanceAdapter].map(
    (a) => [a.name, a],
  ),
);
const OFFICIAL = ["tencentcloud-sdk-nodejs", "@alicloud/ecs20140526", "@alicloud/pop-core", "jdcloud-sdk-js"];

describe.each(OFFICIAL)("%s over its surface's cases", (name) => {
  const adapter = ADAPTERS[name] as SdkAdapter;
  const run = useRun(name);

  it("covers every catalogue case, every unprovokable row and every probe of its surface", () => {
    const expected = [
      ...listCases(adapter.surfaces).map((c) => c.id),
      ...listUnprovokable(adapter.surfaces).map((u) => u.id),
      ...adapter.surfaces.flatMap((s) => PROBES.map((p) => `${s}/${p}`)),
    ].sort();
    expect(run.results.map((r) => r.id).sort()).toEqual(expected);
    expect(run.results.every((r) => r.sdk.client === adapter.name)).toBe(true);
  });

  it("keeps every catalogue promise on the faithful simulator, or skips the case with its reason", () => {
    const cases = run.results.filter((r) => !isProbe(r));
    const bad = cases.filter((r) => r.status !== "passed" && r.status !== "skipped");
    expect(bad.map((r) => `${r.id}: ${r.reason ?? r.findings.map((f) => f.message).join("; ")}`)).toEqual([]);
    for (const r of cases.filter((x) => x.status === "skipped")) expect(r.reason, r.id).toMatch(/\S{10}/);
    for (const r of cases.filter((x) => x.status === "passed")) expect(r.sdk.ok, r.id).toBe(true);
    expect(cases.filter((r) => r.status === "passed").length).toBeGreaterThan(cases.length / 2);
  });

  it("reports the cases an SDK cannot express as skipped with the reason, never as passed", () => {
    const byId = new Map(run.results.map((r) => [r.id, r]));
    const inexpressible = listCases(adapter.surfaces).filter(
      (c) => (c.ruleCase.mutate?.kind ?? "") in INEXPRESSIBLE,
    );
    expect(inexpressible.length).toBeGreaterThan(0);
    for (const c of inexpressible) {
      const r = byId.get(c.id);
      expect(r?.status, c.id).toBe("skipped");
      expect(r?.reason).toContain(INEXPRESSIBLE[c.ruleCase.mutate?.kind ?? ""]);
      expect(r?.sdk.ok).toBe(false);
    }
  });

  it("runs every probe to a verdict (passed or a finding), never a harness error", () => {
    const probes = run.results.filter(isProbe);
    expect(probes.filter((r) => r.status === "errored").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
    for (const r of probes.filter((x) => x.status === "failed")) {
      expect(r.findings.length, r.id).toBeGreaterThan(0);
      expect(r.sdk.ok).toBe(false);
    }
  });

  it("writes a schema-valid report whose cases carry what the SDK surfaced", () => {
    const report = buildReport(run.results, { target: "sim", seed: 42, runs: 1, surfaces: adapter.surfaces });
    expect(reportErrors(report)).toEqual([]);
    expect(report.cases.every((c) => c.sdk?.client === adapter.name)).toBe(true);
    const md = reportMarkdown(report);
    expect(md).toContain(`## SDK: ${adapter.name}`);
    for (const f of report.cases.flatMap((c) => c.findings)) expect(md).toContain(f.message.slice(0, 60));
  });
});

describe("the known differences between the official SDKs are findings", () => {
  const tencent = useRun("tencentcloud-sdk-nodejs");
  const ecs = useRun("@alicloud/ecs20140526");
  const pop = useRun("@alicloud/pop-core");
  const jd = useRun("jdcloud-sdk-js");

  it("Tencent loses the error code and the request id on an answer that is not HTTP 200", () => {
    const r = probe(tencent.results, "tencent-v3", "sdk.status-independence");
    expect(r.status).toBe("failed");
    expect(checks(r)).toEqual(["sdk-code", "sdk-request-id"]);
    expect(r.sdk.surfaced).toMatch(/no code/);
    expect(r.sdk.surfaced).toMatch(/HTTP 500 at httpCode/);
  });

  it("pop-core names errors after their code and keeps the HTTP status only in entry.response.statusCode", () => {
    const r = probe(pop.results, "aliyun-ecs", "sdk.error-shape");
    expect(r.status).toBe("failed");
    const messages = r.findings.map((f) => f.message).join("\n");
    expect(messages).toMatch(
      /type changes with the code \(InvalidEniId\.NotFoundError for InvalidEniId\.NotFound/,
    );
    expect(messages).toContain("only at entry.response.statusCode");
    // ... and reads the code from the body whatever the status: the envelope survives a changed status.
    expect(probe(pop.results, "aliyun-ecs", "sdk.status-independence").status).toBe("passed");
  });

  it("JD rejects with a plain object, not an Error, and has no timeout", () => {
    const shape = probe(jd.results, "jdcloud-vm", "sdk.error-shape");
    expect(shape.status).toBe("failed");
    expect(shape.findings.map((f) => f.message).join("\n")).toMatch(
      /rejects with a plain object, not an Error/,
    );
    const timeout = probe(jd.results, "jdcloud-vm", "sdk.timeout");
    expect(timeout.status).toBe("failed");
    expect(checks(timeout)).toEqual(["sdk-timeout"]);
  });

  it("the ECS SDK and JD take an error envelope that comes with HTTP 200 for success", () => {
    for (const [results, surface] of [
      [ecs.results, "aliyun-ecs"],
      [jd.results, "jdcloud-vm"],
    ] as const) {
      const r = probe(results, surface, "sdk.status-independence");
      expect(r.status).toBe("failed");
      expect(checks(r)).toEqual(["sdk-outcome"]);
    }
  });

  it("no official SDK retries throttling or internal errors by default: one attempt each", () => {
    for (const [results, surface] of [
      [tencent.results, "tencent-v3"],
      [ecs.results, "aliyun-ecs"],
      [pop.results, "aliyun-ecs"],
      [jd.results, "jdcloud-vm"],
    ] as const) {
      for (const name of ["sdk.retry-throttling", "sdk.retry-internal-error"]) {
        const r = probe(results, surface, name);
        expect(r.status, `${surface} ${name}`).toBe("failed");
        expect(checks(r)).toEqual(["sdk-retry"]);
        expect(r.sdk.surfaced).toMatch(/, 1 attempt$/);
      }
    }
  });

  it("the SDKs with a timeout setting give up by themselves when it is small", () => {
    for (const [results, surface] of [
      [tencent.results, "tencent-v3"],
      [ecs.results, "aliyun-ecs"],
      [pop.results, "aliyun-ecs"],
    ] as const) {
      const r = probe(results, surface, "sdk.timeout");
      expect(r.status, `${surface}: ${r.sdk.surfaced}`).toBe("passed");
      expect(r.sdk.surfaced).toMatch(/^gave up before the answer: SDK threw/);
    }
  });
});

describe("our own client (src/client) on every surface", () => {
  const ours = useRun("eni-conformance");

  it("keeps every catalogue promise it can express, and retries throttling and internal errors", () => {
    const cases = ours.results.filter((r) => !isProbe(r));
    expect(cases.filter((r) => r.status === "failed" || r.status === "errored").map((r) => r.id)).toEqual([]);
    for (const surface of SURFACES) {
      for (const name of ["sdk.retry-throttling", "sdk.retry-internal-error", "sdk.timeout"]) {
        const r = probe(ours.results, surface, name);
        expect(r.status, `${surface} ${name}: ${r.sdk.surfaced}`).toBe("passed");
      }
      expect(probe(ours.results, surface, "sdk.retry-internal-error").sdk.surfaced).toMatch(
        /, [2-9] attempts$/,
      );
    }
  });
});
