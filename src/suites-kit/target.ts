/**
 * Where the cases send their requests, and how this run talks to it: the embedded simulator
 * (started in this process on 127.0.0.1, port 0) or any `http(s)://` base URL (a standalone
 * simulator, a proxy, a staging account), or — playing a cassette back — the recorded target,
 * answered from the tape. A target knows the run's credentials and fixtures, its control plane, the
 * run's cassette, pacing and waits, and builds the clients of the run (`client`), so every call of
 * the run goes through the same discipline: retries and the documented rates on a real target, none
 * on a simulator (whose answers must be seen as they are).
 */
import { readFileSync } from "node:fs";
import { Agent, type Dispatcher, request } from "undici";
import { parse as parseYaml } from "yaml";
import type { RetryPolicy } from "../client/backoff.ts";
import type { Cassette } from "../client/cassette.ts";
import { type Client, createClient } from "../client/client.ts";
import { InProcessDispatcher } from "../client/in-process.ts";
import { createRateLimiter, type RateLimiter } from "../client/rate-limiter.ts";
import { send } from "../client/transport.ts";
import type { RunConfig } from "../config/run-config.ts";
import { isSurface, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireResponse } from "../core/wire.ts";
import { startSimulator } from "../sim/server.ts";
import { DEFAULT_ACCOUNT, DEFAULT_LIMITED_KEY } from "../sim/state.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";

/** The fixture roles of one surface, in the shape of the simulator's `GET /_sim/fixtures`. */
export interface Fixtures {
  surface: Surface;
  region: string;
  zones: { main: string; other: string };
  roles: Record<string, string>;
}

/** The methods of the simulator's control plane (`DELETE /_sim/requests` clears the request log). */
export type ControlMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A target of the run. */
export interface Target {
  readonly kind: "sim" | "http";
  readonly baseUrl: string;
  /** True when the target has the simulator's control plane (reset, clock, faults ...). */
  readonly hasControl: boolean;
  /** True when cases that change state may run (always for the embedded simulator). */
  readonly allowMutations: boolean;
  /** Bounded wait for an asynchronous change to show on a real target, in milliseconds. */
  readonly asyncWaitMs: number;
  /** Time budget of one case's property runs, in milliseconds. */
  readonly caseBudgetMs: number;
  /** The run's cassette, when it records or plays back. */
  readonly cassette?: Cassette;
  credentials(surface: Surface): Credentials;
  /**
   * The account's limited key for `surface` (a second key whose policy does not grant the
   * operations that change state), or undefined when the run has none (throws SuiteError when its
   * configured variables are unset).
   */
  limitedCredentials(surface: Surface): Credentials | undefined;
  fixtures(surface: Surface): Promise<Fixtures | undefined>;
  /** Call the control plane (throws SuiteError when the target has none). */
  control(method: ControlMethod, path: string, body?: unknown): Promise<unknown>;
  /** A client of `surface` in `region` with this run's discipline, cassette and pacing. */
  client(surface: Surface, region: string): Client<Surface>;
  /** Put the exchanges that follow on the tape `name` (a no-op without a cassette). */
  tape(name: string): void;
  /** Wait `ms` (not at all while a cassette plays back). */
  sleep(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** What a target is built from: the run configuration's part about the target (the rest defaults). */
export type TargetConfig = Pick<RunConfig, "target"> &
  Partial<
    Pick<
      RunConfig,
      | "credentials"
      | "limitedCredentials"
      | "fixtures"
      | "allowMutations"
      | "noControlPlane"
      | "region"
      | "rateLimits"
      | "asyncWaitMs"
      | "caseBudgetMs"
      | "transport"
    >
  >;

/**
 * The retry policy of a real target, for every call of the run (cases, read-backs, preflights and
 * restores): six attempts with backoff from 200 ms to 3 s, any failure to get an answer included,
 * ride out a run of transient answers (at a 15% fault rate, six in a row happen about once in
 * 90,000 calls).
 */
export const REAL_TARGET_RETRY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 200,
  maxDelayMs: 3000,
  transport: "any",
};

/** The default bounded wait for an asynchronous change on a real target. */
const ASYNC_WAIT_MS = 30_000;

/** The default time budget of a case: 40 s on the simulator, 4 minutes on a real target. */
export function defaultCaseBudgetMs(kind: "sim" | "http"): number {
  return kind === "http" ? 240_000 : 40_000;
}

function readFixtures(file: string): Partial<Record<Surface, Fixtures>> {
  let data: unknown;
  try {
    const text = readFileSync(file, "utf8");
    data = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `cannot read fixtures ${file}: ${(error as Error).message}`);
  }
  if (!data || typeof data !== "object")
    throw new SuiteError("ENIC_CONFIG", `fixtures ${file} must be an object`);
  const out: Partial<Record<Surface, Fixtures>> = {};
  for (const [surface, value] of Object.entries(data)) {
    const f = value as Fixtures;
    if (!isSurface(surface) || typeof f?.roles !== "object" || typeof f.region !== "string") {
      throw new SuiteError(
        "ENIC_CONFIG",
        `fixtures ${file}: "${surface}" must be a surface with region and roles`,
      );
    }
    out[surface] = f;
  }
  return out;
}

