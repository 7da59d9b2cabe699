/**
 * How a run's surfaces are split over workers: one per core from 10 runs per case on the embedded
 * simulator, one below; one whenever the run cannot be split, and a clear refusal when more were
 * asked for.
 */
import { describe, expect, it } from "vitest";
import { defaultRunConfig } from "../../config/load.ts";
import type { RunConfig } from "../../config/run-config.ts";
import { workerGroups } from "./workers.ts";

/** The surfaces the expected groups below are for, whatever else the registry holds. */
const FOUR: RunConfig["surfaces"] = ["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"];
const config = (over: Partial<RunConfig>): RunConfig => ({
  ...defaultRunConfig("/tmp"),
  surfaces: FOUR,
  ...over,
});

describe("worker groups", () => {
  it.each([
    ["3 runs: one worker", {}, 2, [["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"]]],
    [
      "100 runs on 2 cores: two",
      { runs: 100 },
      2,
      [
        ["tencent-v2", "aliyun-ecs"],
        ["tencent-v3", "jdcloud-vm"],
      ],
    ],
    ["asked for 3", { workers: 3 }, 2, [["tencent-v2", "jdcloud-vm"], ["tencent-v3"], ["aliyun-ecs"]]],
    ["never more than surfaces", { workers: 8, surfaces: ["aliyun-ecs"] }, 8, [["aliyun-ecs"]]],
    [
      "a real target: one",
      { runs: 100, target: "http://127.0.0.1:9" },
      4,
      [["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"]],
    ],
  ] as const)("%s", (_name, over, cores, want) => {
    expect(workerGroups(config(over as Partial<RunConfig>), cores)).toEqual(want);
  });

  it.each([
    ["a real target", { target: "http://127.0.0.1:9" }],
    ["SDK mode", { client: "eni-conformance" }],
    ["one case", { caseId: "tencent-v3/eni.exists#1" }],
    ["a cassette", { record: "/tmp/c" }],
    ["rate limits", { rateLimits: { "tencent-v3/AttachNetworkInterface": 5 } }],
  ] as const)("refuses --workers 2 for %s", (reason, over) => {
    expect(() => workerGroups(config({ ...(over as Partial<RunConfig>), workers: 2 }), 2)).toThrow(
      `--workers 2: ${reason} runs in one worker`,
    );
  });
});
