/**
 * The library's simulator: `startSimulator()` serves all four surfaces on a port of 127.0.0.1 in
 * this process (the same server as `eni-conformance sim`) and returns its URL and a typed client of
 * its control plane (`/_sim/`, README "The control plane"): reset, fixtures, state, clock, async
 * progress, faults, deviations, the request journal and account policies.
 */
import { request } from "undici";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import type { Faults } from "../sim/faults.ts";
import type { LoggedRequest } from "../sim/journal.ts";
import { startSimulator as serveSimulator } from "../sim/server.ts";
import type { Simulator } from "../sim/simulator.ts";
import type { Account, SimulatorOptions } from "../sim/state.ts";

/** Options of {@link startSimulator}. */
export interface StartSimulatorOptions {
  /** Port to listen on (default 0: a free port). */
  port?: number;
  /** Address to listen on (default 127.0.0.1; the control plane answers loopback callers only). */
  host?: string;
  /** Accounts the simulator knows (default the test account `AKIDtest` / `testkey`). */
  accounts?: Account[];
  /** Seed of request ids and fault draws (default 1). */
  seed?: number;
  /** Deviation ids to enable from the start (`GET /_sim/deviations` lists them). */
  deviations?: string[];
  /** Vary the answers as the real gateways do, where the documents allow it (`sim --vary`). */
  vary?: boolean;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Requests the journal keeps per account (default 10,000; `sim --journal-size`). */
  journalSize?: number;
}

/** Fixture ids by role for one surface, as the surface spells them (`GET /_sim/fixtures`). */
export interface SimFixtures {
  surface: Surface;
  region: string;
  zones: Record<string, string>;
  /** Role (`eni.available`, `instance.running`, ...) → id. */
  roles: Record<string, string>;
}

/** How asynchronous attach, detach and migrate progress: at once, after N polls, or after a time. */
export type SimProgress = "immediate" | { polls: number } | { ms: number };

/** What an account may call: everything, only what changes nothing, or the operations listed. */
export type SimPolicy = "all" | "read" | string[];

/** Every control call takes the account it is about (default: the simulator's first account). */
export interface ControlOptions {
  account?: string;
}

/** The filters of `GET /_sim/requests`. */
export interface RequestsOptions extends ControlOptions {
  surface?: Surface;
  operation?: string;
  /** Entries after this sequence number (`seq`), or at or after this ISO time on the simulator's clock. */
  since?: number | string;
  /** Only the last `limit` entries. */
  limit?: number;
}

/** A typed client of a simulator's control plane; every call is a real HTTP request to `/_sim/`. */
export interface ControlPlane {
  /** `GET /_sim/health`: true when the simulator answers. */
  health(): Promise<boolean>;
  /** `POST /_sim/reset`: the account's worlds back to their seed. */
  reset(options?: ControlOptions): Promise<void>;
  /** `GET /_sim/fixtures?surface=S`: the fixture ids by role, as `surface` spells them. */
  fixtures(surface: Surface, options?: ControlOptions): Promise<SimFixtures>;
  /** `GET /_sim/state`: the account's whole world as JSON. */
  state(options?: ControlOptions): Promise<unknown>;
  /** `PUT /_sim/clock`: a fixed time (ISO 8601), or `"real"` for the machine's clock. */
  setClock(now: string | "real"): Promise<void>;
  /** `PUT /_sim/progress`. */
  setProgress(progress: SimProgress): Promise<void>;
  /** `PUT /_sim/faults`: latency, error and drop rates, throttling, varied answers; returns the faults now in force. */
  setFaults(faults: Partial<Faults> | { vary: boolean }): Promise<Faults>;
  /** `PUT /_sim/deviations`: enable exactly these deviations (an empty list: a faithful simulator again). */
  enableDeviations(ids: string[]): Promise<void>;
  /**
   * `GET /_sim/requests`: the request journal of the account, oldest first — surface, operation,
   * scheme, status, code, latency, the verdict path and, for a refused signature, its diagnosis.
   */
  requests(options?: RequestsOptions): Promise<LoggedRequest[]>;
  /** `PUT /_sim/accounts/KEYID/policy`: what the account `accessKeyId` may call. */
  setPolicy(accessKeyId: string, allow: SimPolicy): Promise<void>;
}