async function controlNow(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  dispatcher?: Dispatcher,
): Promise<unknown> {
  let res: WireResponse;
  try {
    res = await send(
      baseUrl,
      {
        method,
        url: path,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? "" : JSON.stringify(body),
      },
      { dispatcher },
    );
  } catch (error) {
    // No answer at all is a harness problem of the target, as for a vendor call.
    throw new SuiteError("ENIC_TARGET_UNREACHABLE", `${method} ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (res.status !== 200)
    throw new SuiteError(
      "ENIC_BAD_RESPONSE",
      `${method} ${path}: HTTP ${res.status} ${res.body.slice(0, 200)}`,
    );
  return JSON.parse(res.body);
}

async function probeControl(baseUrl: string): Promise<boolean> {
  try {
    const res = await request(`${baseUrl}/_sim/health`);
    const text = await res.body.text();
    return res.statusCode === 200 && text.includes('"ok":true');
  } catch {
    return false;
  }
}

/** What differs between a simulator, a URL target and a played-back one; the rest is shared. */
interface Base {
  kind: "sim" | "http";
  baseUrl: string;
  hasControl: boolean;
  allowMutations: boolean;
  credentials(surface: Surface): Credentials;
  limitedCredentials(surface: Surface): Credentials | undefined;
  fixtures(surface: Surface): Promise<Fixtures | undefined>;
  controlNow(method: ControlMethod, path: string, body?: unknown): Promise<unknown>;
  /** What the run's calls go through instead of undici's global agent (the in-process transport). */
  dispatcher?: Dispatcher;
  close(): Promise<void>;
}

/**
 * Build a target (starting the embedded simulator for `sim`), with the region override applied.
 * With a cassette that plays back, the target is the recorded one: nothing is started and nothing
 * goes on the network; requests are signed with a stand-in secret (the recording holds none) and
 * matched by shape, not by signature.
 */
export async function createTarget(config: TargetConfig, cassette?: Cassette): Promise<Target> {
  const base = cassette?.mode === "playback" ? playbackBase(cassette) : await liveBase(config);
  const kind = base.kind;
  // Clients of a cassette run send through its interceptor, composed onto the transport (a socket
  // agent, or the in-process one); others through the transport's dispatcher or undici's global agent.
  const dispatcher: Dispatcher | undefined = cassette
    ? (base.dispatcher ?? new Agent()).compose(cassette.interceptor())
    : base.dispatcher;
  const sleep = (ms: number) => (cassette ? cassette.sleep(ms) : new Promise<void>((r) => setTimeout(r, ms)));
  const limiters = new Map<string, RateLimiter>();
  /** The rate of an operation against a real target: the documented one, or a configured lower (or missing) one. */
  const pace = async (surface: Surface, operation: string) => {
    const documented = surfaceModule(surface).operations.find(
      (o) => o.operation === operation,
    )?.ratePerSecond;
    const set = config.rateLimits?.[`${surface}/${operation}`];
    const rate = set === undefined ? documented : documented === undefined ? set : Math.min(set, documented);
    if (rate === undefined) return;
    const key = `${surface}/${operation}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = createRateLimiter(rate, () => Date.now(), sleep);
      limiters.set(key, limiter);
    }
    await limiter.acquire();
  };
  const registered = (c: Credentials) => {
    cassette?.registerSecret(c.secret);
    if (c.token) cassette?.registerSecret(c.token);
    return c;
  };
  const credentials = (surface: Surface) => registered(base.credentials(surface));
  const limitedCredentials = (surface: Surface) => {
    const c = base.limitedCredentials(surface);
    return c && registered(c);
  };
  const region = config.region;
  const target: Target = {
    kind,
    baseUrl: base.baseUrl,
    hasControl: base.hasControl,
    allowMutations: base.allowMutations,
    asyncWaitMs: config.asyncWaitMs ?? ASYNC_WAIT_MS,
    caseBudgetMs: config.caseBudgetMs ?? defaultCaseBudgetMs(kind),
    ...(cassette ? { cassette } : {}),
    credentials,
    limitedCredentials,
    fixtures: async (surface) => {
      const f = await base.fixtures(surface);
      return f && region ? { ...f, region, roles: { ...f.roles, "region.main": region } } : f;
    },
    control: (method, path, body) => {
      if (!base.hasControl)
        return Promise.reject(new SuiteError("ENIC_CONFIG", `${base.baseUrl} has no control plane`));
      const call = () => base.controlNow(method, path, body);
      return cassette ? cassette.control(method, path, body, call) : call();
    },
    client: (surface, inRegion) =>
      createClient({
        surface,
        baseUrl: base.baseUrl,
        credentials: credentials(surface),
        region: inRegion,
        sleep,
        ...(dispatcher ? { dispatcher } : {}),
        ...(kind === "http"
          ? { retry: REAL_TARGET_RETRY, pace: (operation: string) => pace(surface, operation) }
          : { retry: false as const, rateLimit: 1_000_000 }),
      }),
    tape: (name) => cassette?.useTape(name),
    sleep,
    close: async () => {
      await base.close();
      await dispatcher?.close();
    },
  };
  return target;
}

