/**
 * The run configuration: one typed, JSON-serialisable value that says everything a conformance run
 * needs, resolved once by `loadRunConfig` (src/config/load.ts) from the command line, the
 * environment, the config file and the defaults, and then passed as a value — to the case engine,
 * and to vitest's workers through `provide`/`inject`. Nothing below the loader reads `ENIC_*`
 * variables.
 */
import type { Surface } from "../contracts/surfaces.ts";

/** Where a surface's credentials came from, and the credentials (or what is missing). */
export type CredentialSource =
  | {
      accessKeyId: string;
      secret: string;
      token?: string;
      /** Where they came from, in words (`--account`, `TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY`, ...); never the value. */
      from: string;
    }
  | {
      /** Why there are none: the names to set, never a value. */
      missing: string;
    };

/** Per surface, the names of the environment variables that hold its key id and secret (config file `accounts`). */
export type AccountEnvNames = Partial<Record<Surface, { accessKeyIdEnv: string; secretEnv: string }>>;

/** Everything a run needs, after precedence (flags > environment > config file > defaults). */
export interface RunConfig {
  /** `sim` (the embedded simulator) or the base URL of a target. */
  target: string;
  /** The surfaces to run, in the order of SURFACES (never empty). */
  surfaces: Surface[];
  /** Region to use instead of the fixtures' region. */
  region?: string;
  /** Fixtures file (absolute path). */
  fixtures?: string;
  /** Cases that change state may run against a target that is not the embedded simulator. */
  allowMutations: boolean;
  /** Never use the target's control plane, even when it has one (rehearse a staging run). */
  noControlPlane: boolean;
  /** Accept a run in which every case was skipped (else it exits 2: nothing was checked). */
  allowEmpty?: boolean;
  /** The least rule coverage (percent) a run must reach, else it exits 1. */
  minCoverage?: number;
  /** The lightest failure that fails the run (default `error`; src/suites-kit/severity.ts). */
  failOn?: "error" | "warning" | "advisory";
  /** Property runs per case. */
  runs: number;
  /** fast-check seed. */
  seed: number;
  /** Only this case id. */
  caseId?: string;
  /** Replay exactly this fast-check path (with `caseId`). */
  path?: string;
  /** Where the reports go (absolute); else `reports/<run id>/` and `reports/latest/`. */
  reportDir?: string;
  /** Baseline of known failures (absolute path). */
  baseline?: string;
  /** SDK mode: the adapter, as given (a built-in name or a module path relative to `cwd`). */
  client?: string;
  /** Cassette directory to record the run's exchanges into (absolute). */
  record?: string;
  /** Cassette directory to play a recorded run back from, offline (absolute). */
  playback?: string;
  /** Requests per second by `<surface>/<Operation>`, lowering documented limits or setting missing ones. */
  rateLimits: Record<string, number>;
  /** Bounded wait for an asynchronous change on a real target, in milliseconds. */
  asyncWaitMs: number;
  /** Time budget of one case's property, in milliseconds (default: 40 s on the simulator, 4 min on a real target). */
  caseBudgetMs?: number;
  /** Workers to split the surfaces over (embedded simulator only); default chosen by the run. */
  workers?: number;
  /**
   * `in-process`: the client's exchanges reach the embedded simulator's handler without sockets
   * (`--transport in-process`, an opt-in the reports name). Absent: real HTTP on 127.0.0.1.
   */
  transport?: "in-process";
  /**
   * Credentials per surface, resolved by the loader with where they came from: `--account` for every
   * surface (on the embedded simulator: the account it knows), else for a URL target the config
   * file's `accounts` or the cloud's standard variables. Empty on the simulator without `--account`.
   */
  credentials: Partial<Record<Surface, CredentialSource>>;
  /**
   * Per surface, a second key of the same account whose policy does not grant the operations that
   * change state (the `auth.permitted` cases sign with it): `--limited-account` for every surface,
   * else the config file's `limitedAccounts`. Absent where none is given (those cases are skipped,
   * saying so); the embedded simulator brings its own.
   */
  limitedCredentials: Partial<Record<Surface, CredentialSource>>;
  /** The directory the command ran in: relative paths in replay commands are relative to it. */
  cwd: string;
  /** GitHub's step summary file (`GITHUB_STEP_SUMMARY`): report.md is appended to it. */
  stepSummary?: string;
}