/** A simulator started by {@link startSimulator}. */
export interface StartedSimulator {
  /** Base URL of every surface and of the control plane, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly port: number;
  /** The control plane over HTTP. */
  readonly control: ControlPlane;
  /** The simulator itself: `fetch(request)` serves a request in-process, without the network. */
  readonly simulator: Simulator;
  /** Stop serving (open connections are closed). */
  close(): Promise<void>;
}

/** A control-plane client for the simulator at `url`. */
export function controlPlane(url: string): ControlPlane {
  const call = async (method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<unknown> => {
    const res = await request(`${url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    const text = await res.body.text();
    const data: unknown = text === "" ? undefined : JSON.parse(text);
    if (res.statusCode !== 200) {
      const why = (data as { error?: unknown } | undefined)?.error ?? text;
      throw new SuiteError(
        "ENIC_CONFIG",
        `control plane ${method} ${path}: HTTP ${res.statusCode}: ${String(why)}`,
      );
    }
    return data;
  };
  const query = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
    ).toString();
    return q ? `?${q}` : "";
  };
  return {
    health: async () => ((await call("GET", "/_sim/health")) as { ok?: boolean }).ok === true,
    reset: async (o = {}) => {
      await call("POST", `/_sim/reset${query({ account: o.account })}`);
    },
    fixtures: async (surface, o = {}) =>
      (await call("GET", `/_sim/fixtures${query({ surface, account: o.account })}`)) as SimFixtures,
    state: (o = {}) => call("GET", `/_sim/state${query({ account: o.account })}`),
    setClock: async (now) => {
      await call("PUT", "/_sim/clock", now === "real" ? { real: true } : { now });
    },
    setProgress: async (progress) => {
      await call("PUT", "/_sim/progress", progress);
    },
    setFaults: async (faults) => (await call("PUT", "/_sim/faults", faults)) as Faults,
    enableDeviations: async (ids) => {
      await call("PUT", "/_sim/deviations", { enable: ids });
    },
    requests: async (o = {}) => {
      const filters = {
        account: o.account,
        surface: o.surface,
        operation: o.operation,
        since: o.since === undefined ? undefined : String(o.since),
        limit: o.limit === undefined ? undefined : String(o.limit),
      };
      return ((await call("GET", `/_sim/requests${query(filters)}`)) as { requests: LoggedRequest[] })
        .requests;
    },
    setPolicy: async (accessKeyId, allow) => {
      await call("PUT", `/_sim/accounts/${encodeURIComponent(accessKeyId)}/policy`, { allow });
    },
  };
}

/**
 * Start the simulator of all four surfaces on a port of this machine (127.0.0.1 and a free port
 * by default). It speaks each cloud's wire protocol — signatures, envelopes, error tables, async
 * tasks — with the test account `AKIDtest` / `testkey` unless `accounts` says otherwise.
 *
 * @example
 * ```ts
 * import { startSimulator } from "eni-conformance";
 *
 * const sim = await startSimulator();
 * const { roles } = await sim.control.fixtures("tencent-v3");
 * console.log(sim.url, roles["eni.available"]); // point your SDK at sim.url
 * await sim.close();
 * ```
 */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<StartedSimulator> {
  const simOptions: SimulatorOptions & { port?: number; host?: string } = {
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.accounts !== undefined ? { accounts: options.accounts } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.deviations !== undefined ? { deviations: options.deviations } : {}),
    ...(options.vary !== undefined ? { vary: options.vary } : {}),
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.journalSize !== undefined ? { journalSize: options.journalSize } : {}),
  };
  const running = await serveSimulator(simOptions);
  return {
    url: running.url,
    port: running.port,
    control: controlPlane(running.url),
    simulator: running.simulator,
    close: () => running.close(),
  };
}