function playbackBase(cassette: Cassette): Base {
  const header = cassette.header;
  if (!header) throw new SuiteError("ENIC_CONFIG", `${cassette.dir} has no header to play back`);
  return {
    kind: header.target.kind,
    baseUrl: header.target.origin,
    hasControl: header.target.hasControl,
    allowMutations: header.target.allowMutations,
    credentials: () => ({ accessKeyId: "AKIDplayback", secret: "playback-has-no-secret" }),
    // A recorded run that had a limited key played its auth.permitted cases; the header says so.
    limitedCredentials: (surface) =>
      header.limitedKeys?.[surface] === undefined
        ? undefined
        : { accessKeyId: "AKIDplaybacklimited", secret: "playback-has-no-secret" },
    fixtures: async (surface) => header.fixtures[surface] as Fixtures | undefined,
    controlNow: () =>
      Promise.reject(new SuiteError("ENIC_PLAYBACK", "a played-back run never calls its target")),
    close: async () => {},
  };
}

/** A configured limited key as credentials (undefined when none is configured; throws when its variables are unset). */
function limitedOf(config: TargetConfig, surface: Surface): Credentials | undefined {
  const c = config.limitedCredentials?.[surface];
  if (c && "missing" in c) throw new SuiteError("ENIC_CREDENTIALS", c.missing);
  return c && { accessKeyId: c.accessKeyId, secret: c.secret, ...(c.token ? { token: c.token } : {}) };
}

