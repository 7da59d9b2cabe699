import { describe, expect, it } from "vitest";
import { listCases } from "./cases.ts";
import { planText } from "./plan.ts";
import type { Fixtures } from "./target.ts";

const fixtures: Fixtures = {
  surface: "tencent-v3",
  region: "ap-guangzhou",
  zones: { main: "ap-guangzhou-3", other: "ap-guangzhou-4" },
  roles: { "eni.available": "eni-aaaaaaaa", "instance.running": "ins-bbbbbbbb" },
};

describe("the plan", () => {
  it("names the fixtures state-changing cases touch and bounds their calls", () => {
    const text = planText(
      listCases(["tencent-v3"]),
      { "tencent-v3": fixtures },
      { target: "https://vpc.example", runs: 2, allowMutations: true },
    );
    expect(text).toMatch(/^plan for https:\/\/vpc\.example \(2 runs per case\):/);
    expect(text).toMatch(
      /tencent-v3: \d+ cases, \d+ of them call attach\/detach\/migrate \(≤ \d+ state-changing calls/,
    );
    expect(text).toContain("eni.available=eni-aaaaaaaa");
    expect(text).toContain("instance.pending=(missing)");
  });

  it("says nothing will change without --allow-mutations, and flags surfaces without fixtures", () => {
    const text = planText(
      listCases(["aliyun-ecs"]),
      {},
      { target: "https://ecs.example", runs: 1, allowMutations: false },
    );
    expect(text).toContain("skipped without --allow-mutations");
    expect(text).toContain("no fixtures: every case of this surface is skipped");
    expect(text).toContain("read-only");
  });

  it("read-only, says why each case that runs is safe: the operations it calls change no state", () => {
    const text = planText(
      listCases(["tencent-v3"]),
      { "tencent-v3": fixtures },
      { target: "https://vpc.example", runs: 1, allowMutations: false },
    );
    const line = text.split("\n").find((l) => l.includes("read-only: they call only")) ?? "";
    const reads = listCases(["tencent-v3"]).filter(
      (c) => !/^(Attach|Detach|Migrate)/.test(c.ruleCase.operation),
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(line).toContain(`runs ${reads.length} read-only`);
    for (const c of reads) expect(line).toContain(c.id);
    expect(line).not.toMatch(/call only[^—]*(Attach|Detach|Migrate)/);
  });
});
