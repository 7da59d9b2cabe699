/**
 * The conformance suite stays green against real-world envelopes: every item of a run (all four
 * surfaces, one run per case) against the embedded simulator with the `vary` fault on — answers laid
 * out, ordered and filled as the real gateways also send them, where the documents allow — passes
 * or is skipped with a reason. That the variations really reach the wire is src/sim/vary.test.ts.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { defaultRunConfig } from "../src/config/load.ts";
import { type Engine, openEngine } from "../src/engine/engine.ts";

let engine: Engine | undefined;

beforeAll(async () => {
  engine = await openEngine({ ...defaultRunConfig(), runs: 1 });
  await engine.target?.control("PUT", "/_sim/faults", { vary: true });
});
afterAll(async () => {
  await engine?.close();
});

it("every case passes, or is skipped with a reason, against the varying simulator", async () => {
  if (!engine?.target) throw new Error("harness error: the engine did not open a target");
  expect(await engine.target.control("GET", "/_sim/faults")).toMatchObject({ vary: true });
  const surfaces = new Set<string>();
  const broken: string[] = [];
  for (const item of engine.items) {
    const result = await engine.run(item);
    surfaces.add(result.surface);
    const ok = result.status === "passed" || (result.status === "skipped" && (result.reason ?? "") !== "");
    if (!ok) {
      broken.push(
        `${result.id}: ${result.status} ${result.reason ?? ""}${result.findings.map((f) => `\n  [${f.check}] ${f.message}`).join("")}`,
      );
    }
  }
  expect(broken).toEqual([]);
  // No case turned the variations off on the way (a reset keeps the faults).
  expect(await engine.target.control("GET", "/_sim/faults")).toMatchObject({ vary: true });
  expect([...surfaces].sort()).toEqual(["aliyun-ecs", "jdcloud-vm", "tencent-v2", "tencent-v3"]);
}, 60_000);
