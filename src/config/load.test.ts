/**
 * The run configuration: the precedence of the layers (command line > environment > config file >
 * defaults) per option, credentials per surface with where they came from (never the value), and
 * clear refusals naming the option, variable or file at fault.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SURFACES } from "../contracts/surfaces.ts";
import { findConfigFile, readConfigFile } from "./config-file.ts";
import { DEFAULTS, defaultRunConfig, loadRunConfig } from "./load.ts";
import { parseRateLimits } from "./rates.ts";

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), "enic-config-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

const load = (argv: string[], env: Record<string, string> = {}, cwd = dir()) =>
  loadRunConfig({ argv, env, cwd });

describe("run configuration", () => {
  it("is the defaults when nothing is set: the embedded simulator, every surface", () => {
    const cwd = dir();
    expect(load([], {}, cwd)).toEqual(defaultRunConfig(cwd));
    expect(defaultRunConfig(cwd)).toMatchObject({ ...DEFAULTS, surfaces: [...SURFACES], rateLimits: {} });
  });

  it.each([
    [
      "the file over the defaults",
      { argv: [], env: {}, file: "runs: 7\ntarget: http://127.0.0.1:9\n" },
      { runs: 7, target: "http://127.0.0.1:9" },
    ],
    [
      "the environment over the file",
      {
        argv: [],
        env: { ENIC_RUNS: "9", ENIC_TARGET: "sim" },
        file: "runs: 7\ntarget: http://127.0.0.1:9\n",
      },
      { runs: 9, target: "sim" },
    ],
    [
      "the command line over everything",
      {
        argv: ["--runs", "1", "--surface", "jdcloud-vm"],
        env: { ENIC_RUNS: "9" },
        file: "runs: 7\nsurfaces: [aliyun-ecs]\n",
      },
      { runs: 1, surfaces: ["jdcloud-vm"] },
    ],
    [
      "surfaces in the order of SURFACES, each once",
      {
        argv: ["--surface", "jdcloud-vm", "--surface", "tencent-v2", "--surface", "jdcloud-vm"],
        env: {},
        file: "",
      },
      { surfaces: ["tencent-v2", "jdcloud-vm"] },
    ],
    [
      "ENIC_SURFACES comma-separated, and ENIC_ALLOW_MUTATIONS=1",
      { argv: [], env: { ENIC_SURFACES: "aliyun-ecs,tencent-v3", ENIC_ALLOW_MUTATIONS: "1" }, file: "" },
      { surfaces: ["tencent-v3", "aliyun-ecs"], allowMutations: true },
    ],
    [
      "the case budget from the environment",
      { argv: [], env: { ENIC_CASE_BUDGET_MS: "5000" }, file: "caseBudgetMs: 2000\n" },
      { caseBudgetMs: 5000 },
    ],
  ] as const)("%s", (_name, { argv, env, file }, want) => {
    const cwd = dir(file ? { "eni-conformance.config.yaml": file } : {});
    expect(loadRunConfig({ argv, env, cwd })).toMatchObject(want);
  });

  it("merges rate limits per operation across the layers (command line > environment > file)", () => {
    const cwd = dir({
      "eni-conformance.config.yaml":
        "rateLimits:\n  jdcloud-vm/attachNetworkInterface: 2\n  aliyun-ecs/DescribeNetworkInterfaces: 1\n",
    });
    const config = loadRunConfig({
      argv: ["--rate", "tencent-v3/AttachNetworkInterface=10"],
      env: {
        ENIC_RATE_LIMITS: "tencent-v3/AttachNetworkInterface=20,aliyun-ecs/DescribeNetworkInterfaces=5",
      },
      cwd,
    });
    expect(config.rateLimits).toEqual({
      "tencent-v3/AttachNetworkInterface": 10,
      "aliyun-ecs/DescribeNetworkInterfaces": 5,
      "jdcloud-vm/attachNetworkInterface": 2,
    });
  });

  it("resolves paths of the command line against the working directory, of the file against its folder", () => {
    const cwd = dir({ "eni-conformance.config.yaml": "fixtures: f.yaml\nbaseline: b.json\n" });
    const config = load(["--report-dir", "out"], {}, cwd);
    expect(config.fixtures).toBe(join(cwd, "f.yaml"));
    expect(config.baseline).toBe(join(cwd, "b.json"));
    expect(config.reportDir).toBe(join(cwd, "out"));
    expect(load(["--config", join(cwd, "eni-conformance.config.yaml")], {}, dir()).fixtures).toBe(
      join(cwd, "f.yaml"),
    );
  });

  it.each([
    ["a non-numeric ENIC_RUNS", [], { ENIC_RUNS: "many" }, /ENIC_RUNS must be a whole number, got many/],
    ["--runs 0", ["--runs", "0"], {}, /--runs must be at least 1/],
    ["--workers 0", ["--workers", "0"], {}, /--workers must be at least 1/],
    ["a word for --seed", ["--seed", "x"], {}, /--seed must be a whole number/],
    ["an unknown surface", ["--surface", "aws"], {}, /unknown surface aws/],
    ["an unknown option", ["--frobnicate"], {}, /Unknown option '--frobnicate'/],
    ["the old cassette flag", ["--replay", "dir"], {}, /--replay is now --playback DIR/],
    [
      "a target that is no URL",
      ["--target", "staging"],
      {},
      /--target must be "sim" or an http\(s\) URL, got staging/,
    ],
    ["a rate for no surface", [], { ENIC_RATE_LIMITS: "aws/RunInstances=1" }, /ENIC_RATE_LIMITS/],
    [
      "a rate above the documented one",
      ["--rate", "tencent-v3/AttachNetworkInterface=1000"],
      {},
      /rate limits: tencent-v3\/AttachNetworkInterface: 1000\/s is above the documented 100\/s/,
    ],
    [
      "an unknown operation",
      ["--rate", "tencent-v3/NoSuchOperation=1"],
      {},
      /has no operation NoSuchOperation/,
    ],
    ["--account without a secret", ["--account", "AKIDonly"], {}, /--account must be KEYID:SECRET/],
  ] as const)("refuses %s with a clear message (ENIC_CONFIG)", (_name, argv, env, message) => {
    expect(() => load([...argv], env)).toThrow(message);
    try {
      load([...argv], env);
    } catch (error) {
      expect((error as { code?: string }).code).toBe("ENIC_CONFIG");
    }
  });

  describe("credentials", () => {
    it("--account signs every surface; on the simulator nothing else is read", () => {
      const config = load(["--account", "AKIDx:the-secret"], { TENCENTCLOUD_SECRET_ID: "AKIDenv" });
      expect(config.credentials["tencent-v3"]).toEqual({
        accessKeyId: "AKIDx",
        secret: "the-secret",
        from: "--account",
      });
      expect(load([], { TENCENTCLOUD_SECRET_ID: "a", TENCENTCLOUD_SECRET_KEY: "b" }).credentials).toEqual({});
    });

    it("for a URL target: the config file's variable names, else the cloud's standard ones, named where they came from", () => {
      const cwd = dir({
        "eni-conformance.config.yaml":
          "target: http://127.0.0.1:9\naccounts:\n  jdcloud-vm: { accessKeyIdEnv: STAGING_JD_ID, secretEnv: STAGING_JD_KEY }\n",
      });
      const config = loadRunConfig({
        argv: [],
        env: {
          STAGING_JD_ID: "jd-id",
          STAGING_JD_KEY: "jd-secret",
          TENCENTCLOUD_SECRET_ID: "tc-id",
          TENCENTCLOUD_SECRET_KEY: "tc-secret",
          TENCENTCLOUD_SESSION_TOKEN: "tc-token",
        },
        cwd,
      });
      expect(config.credentials["jdcloud-vm"]).toEqual({
        accessKeyId: "jd-id",
        secret: "jd-secret",
        from: "STAGING_JD_ID / STAGING_JD_KEY (config file accounts)",
      });
      expect(config.credentials["tencent-v3"]).toMatchObject({
        token: "tc-token",
        from: "TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY",
      });
      expect(config.credentials["aliyun-ecs"]).toEqual({
        missing:
          "no credentials for aliyun-ecs: pass credentials or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      });
      expect(JSON.stringify(config.credentials)).not.toMatch(/"from":"[^"]*secret/);
    });

    it("names the variables the config file gives when they are not set", () => {
      const cwd = dir({
        "eni-conformance.config.yaml":
          "target: http://127.0.0.1:9\naccounts:\n  jdcloud-vm: { accessKeyIdEnv: STAGING_JD_ID, secretEnv: STAGING_JD_KEY }\n",
      });
      expect(loadRunConfig({ argv: [], env: {}, cwd }).credentials["jdcloud-vm"]).toEqual({
        missing: "no credentials for jdcloud-vm: set STAGING_JD_ID and STAGING_JD_KEY",
      });
    });

    it("the limited key: --limited-account for every surface, else the config file's limitedAccounts; none otherwise", () => {
      expect(load([]).limitedCredentials).toEqual({});
      expect(load(["--limited-account", "AKIDro:ro-secret"]).limitedCredentials["aliyun-ecs"]).toEqual({
        accessKeyId: "AKIDro",
        secret: "ro-secret",
        from: "--limited-account",
      });
      const cwd = dir({
        "eni-conformance.config.yaml":
          "target: http://127.0.0.1:9\nlimitedAccounts:\n  jdcloud-vm: { accessKeyIdEnv: STAGING_JD_RO_ID, secretEnv: STAGING_JD_RO_KEY }\n  aliyun-ecs: { accessKeyIdEnv: STAGING_ALI_RO_ID, secretEnv: STAGING_ALI_RO_KEY }\n",
      });
      const config = loadRunConfig({
        argv: [],
        env: { STAGING_JD_RO_ID: "jd-ro", STAGING_JD_RO_KEY: "jd-ro-secret" },
        cwd,
      });
      expect(config.limitedCredentials).toEqual({
        "jdcloud-vm": {
          accessKeyId: "jd-ro",
          secret: "jd-ro-secret",
          from: "STAGING_JD_RO_ID / STAGING_JD_RO_KEY (config file limitedAccounts)",
        },
        "aliyun-ecs": {
          missing: "no limited key for aliyun-ecs: set STAGING_ALI_RO_ID and STAGING_ALI_RO_KEY",
        },
      });
      expect(() => load(["--limited-account", "no-colon"])).toThrow(/--limited-account must be KEYID:SECRET/);
    });
  });
});

describe("config file", () => {
  it("reads YAML, resolves paths against the file's folder, and names env variables for accounts", () => {
    const d = dir({
      "eni-conformance.config.yaml":
        "target: http://127.0.0.1:8080\nfixtures: fixtures.yaml\nallowMutations: true\naccounts:\n  tencent-v3: { accessKeyIdEnv: STAGING_TC_ID, secretEnv: STAGING_TC_KEY }\n",
    });
    const path = join(d, "eni-conformance.config.yaml");
    const config = readConfigFile(path);
    expect(config.fixtures).toBe(join(d, "fixtures.yaml"));
    expect((config.accounts as Record<string, unknown>)["tencent-v3"]).toEqual({
      accessKeyIdEnv: "STAGING_TC_ID",
      secretEnv: "STAGING_TC_KEY",
    });
    expect(findConfigFile(undefined, d)).toBe(path);
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
    const d = dir({ "bad.yaml": text });
    expect(() => readConfigFile(join(d, "bad.yaml"))).toThrow(message);
  });

  it("refuses a malformed rate with the entry and the expected form", () => {
    expect(() => parseRateLimits(["tencent-v3/AttachNetworkInterface=0"], "--rate")).toThrow(
      /--rate: "tencent-v3\/AttachNetworkInterface=0" must be <surface>\/<Operation>=N with N > 0/,
    );
  });
});
