/**
 * The options of `eni-conformance run`, declared once: each option's flag, its environment variable
 * and config-file key where it has them, its default and its help. The loader (load.ts) resolves a
 * run configuration from this table, `run --help` prints it (help.ts), and the README's option list
 * is generated from it (a test keeps the two equal).
 */
import { SURFACES } from "../contracts/surfaces.ts";

/** How an option's text is read. */
export type OptionType =
  /** Free text. */
  | "string"
  /** A path, resolved against the working directory (or the config file's folder). */
  | "path"
  /** A switch. */
  | "boolean"
  /** A whole number ≥ 0. */
  | "integer"
  /** Surface ids (`--surface` repeated, `ENIC_SURFACES` comma-separated). */
  | "surfaces"
  /** `<surface>/<Operation>=N` entries (`--rate` repeated, `ENIC_RATE_LIMITS` comma-separated). */
  | "rates";

/** One option of the run. */
export interface RunOption {
  /** The key of the value in the run configuration (and in the config file, where `file` says so). */
  readonly key: string;
  /** The command-line flag. */
  readonly flag: `--${string}`;
  /** The placeholder of its value in the usage text (switches have none). */
  readonly arg?: string;
  readonly type: OptionType;
  /** The flag may be repeated. */
  readonly multiple?: boolean;
  /** The environment variable that sets it, if any. */
  readonly env?: string;
  /** The config file may set it (under `key`). */
  readonly file?: boolean;
  /** The value when nothing sets it, in words for the help (the value itself is in DEFAULTS). */
  readonly defaultText?: string;
  /** One line of help. */
  readonly help: string;
}

