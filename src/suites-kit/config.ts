/**
 * The run configuration the suites read: set by `eni-conformance run` through environment variables
 * (vitest runs the suites in workers), with defaults that make a plain `vitest run suites/` test the
 * embedded simulator.
 */
import { isSurface, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";

/** What a suite run needs to know. */
export interface SuiteConfig {
  target: string;
  account?: string;
  /** Region to use instead of the fixtures' region. */
  region?: string;
  /** Per surface, the names of the environment variables holding credentials. */
  accountsEnv?: Record<string, { accessKeyIdEnv: string; secretEnv: string }>;
  fixturesFile?: string;
  allowMutations: boolean;
  /** Never use the target's control plane. */
  noControl: boolean;
  runs: number;
  seed: number;
  surfaces: Surface[];
  /** Only this case id (replay). */
  caseId?: string;
  /** Replay this fast-check path. */
  path?: string;
  /** Extra words for replay commands. */
  replayArgs?: string;
  /** SDK mode: the adapter to drive (a built-in name or a module path; src/sdk/). */
  client?: string;
}

/** Environment variable names. */
export const ENV = {
  target: "ENIC_TARGET",
  account: "ENIC_ACCOUNT",
  region: "ENIC_REGION",
  accountsEnv: "ENIC_ACCOUNTS_ENV",
  fixtures: "ENIC_FIXTURES",
  allowMutations: "ENIC_ALLOW_MUTATIONS",
  noControl: "ENIC_NO_CONTROL",
  runs: "ENIC_RUNS",
  seed: "ENIC_SEED",
  surfaces: "ENIC_SURFACES",
  caseId: "ENIC_CASE",
  path: "ENIC_PATH",
  replayArgs: "ENIC_REPLAY_ARGS",
  client: "ENIC_CLIENT",
} as const;

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new SuiteError("ENIC_CONFIG", `${name} must be a whole number, got ${value}`);
  return n;
}

/** Read the configuration from `env`. */
export function suiteConfig(env: Record<string, string | undefined> = process.env): SuiteConfig {
  const surfaces = (env[ENV.surfaces] ?? "").split(",").filter(Boolean);
  for (const s of surfaces) if (!isSurface(s)) throw new SuiteError("ENIC_CONFIG", `unknown surface ${s}`);
  const config: SuiteConfig = {
    target: env[ENV.target] || "sim",
    allowMutations: env[ENV.allowMutations] === "1",
    noControl: env[ENV.noControl] === "1",
    runs: Math.max(1, int(env[ENV.runs], 3, "--runs")),
    seed: int(env[ENV.seed], 42, "--seed"),
    surfaces: surfaces.length > 0 ? (surfaces as Surface[]) : [...SURFACES],
  };
  const optional = {
    account: env[ENV.account],
    region: env[ENV.region],
    fixturesFile: env[ENV.fixtures],
    caseId: env[ENV.caseId],
    path: env[ENV.path],
    replayArgs: env[ENV.replayArgs],
    client: env[ENV.client],
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(config, { [key]: value });
  const accounts = env[ENV.accountsEnv];
  if (accounts) {
    try {
      config.accountsEnv = JSON.parse(accounts);
    } catch {
      throw new SuiteError("ENIC_CONFIG", `${ENV.accountsEnv} is not valid JSON`);
    }
  }
  return config;
}
