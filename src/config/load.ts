/**
 * Resolving the run configuration, once: the command line over the environment over the config
 * file over the defaults (RUN_OPTIONS says which option each layer may set), then credentials per
 * surface (`--account`, the config file's `accounts`, the clouds' standard variables). This is the
 * only place that reads the `ENIC_*` variables and the credential variables of a run; everything
 * after it receives the resulting `RunConfig` as a value. Problems are SuiteError ENIC_CONFIG with a
 * message naming the option, variable or file at fault.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isSurface, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { findConfigFile, readConfigFile } from "./config-file.ts";
import { RUN_OPTIONS, type RunOption } from "./options.ts";
import { parseRateLimits, rateLimitProblems } from "./rates.ts";
import type { AccountEnvNames, CredentialSource, RunConfig } from "./run-config.ts";

/** What the loader reads. */
export interface LoadInput {
  /** The command line after `run`. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Where relative paths of the command line and the environment are resolved. */
  cwd: string;
}

/** The values nothing else sets. */
export const DEFAULTS = {
  target: "sim",
  allowMutations: false,
  noControlPlane: false,
  runs: 3,
  seed: 42,
  asyncWaitMs: 30_000,
} as const;

/** The configuration of a run with nothing set: the embedded simulator, every surface, the defaults. */
export function defaultRunConfig(cwd = process.cwd()): RunConfig {
  return {
    ...DEFAULTS,
    surfaces: [...SURFACES],
    rateLimits: {},
    credentials: {},
    limitedCredentials: {},
    cwd,
  };
}

type Layer = Record<string, unknown>;

const fail = (message: string): never => {
  throw new SuiteError("ENIC_CONFIG", message);
};

function integer(text: string, name: string, atLeast = 0): number {
  if (!/^\d+$/.test(text.trim())) fail(`${name} must be a whole number, got ${text}`);
  const n = Number(text);
  if (n < atLeast) fail(`${name} must be at least ${atLeast}`);
  return n;
}

function surfaces(list: readonly string[]): Surface[] {
  for (const s of list) if (!isSurface(s)) fail(`unknown surface ${s}`);
  return list as Surface[];
}

/** An option's value from text (the command line, an environment variable). */
function fromText(
  option: RunOption,
  text: string | boolean | (string | boolean)[],
  source: string,
  cwd: string,
): unknown {
  if (option.type === "boolean") return typeof text === "boolean" ? text : text === "1" || text === "true";
  // Repeated flags arrive as a list; an environment variable separates entries with commas.
  const parts = () => (Array.isArray(text) ? text.map(String) : String(text).split(","));
  switch (option.type) {
    case "integer":
      return integer(String(text), source, option.key === "runs" || option.key === "workers" ? 1 : 0);
    case "surfaces":
      return surfaces(
        parts()
          .map((p) => p.trim())
          .filter(Boolean),
      );
    case "rates":
      return parseRateLimits(parts(), source);
    case "path":
      return resolve(cwd, String(text));
    default:
      return String(text);
  }
}

