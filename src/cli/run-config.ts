/**
 * The run configuration and its precedence: command line > environment (ENIC_*) > config file
 * (`--config FILE`, else `eni-conformance.config.yaml|yml|json` in the working directory) >
 * defaults. The file is validated against schemas/config.schema.json; it names environment
 * variables for credentials, never the secrets themselves.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { readJson } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";

/** The options a run needs, after precedence. */
export interface RunOptions {
  target: string;
  surfaces: string[];
  region?: string;
  fixtures?: string;
  allowMutations: boolean;
  noControlPlane: boolean;
  runs: number;
  seed: number;
  reportDir?: string;
  baseline?: string;
  /** Per surface, the names of the environment variables holding credentials. */
  accounts?: Record<string, { accessKeyIdEnv: string; secretEnv: string }>;
  /** Requests per second by `<surface>/<Operation>` (lower than documented, or where none is). */
  rateLimits?: Record<string, number>;
  /** Bounded wait for an async change on a real target, in milliseconds. */
  asyncWaitMs?: number;
}

/** The defaults. */
export const DEFAULTS: RunOptions = {
  target: "sim",
  surfaces: [],
  allowMutations: false,
  noControlPlane: false,
  runs: 3,
  seed: 42,
};

const FILE_NAMES = [
  "eni-conformance.config.yaml",
  "eni-conformance.config.yml",
  "eni-conformance.config.json",
];

/** Read and validate a config file; paths in it are made relative to its folder. Throws SuiteError ENIC_CONFIG. */
export function readConfigFile(file: string): Partial<RunOptions> {
  let data: unknown;
  try {
    const text = readFileSync(file, "utf8");
    data = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `cannot read ${file}: ${(error as Error).message}`);
  }
  const validate = createAjv().compile(readJson("schemas/config.schema.json") as object);
  if (!validate(data ?? {})) {
    throw new SuiteError(
      "ENIC_CONFIG",
      `${file} is invalid:\n  ${formatErrors(validate.errors).join("\n  ")}`,
    );
  }
  const config = { ...(data as Partial<RunOptions>) };
  const base = dirname(resolve(file));
  for (const key of ["fixtures", "reportDir", "baseline"] as const) {
    const value = config[key];
    if (typeof value === "string") config[key] = resolve(base, value);
  }
  return config;
}

/** The config file to use: the one named, else a default name in `cwd`, else none. */
export function findConfigFile(named: string | undefined, cwd: string): string | undefined {
  if (named) return named;
  return FILE_NAMES.map((n) => resolve(cwd, n)).find((f) => existsSync(f));
}

function envLayer(env: Record<string, string | undefined>): Partial<RunOptions> {
  const out: Partial<RunOptions> = {};
  const int = (name: string) => {
    const v = env[name];
    if (v === undefined || v === "") return undefined;
    if (!/^\d+$/.test(v)) throw new SuiteError("ENIC_CONFIG", `${name} must be a whole number, got ${v}`);
    return Number(v);
  };
  if (env.ENIC_TARGET) out.target = env.ENIC_TARGET;
  if (env.ENIC_SURFACES) out.surfaces = env.ENIC_SURFACES.split(",").filter(Boolean);
  if (env.ENIC_REGION) out.region = env.ENIC_REGION;
  if (env.ENIC_FIXTURES) out.fixtures = env.ENIC_FIXTURES;
  if (env.ENIC_ALLOW_MUTATIONS) out.allowMutations = env.ENIC_ALLOW_MUTATIONS === "1";
  const runs = int("ENIC_RUNS");
  if (runs !== undefined) out.runs = runs;
  const seed = int("ENIC_SEED");
  if (seed !== undefined) out.seed = seed;
  const wait = int("ENIC_ASYNC_WAIT_MS");
  if (wait !== undefined) out.asyncWaitMs = wait;
  if (env.ENIC_RATE_LIMITS)
    out.rateLimits = parseRateLimits(env.ENIC_RATE_LIMITS.split(","), "ENIC_RATE_LIMITS");
  return out;
}

/**
 * Parse `<surface>/<Operation>=N` entries (the `--rate` option, `ENIC_RATE_LIMITS` comma-separated).
 * Throws SuiteError ENIC_CONFIG naming `source` and the entry.
 */
export function parseRateLimits(entries: readonly string[], source: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of entries.filter(Boolean)) {
    const m = /^((?:tencent-v2|tencent-v3|aliyun-ecs|jdcloud-vm)\/[A-Za-z]+)=(\d+(?:\.\d+)?)$/.exec(
      entry.trim(),
    );
    if (!m?.[1] || !m[2] || Number(m[2]) <= 0) {
      throw new SuiteError(
        "ENIC_CONFIG",
        `${source}: "${entry}" must be <surface>/<Operation>=N with N > 0 (e.g. tencent-v3/AttachNetworkInterface=50)`,
      );
    }
    out[m[1]] = Number(m[2]);
  }
  return out;
}

/** Rates in the shape `ENIC_RATE_LIMITS` carries them to the suites. */
export function rateLimitsText(limits: Record<string, number>): string {
  return Object.entries(limits)
    .map(([key, n]) => `${key}=${n}`)
    .join(",");
}

/** Merge the layers: command line > environment > file > defaults (undefined never overrides). */
export function resolveRunOptions(
  cli: Partial<RunOptions>,
  env: Record<string, string | undefined>,
  file: Partial<RunOptions>,
): RunOptions {
  const merged: RunOptions = { ...DEFAULTS };
  for (const layer of [file, envLayer(env), cli]) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (key === "surfaces" && Array.isArray(value) && value.length === 0) continue;
      // Rates merge per operation: a layer above overrides only the operations it names.
      if (key === "rateLimits") {
        merged.rateLimits = { ...merged.rateLimits, ...(value as Record<string, number>) };
        continue;
      }
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
