import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULTS,
  findConfigFile,
  parseRateLimits,
  readConfigFile,
  resolveRunOptions,
} from "./run-config.ts";

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "enic-config-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("run configuration", () => {
  it.each([
    ["defaults only", { cli: {}, env: {}, file: {} }, DEFAULTS],
    [
      "the file over the defaults",
      { cli: {}, env: {}, file: { runs: 7, target: "http://127.0.0.1:9" } },
      { ...DEFAULTS, runs: 7, target: "http://127.0.0.1:9" },
    ],
    [
      "the environment over the file",
      {
        cli: {},
        env: { ENIC_RUNS: "9", ENIC_TARGET: "sim" },
        file: { runs: 7, target: "http://127.0.0.1:9" },
      },
      { ...DEFAULTS, runs: 9, target: "sim" },
    ],
    [
      "the command line over everything",
      {
        cli: { runs: 1, surfaces: ["jdcloud-vm"] },
        env: { ENIC_RUNS: "9" },
        file: { runs: 7, surfaces: ["aliyun-ecs"] },
      },
      { ...DEFAULTS, runs: 1, surfaces: ["jdcloud-vm"] },
    ],
    [
      "an empty surface list does not override",
      { cli: { surfaces: [] }, env: {}, file: { surfaces: ["aliyun-ecs"] } },
      { ...DEFAULTS, surfaces: ["aliyun-ecs"] },
    ],
  ] as const)("%s", (_name, { cli, env, file: f }, want) => {
    expect(resolveRunOptions(cli as never, env, f as never)).toEqual(want);
  });

  it("merges rate limits per operation across the layers (command line > environment > file)", () => {
    const merged = resolveRunOptions(
      { rateLimits: { "tencent-v3/AttachNetworkInterface": 10 } },
      { ENIC_RATE_LIMITS: "tencent-v3/AttachNetworkInterface=20,aliyun-ecs/DescribeNetworkInterfaces=5" },
      { rateLimits: { "jdcloud-vm/attachNetworkInterface": 2, "aliyun-ecs/DescribeNetworkInterfaces": 1 } },
    );
    expect(merged.rateLimits).toEqual({
      "tencent-v3/AttachNetworkInterface": 10,
      "aliyun-ecs/DescribeNetworkInterfaces": 5,
      "jdcloud-vm/attachNetworkInterface": 2,
    });
    expect(resolveRunOptions({}, { ENIC_ASYNC_WAIT_MS: "5000" }, { asyncWaitMs: 100 }).asyncWaitMs).toBe(
      5000,
    );
  });

  it("refuses a malformed rate with the entry and the expected form", () => {
    expect(() => parseRateLimits(["tencent-v3/AttachNetworkInterface=0"], "--rate")).toThrow(
      /--rate: "tencent-v3\/AttachNetworkInterface=0" must be <surface>\/<Operation>=N with N > 0/,
    );
    expect(() => resolveRunOptions({}, { ENIC_RATE_LIMITS: "aws/RunInstances=1" }, {})).toThrow(
      /ENIC_RATE_LIMITS/,
    );
  });

  it("refuses a non-numeric ENIC_RUNS with a clear message", () => {
    expect(() => resolveRunOptions({}, { ENIC_RUNS: "many" }, {})).toThrow(
      /ENIC_RUNS must be a whole number/,
    );
  });

  it("reads YAML, resolves paths against the file's folder, and names env variables for accounts", () => {
    const path = file(
      "eni-conformance.config.yaml",
      "target: http://127.0.0.1:8080\nfixtures: fixtures.yaml\nallowMutations: true\naccounts:\n  tencent-v3: { accessKeyIdEnv: STAGING_TC_ID, secretEnv: STAGING_TC_KEY }\n",
    );
    const config = readConfigFile(path);
    expect(config.fixtures).toBe(join(path, "..", "fixtures.yaml"));
    expect(config.accounts?.["tencent-v3"]).toEqual({
      accessKeyIdEnv: "STAGING_TC_ID",
      secretEnv: "STAGING_TC_KEY",
    });
    expect(findConfigFile(undefined, join(path, ".."))).toBe(path);
  });

  it.each([
    ["an unknown key", "tagret: sim\n", /must NOT have additional properties \(tagret\)/],
    [
      "a secret in place of an env var name",
      "accounts:\n  aliyun-ecs: { accessKeyIdEnv: LTAI5t, secretEnv: abc/def+ghi }\n",
      /secretEnv must match pattern/,
    ],
    ["a bad surface", "surfaces: [aws]\n", /surfaces\/0 must be equal to one of the allowed values/],
    ["a rate of zero", "rateLimits:\n  tencent-v3/AttachNetworkInterface: 0\n", /must be > 0/],
    ["a rate for no surface", "rateLimits:\n  aws/RunInstances: 1\n", /property name must be valid/],
  ])("refuses %s with the path of the problem", (_name, text, message) => {
    expect(() => readConfigFile(file("bad.yaml", text))).toThrow(message);
  });
});
