/**
 * Where the suites send their requests: the embedded simulator (started in this process on
 * 127.0.0.1, port 0) or any `http(s)://` base URL (a standalone simulator, a proxy, a staging
 * account). Fixtures come from a file, or from the target's `/_sim/fixtures` when it has a control
 * plane. Credentials come from options or the clouds' standard environment variables.
 */
import { readFileSync } from "node:fs";
import { request } from "undici";
import { parse as parseYaml } from "yaml";
import {
  type CassetteHeader,
  controlThroughCassette,
  recording,
  registerSecret,
  replaying,
} from "../client/cassette.ts";
import { resolveCredentials } from "../client/credentials.ts";
import { isSurface, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { startSimulator } from "../sim/server.ts";
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

/** A target of the suites. */
export interface Target {
  readonly kind: "sim" | "http";
  readonly baseUrl: string;
  /** True when the target has the simulator's control plane (reset, clock, faults ...). */
  readonly hasControl: boolean;
  /** True when cases that change state may run (always for the embedded simulator). */
  readonly allowMutations: boolean;
  credentials(surface: Surface): Credentials;
  fixtures(surface: Surface): Promise<Fixtures | undefined>;
  /** Call the control plane (throws SuiteError when the target has none). */
  control(method: ControlMethod, path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** How to build a target. */
export interface TargetOptions {
  /** `sim` or a base URL. */
  target: string;
  /** `KEYID:SECRET` for every surface (else the environment's, else the simulator's default). */
  account?: string;
  fixturesFile?: string;
  allowMutations?: boolean;
  /** Region to use instead of the fixtures' region. */
  region?: string;
  /** False: never use the target's control plane, even when it has one (rehearse a staging run). */
  useControl?: boolean;
  /** Per surface, the names of the environment variables holding credentials (config file `accounts`). */
  accountsEnv?: Record<string, { accessKeyIdEnv: string; secretEnv: string }>;
  env?: Record<string, string | undefined>;
}

function parseAccount(text: string): Credentials {
  const i = text.indexOf(":");
  if (i <= 0) throw new SuiteError("ENIC_CONFIG", "--account must be KEYID:SECRET");
  return { accessKeyId: text.slice(0, i), secret: text.slice(i + 1) };
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

function controlCall(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  return controlThroughCassette(method, path, body, () => controlNow(baseUrl, method, path, body));
}

async function controlNow(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await request(`${baseUrl}${path}`, {
    method: method as "GET",
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const text = await res.body.text();
  if (res.statusCode !== 200)
    throw new SuiteError(
      "ENIC_BAD_RESPONSE",
      `${method} ${path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`,
    );
  return JSON.parse(text);
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

/** Build a target (starting the embedded simulator for `sim`), with the region override applied. */
export async function createTarget(options: TargetOptions): Promise<Target> {
  const target = await baseTarget(options);
  const region = options.region;
  if (!region) return target;
  return {
    ...target,
    fixtures: async (surface) => {
      const f = await target.fixtures(surface);
      return f ? { ...f, region, roles: { ...f.roles, "region.main": region } } : undefined;
    },
  };
}

/**
 * The target of a replayed run: what the cassette recorded about it, every exchange answered from
 * the tape, nothing started and nothing on the network. Requests are signed with a stand-in secret
 * (the recording holds none); the tape is matched by shape, not by signature.
 */
function replayTarget(header: CassetteHeader): Target {
  const control = (m: ControlMethod, p: string, b?: unknown) => controlCall(header.target.origin, m, p, b);
  return {
    kind: header.target.kind,
    baseUrl: header.target.origin,
    hasControl: header.target.hasControl,
    allowMutations: header.target.allowMutations,
    credentials: () => ({ accessKeyId: "AKIDreplay", secret: "replay-has-no-secret" }),
    fixtures: async (surface) => header.fixtures[surface] as Fixtures | undefined,
    control: (m, p, b) => {
      if (!header.target.hasControl)
        return Promise.reject(new SuiteError("ENIC_CONFIG", `${header.target.origin} had no control plane`));
      return control(m, p, b);
    },
    close: async () => {},
  };
}

/** While recording: the run's secrets are registered so the cassette masks them. */
function registering(target: Target): Target {
  if (!recording()) return target;
  return {
    ...target,
    credentials: (surface) => {
      const c = target.credentials(surface);
      registerSecret(c.secret);
      if (c.token) registerSecret(c.token);
      return c;
    },
  };
}

async function baseTarget(options: TargetOptions): Promise<Target> {
  const replay = replaying();
  if (replay) return replayTarget(replay);
  return registering(await liveTarget(options));
}

async function liveTarget(options: TargetOptions): Promise<Target> {
  const env = options.env ?? process.env;
  const explicit = options.account ? parseAccount(options.account) : undefined;
  const fromFile = options.fixturesFile ? readFixtures(options.fixturesFile) : undefined;
  if (options.target === "sim") {
    const creds = explicit ?? { accessKeyId: "AKIDtest", secret: "testkey" };
    const sim = await startSimulator({ accounts: [creds] });
    const control = (m: ControlMethod, p: string, b?: unknown) => controlCall(sim.url, m, p, b);
    return {
      kind: "sim",
      baseUrl: sim.url,
      hasControl: true,
      allowMutations: true,
      credentials: () => creds,
      fixtures: async (surface) =>
        fromFile?.[surface] ?? ((await control("GET", `/_sim/fixtures?surface=${surface}`)) as Fixtures),
      control,
      close: () => sim.close(),
    };
  }
  let url: URL;
  try {
    url = new URL(options.target);
  } catch {
    throw new SuiteError("ENIC_CONFIG", `--target must be "sim" or an http(s) URL, got ${options.target}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new SuiteError("ENIC_CONFIG", "--target must be http(s)");
  const baseUrl = url.origin;
  const hasControl = options.useControl !== false && (await probeControl(baseUrl));
  return {
    kind: "http",
    baseUrl,
    hasControl,
    allowMutations: options.allowMutations === true,
    credentials: (surface) => {
      const names = options.accountsEnv?.[surface];
      if (!explicit && names) {
        const accessKeyId = env[names.accessKeyIdEnv];
        const secret = env[names.secretEnv];
        if (!accessKeyId || !secret) {
          throw new SuiteError(
            "ENIC_CREDENTIALS",
            `no credentials for ${surface}: set ${names.accessKeyIdEnv} and ${names.secretEnv}`,
          );
        }
        return { accessKeyId, secret };
      }
      return resolveCredentials(surfaceModule(surface), explicit, env);
    },
    fixtures: async (surface) => {
      if (fromFile) return fromFile[surface];
      if (hasControl)
        return (await controlCall(baseUrl, "GET", `/_sim/fixtures?surface=${surface}`)) as Fixtures;
      return undefined;
    },
    control: (m, p, b) => {
      if (!hasControl)
        return Promise.reject(new SuiteError("ENIC_CONFIG", `${baseUrl} has no control plane`));
      return controlCall(baseUrl, m, p, b);
    },
    close: async () => {},
  };
}