/** The `--help` flag is given. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}

function flagLayer(argv: readonly string[], cwd: string): Layer {
  const options = Object.fromEntries(
    RUN_OPTIONS.map((o) => [
      o.flag.slice(2),
      { type: o.type === "boolean" ? ("boolean" as const) : ("string" as const), multiple: "multiple" in o },
    ]),
  );
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true }).values;
  } catch (error) {
    const message = (error as Error).message;
    // One name per feature: cassettes are played back with --playback.
    if (/'--replay'/.test(message)) fail("--replay is now --playback DIR (play a cassette back)");
    return fail(message);
  }
  const layer: Layer = {};
  for (const option of RUN_OPTIONS) {
    const v = values[option.flag.slice(2)];
    if (v !== undefined && option.key !== "help") layer[option.key] = fromText(option, v, option.flag, cwd);
  }
  return layer;
}

function envLayer(env: LoadInput["env"], cwd: string): Layer {
  const layer: Layer = {};
  for (const option of RUN_OPTIONS) {
    if (!("env" in option)) continue;
    const v = env[option.env];
    if (v !== undefined && v !== "") layer[option.key] = fromText(option, v, option.env, cwd);
  }
  return layer;
}

function fileLayer(file: string | undefined): Layer {
  if (!file) return {};
  const data = readConfigFile(file);
  const keys = new Set<string>(RUN_OPTIONS.filter((o) => "file" in o).map((o) => o.key));
  keys.add("accounts");
  keys.add("limitedAccounts");
  // The schema already refuses other keys; the table decides which of them a file may set.
  return Object.fromEntries(Object.entries(data).filter(([key]) => keys.has(key)));
}

/** Merge layers, the last winning; rate limits merge per operation; an empty surface list sets nothing. */
function merge(layers: readonly Layer[]): Layer {
  const merged: Layer = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (key === "surfaces" && Array.isArray(value) && value.length === 0) continue;
      if (key === "rateLimits") {
        merged.rateLimits = { ...(merged.rateLimits as object), ...(value as object) };
        continue;
      }
      merged[key] = value;
    }
  }
  return merged;
}

function parseAccount(text: string, flag = "--account"): { accessKeyId: string; secret: string } {
  const i = text.indexOf(":");
  if (i <= 0) fail(`${flag} must be KEYID:SECRET`);
  return { accessKeyId: text.slice(0, i), secret: text.slice(i + 1) };
}

/**
 * The limited key per surface: `--limited-account` for every surface, else the variables the config
 * file's `limitedAccounts` names. A surface with neither has none (its auth.permitted cases are
 * skipped); named variables that are unset are recorded as missing, with their names.
 */
function limitedCredentialsOf(
  chosen: readonly Surface[],
  flag: string | undefined,
  names: AccountEnvNames | undefined,
  env: LoadInput["env"],
): Partial<Record<Surface, CredentialSource>> {
  const out: Partial<Record<Surface, CredentialSource>> = {};
  const explicit = flag === undefined ? undefined : parseAccount(flag, "--limited-account");
  for (const surface of chosen) {
    if (explicit) {
      out[surface] = { ...explicit, from: "--limited-account" };
      continue;
    }
    const named = names?.[surface];
    if (named)
      out[surface] = fromNamedVariables(named, env, "limitedAccounts", `no limited key for ${surface}`);
  }
  return out;
}

/** Credentials from the variables a config file's `accounts` or `limitedAccounts` names, or what to set. */
function fromNamedVariables(
  named: { accessKeyIdEnv: string; secretEnv: string },
  env: LoadInput["env"],
  key: "accounts" | "limitedAccounts",
  none: string,
): CredentialSource {
  const accessKeyId = env[named.accessKeyIdEnv];
  const secret = env[named.secretEnv];
  return accessKeyId && secret
    ? { accessKeyId, secret, from: `${named.accessKeyIdEnv} / ${named.secretEnv} (config file ${key})` }
    : { missing: `${none}: set ${named.accessKeyIdEnv} and ${named.secretEnv}` };
}

/**
 * Credentials per surface: `--account` for every surface; for a URL target, else the variables the
 * config file's `accounts` names, else the cloud's standard variables. What is missing is recorded
 * with the names to set, and becomes a harness error of that surface's cases only.
 */