/** Every option of `eni-conformance run`, in the order the help lists them. */
export const RUN_OPTIONS = [
  {
    key: "config",
    flag: "--config",
    arg: "FILE",
    type: "path",
    defaultText: "eni-conformance.config.yaml (.yml, .json) in the working directory",
    help: "the config file (validated against schemas/config.schema.json)",
  },
  {
    key: "surfaces",
    flag: "--surface",
    arg: "S",
    type: "surfaces",
    multiple: true,
    env: "ENIC_SURFACES",
    file: true,
    defaultText: "every surface",
    help: `run only this surface: ${SURFACES.join(", ")}`,
  },
  {
    key: "target",
    flag: "--target",
    arg: "sim|URL",
    type: "string",
    env: "ENIC_TARGET",
    file: true,
    defaultText: "sim",
    help: "the embedded simulator, or the base URL of a target (a standalone simulator, a proxy, a staging account)",
  },
  {
    key: "account",
    flag: "--account",
    arg: "KEYID:SECRET",
    type: "string",
    help: "credentials for every surface (on the embedded simulator: the account it knows)",
  },
  {
    key: "limitedAccount",
    flag: "--limited-account",
    arg: "KEYID:SECRET",
    type: "string",
    defaultText: "none (the embedded simulator has its own)",
    help: "a second key of the same account whose policy does not grant attach, detach or migrate: the auth.permitted cases sign with it (without one they are skipped)",
  },
  {
    key: "region",
    flag: "--region",
    arg: "R",
    type: "string",
    env: "ENIC_REGION",
    file: true,
    defaultText: "the fixtures' region",
    help: "the region to call",
  },
  {
    key: "fixtures",
    flag: "--fixtures",
    arg: "FILE",
    type: "path",
    env: "ENIC_FIXTURES",
    file: true,
    defaultText: "the target's /_sim/fixtures",
    help: "fixture ids by role, per surface (JSON or YAML)",
  },
  {
    key: "allowMutations",
    flag: "--allow-mutations",
    type: "boolean",
    env: "ENIC_ALLOW_MUTATIONS",
    file: true,
    defaultText: "off",
    help: "run the cases that change state on a target that is not the embedded simulator",
  },
  {
    key: "allowEmpty",
    flag: "--allow-empty",
    type: "boolean",
    env: "ENIC_ALLOW_EMPTY",
    file: true,
    defaultText: "off: a run in which every case was skipped exits 2 (nothing was checked)",
    help: "accept a run that executed no case (every case skipped) with exit 0",
  },
  {
    key: "minCoverage",
    flag: "--min-coverage",
    arg: "PCT",
    type: "integer",
    env: "ENIC_MIN_COVERAGE",
    file: true,
    defaultText: "none",
    help: "exit 1 when the run's rule coverage is below PCT percent",
  },
  {
    key: "failOn",
    flag: "--fail-on",
    arg: "error|warning|advisory",
    type: "string",
    env: "ENIC_FAIL_ON",
    file: true,
    defaultText: "error",
    help: "the lightest failure that fails the run (exit 1): error (a document or vendor page contradicted), warning (only this project's inference or an SDK observation), advisory (SDK-mode behaviour probes)",
  },
  {
    key: "noControlPlane",
    flag: "--no-control-plane",
    type: "boolean",
    file: true,
    defaultText: "off",
    help: "never use the target's control plane (rehearse a staging run against a standalone simulator)",
  },
  {
    key: "runs",
    flag: "--runs",
    arg: "N",
    type: "integer",
    env: "ENIC_RUNS",
    file: true,
    defaultText: "3",
    help: "property runs per case",
  },
  {
    key: "seed",
    flag: "--seed",
    arg: "N",
    type: "integer",
    env: "ENIC_SEED",
    file: true,
    defaultText: "42",
    help: "the fast-check seed",
  },
  {
    key: "caseId",
    flag: "--case",
    arg: "ID",
    type: "string",
    help: "run only this case (ids are in report.json)",
  },
  {
    key: "path",
    flag: "--path",
    arg: "P",
    type: "string",
    help: "with --case: replay exactly this fast-check path",
  },
  {
    key: "reportDir",
    flag: "--report-dir",
    arg: "DIR",
    type: "path",
    file: true,
    defaultText: "reports/<run id>/ and reports/latest/",
    help: "where the reports go",
  },
  {
    key: "baseline",
    flag: "--baseline",
    arg: "FILE",
    type: "path",
    file: true,
    help: "known failures that do not fail the run (until they expire)",
  },
  {
    key: "client",
    flag: "--client",
    arg: "ADAPTER",
    type: "string",
    help: "SDK mode: drive an SDK (a built-in adapter name or a module path) against the simulator",
  },
  {
    key: "rateLimits",
    flag: "--rate",
    arg: "SURFACE/OPERATION=N",
    type: "rates",
    multiple: true,
    env: "ENIC_RATE_LIMITS",
    file: true,
    defaultText: "the documented limits",
    help: "requests per second for an operation: lower than documented, or where the documents give none",
  },
  {
    key: "asyncWaitMs",
    flag: "--async-wait",
    arg: "MS",
    type: "integer",
    env: "ENIC_ASYNC_WAIT_MS",
    file: true,
    defaultText: "30000",
    help: "bounded wait for an asynchronous change to show on a real target",
  },
  {
    key: "caseBudgetMs",
    flag: "--case-budget",
    arg: "MS",
    type: "integer",
    env: "ENIC_CASE_BUDGET_MS",
    file: true,
    defaultText: "40000 on the simulator, 240000 on a real target",
    help: "time budget of one case's property runs; a case out of time is errored",
  },
  {
    key: "workers",
    flag: "--workers",
    arg: "N",
    type: "integer",
    defaultText: "one per core from --runs 10 on the embedded simulator, else 1",
    help: "split the surfaces over N workers, each with a simulator of its own",
  },
  {
    key: "transport",
    flag: "--transport",
    arg: "http|in-process",
    type: "string",
    defaultText: "http",
    help: "how the client reaches the embedded simulator: real HTTP on 127.0.0.1, or in-process (an opt-in: no sockets, the simulator's handler called directly; the reports name it)",
  },
  {
    key: "record",
    flag: "--record",
    arg: "DIR",
    type: "path",
    help: "keep every exchange of the run (redacted) as a cassette in DIR",
  },
  {
    key: "playback",
    flag: "--playback",
    arg: "DIR",
    type: "path",
    help: "play the cassette in DIR back: the same checks, offline, every request answered from the tape",
  },
  {
    key: "help",
    flag: "--help",
    type: "boolean",
    help: "this text",
  },
] as const satisfies readonly RunOption[];