async function liveBase(config: TargetConfig): Promise<Base> {
  const fromFile = config.fixtures ? readFixtures(config.fixtures) : undefined;
  const credentialsOf = (surface: Surface): Credentials => {
    const c = config.credentials?.[surface];
    if (c && "missing" in c) throw new SuiteError("ENIC_CREDENTIALS", c.missing);
    if (c) return { accessKeyId: c.accessKeyId, secret: c.secret, ...(c.token ? { token: c.token } : {}) };
    if (config.target === "sim") return DEFAULT_ACCOUNT;
    const names = surfaceModule(surface).credentialEnv;
    throw new SuiteError(
      "ENIC_CREDENTIALS",
      `no credentials for ${surface}: pass credentials or set ${names.accessKeyId} and ${names.secret}`,
    );
  };
  if (config.target === "sim") {
    // Every surface signs with one account on the embedded simulator: the --account one, or the default.
    const account = Object.values(config.credentials ?? {}).find((c) => !("missing" in c));
    const creds = account && !("missing" in account) ? account : DEFAULT_ACCOUNT;
    // Its limited key: the --limited-account one, or one of its own; a read-only key of the account.
    const given = Object.values(config.limitedCredentials ?? {}).find((c) => !("missing" in c));
    const limited =
      given && !("missing" in given)
        ? { accessKeyId: given.accessKeyId, secret: given.secret }
        : creds.accessKeyId === DEFAULT_ACCOUNT.accessKeyId
          ? { accessKeyId: DEFAULT_LIMITED_KEY.accessKeyId, secret: DEFAULT_LIMITED_KEY.secret }
          : { accessKeyId: `${creds.accessKeyId}limited`, secret: `${creds.secret}-limited` };
    const sim = await startSimulator({
      accounts: [
        { accessKeyId: creds.accessKeyId, secret: creds.secret },
        { ...limited, allow: "read", owner: creds.accessKeyId },
      ],
    });
    // The opt-in in-process transport: the same server stays up (its URL is the run's base URL and
    // Host), but the run's calls reach its handler without a socket.
    const transport =
      config.transport === "in-process"
        ? new InProcessDispatcher({
            origin: sim.url,
            serve: (req) => sim.simulator.serveWire(req, { remoteAddress: "127.0.0.1" }),
            maxBodyBytes: sim.simulator.state.maxBodyBytes,
          })
        : undefined;
    const control = (m: ControlMethod, p: string, b?: unknown) => controlNow(sim.url, m, p, b, transport);
    return {
      ...(transport ? { dispatcher: transport } : {}),
      kind: "sim",
      baseUrl: sim.url,
      hasControl: true,
      allowMutations: true,
      credentials: () => ({ accessKeyId: creds.accessKeyId, secret: creds.secret }),
      limitedCredentials: () => limited,
      fixtures: async (surface) =>
        fromFile?.[surface] ?? ((await control("GET", `/_sim/fixtures?surface=${surface}`)) as Fixtures),
      controlNow: control,
      close: () => sim.close(),
    };
  }
  let url: URL;
  try {
    url = new URL(config.target);
  } catch {
    throw new SuiteError("ENIC_CONFIG", `--target must be "sim" or an http(s) URL, got ${config.target}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SuiteError("ENIC_CONFIG", "--target must be http(s)");
  const baseUrl = url.origin;
  const hasControl = config.noControlPlane !== true && (await probeControl(baseUrl));
  return {
    kind: "http",
    baseUrl,
    hasControl,
    allowMutations: config.allowMutations === true,
    credentials: credentialsOf,
    limitedCredentials: (surface) => limitedOf(config, surface),
    fixtures: async (surface) => {
      if (fromFile) return fromFile[surface];
      if (hasControl)
        return (await controlNow(baseUrl, "GET", `/_sim/fixtures?surface=${surface}`)) as Fixtures;
      return undefined;
    },
    controlNow: (m, p, b) => controlNow(baseUrl, m, p, b),
    close: async () => {},
  };
}