function credentialsOf(
  target: string,
  chosen: readonly Surface[],
  account: string | undefined,
  names: AccountEnvNames | undefined,
  env: LoadInput["env"],
): Partial<Record<Surface, CredentialSource>> {
  const out: Partial<Record<Surface, CredentialSource>> = {};
  const explicit = account === undefined ? undefined : parseAccount(account);
  for (const surface of chosen) {
    if (explicit) {
      out[surface] = { ...explicit, from: "--account" };
      continue;
    }
    if (target === "sim") continue;
    const named = names?.[surface];
    if (named) {
      out[surface] = fromNamedVariables(named, env, "accounts", `no credentials for ${surface}`);
      continue;
    }
    const standard = surfaceModule(surface).credentialEnv;
    const accessKeyId = env[standard.accessKeyId];
    const secret = env[standard.secret];
    const token = standard.token ? env[standard.token] : undefined;
    out[surface] =
      accessKeyId && secret
        ? {
            accessKeyId,
            secret,
            ...(token ? { token } : {}),
            from: `${standard.accessKeyId} / ${standard.secret}`,
          }
        : {
            missing: `no credentials for ${surface}: pass credentials or set ${standard.accessKeyId} and ${standard.secret}`,
          };
  }
  return out;
}

/** Resolve the run configuration. Throws SuiteError ENIC_CONFIG on any problem. */
export function loadRunConfig(input: LoadInput): RunConfig {
  const flags = flagLayer(input.argv, input.cwd);
  const env = envLayer(input.env, input.cwd);
  const file = fileLayer(findConfigFile(flags.config as string | undefined, input.cwd));
  const merged = merge([file, env, flags]);
  const target = String(merged.target ?? DEFAULTS.target);
  if (target !== "sim" && !/^https?:\/\/[^\s]+$/.test(target))
    fail(`--target must be "sim" or an http(s) URL, got ${target}`);
  const chosen = ((merged.surfaces as Surface[] | undefined) ?? [...SURFACES]).slice();
  // The order of SURFACES, whatever order they were given in, so reports compare.
  chosen.sort((a, b) => SURFACES.indexOf(a) - SURFACES.indexOf(b));
  const rateLimits = (merged.rateLimits as Record<string, number> | undefined) ?? {};
  const problems = rateLimitProblems(rateLimits);
  if (problems.length > 0) fail(`rate limits: ${problems.join("; ")}`);
  const config: RunConfig = {
    target,
    surfaces: [...new Set(chosen)],
    allowMutations: Boolean(merged.allowMutations ?? DEFAULTS.allowMutations),
    noControlPlane: Boolean(merged.noControlPlane ?? DEFAULTS.noControlPlane),
    runs: Number(merged.runs ?? DEFAULTS.runs),
    seed: Number(merged.seed ?? DEFAULTS.seed),
    rateLimits,
    asyncWaitMs: Number(merged.asyncWaitMs ?? DEFAULTS.asyncWaitMs),
    credentials: credentialsOf(
      target,
      chosen,
      merged.account as string | undefined,
      merged.accounts as AccountEnvNames | undefined,
      input.env,
    ),
    limitedCredentials: limitedCredentialsOf(
      chosen,
      merged.limitedAccount as string | undefined,
      merged.limitedAccounts as AccountEnvNames | undefined,
      input.env,
    ),
    cwd: input.cwd,
  };
  if (merged.failOn !== undefined && !["error", "warning", "advisory"].includes(String(merged.failOn)))
    fail(`--fail-on must be error, warning or advisory, got ${merged.failOn}`);
  if (merged.transport !== undefined && !["http", "in-process"].includes(String(merged.transport)))
    fail(`--transport must be http or in-process, got ${merged.transport}`);
  if (merged.transport === "in-process") config.transport = "in-process";
  if (merged.minCoverage !== undefined && Number(merged.minCoverage) > 100)
    fail(`--min-coverage is a percentage (0 to 100), got ${merged.minCoverage}`);
  const stepSummary = input.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) config.stepSummary = stepSummary;
  for (const key of [
    "region",
    "fixtures",
    "caseId",
    "path",
    "reportDir",
    "baseline",
    "client",
    "record",
    "playback",
    "caseBudgetMs",
    "workers",
    "allowEmpty",
    "minCoverage",
    "failOn",
  ] as const) {
    const value = merged[key];
    if (value !== undefined) Object.assign(config, { [key]: value });
  }
  return config;
}
