/**
 * An SDK's burst (the `rate.burst` cases) proves something only if it fits in one second or was
 * refused, as in the suites: a burst that spreads wider unrefused is sent again, and after three of
 * them the case is a harness error naming the time they took — a busy machine is never reported as
 * an SDK or a target that does not throttle. Played with the simulator's own latency fault (every
 * answer 1.1 s late) and its throttling of the operation set out of reach.
 */
import { describe, expect, it } from "vitest";
import { listCases } from "../suites-kit/cases.ts";
import { eniConformanceAdapter } from "./adapters/eni-conformance.ts";
import { runSdkCase } from "./executor.ts";
import { startSdkSession } from "./session.ts";

describe("an SDK burst", () => {
  it("that never fits in one second unrefused is a harness error after three tries, not a verdict", async () => {
    const c = listCases(["tencent-v3"]).find((x) => x.ruleCase.mutate?.kind === "rate.burst");
    if (!c) throw new Error("tencent-v3 has no rate.burst case");
    const session = await startSdkSession({
      adapter: eniConformanceAdapter,
      seed: 1,
      runs: 1,
      replayArgs: "",
    });
    try {
      // Every answer 1.1 s late, and the operation's limit far above the burst: never refused.
      await session.target.control("PUT", "/_sim/faults", {
        latencyMs: 1100,
        throttle: { [`tencent-v3/${c.ruleCase.operation}`]: 100_000 },
      });
      const r = await runSdkCase(session, c);
      expect(r.status).toBe("errored");
      expect(r.reason).toMatch(
        /a burst of \d+ SDK calls never fitted in one second \(they took \d+, \d+, \d+ ms\)/,
      );
      expect(r.findings).toEqual([]);
    } finally {
      await session.close();
    }
  }, 30_000);
});
