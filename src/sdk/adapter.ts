/**
 * The SDK adapter interface of the SDK conformance mode (`eni-conformance run --client <adapter>`):
 * what an SDK author writes so that the suite can drive their SDK through every documented case.
 * An adapter builds a client pointed at the simulator, calls an operation with the catalogue's
 * parameters, and says what the SDK surfaced (success or error, code, request id, HTTP status).
 * Adapters are loaded by built-in name (src/sdk/adapters/index.ts) or from a module path.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import type { Credentials } from "../surfaces/types.ts";

/** Where the simulator listens: always plain HTTP on 127.0.0.1. */
export interface SdkEndpoint {
  /** The surface the client is for (one adapter may serve several). */
  surface: Surface;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** `127.0.0.1:PORT`. */
  host: string;
  port: number;
}

/** How the suite wants the client configured. */
export interface SdkOptions {
  /** Give up on a call after this many milliseconds (set the SDK's own timeout to it, if it has one). */
  timeoutMs: number;
}

/** A client built by an adapter. */
export interface SdkClient {
  /**
   * Call `operation` (the catalogue's name, e.g. `AttachNetworkInterface`, JD's `attachNetworkInterface`)
   * with the catalogue's parameters (its spelling, e.g. `RegionId`, `networkInterfaceId`). Resolve
   * with what the SDK resolved with; throw or reject with what the SDK threw. Do not catch.
   */
  call(operation: string, params: Record<string, unknown>): Promise<unknown>;
}

/** What the SDK surfaced for one call, in neutral terms. */
export interface Surfaced {
  /** Did the SDK report success or an error? */
  outcome: "success" | "error";
  /** How an error reached the caller: thrown/rejected, or returned as a value (result-style APIs). */
  delivered?: "thrown" | "returned";
  /** The error's class or name as the caller sees it (`ClientError`, `plain object`, ...). */
  errorType?: string;
  /** Whether a thrown error is an `Error` instance. */
  isError?: boolean;
  /** The vendor error code the SDK exposes. */
  code?: string;
  /** A second code the SDK exposes beside it (Tencent v2 answers carry a numeric code and a text one). */
  alternateCode?: string;
  message?: string;
  /** The request id the SDK exposes (success or error). */
  requestId?: string;
  /** The HTTP status the SDK exposes, if any. */
  httpStatus?: number;
  /** Where the status was found, as a property path of the error or value (`statusCode`, `entry.response.statusCode`). */
  httpStatusAt?: string;
}

/** The value or the exception of one call. */
export type Settled = { value: unknown } | { thrown: unknown };

/**
 * An SDK adapter: what `eni-conformance run --client <adapter>` needs to drive an SDK through every
 * documented case — build the SDK's client pointed at the simulator, send a catalogue operation
 * through it, and say in neutral terms what the SDK surfaced. Export one (default, or as `adapter`)
 * from a module and pass its path to `--client`; the recipe is in CONTRIBUTING.md, a complete
 * adapter in `examples/sdk-adapter/my-adapter.ts`.
 *
 * @example
 * ```ts
 * import { type SdkAdapter, thrownError } from "eni-conformance";
 *
 * const adapter: SdkAdapter = {
 *   name: "my-sdk",
 *   surfaces: ["tencent-v3"],
 *   create: (endpoint, credentials, region, options) => {
 *     const sdk = new MySdk({ url: endpoint.url, ...credentials, region, timeoutMs: options.timeoutMs });
 *     return { call: (operation, params) => sdk.send(operation, params) }; // never catch
 *   },
 *   normalise: (settled) =>
 *     "thrown" in settled ? thrownError(settled.thrown, { statusAt: ["status"] }) : { outcome: "success" },
 * };
 * export default adapter;
 * ```
 */
export interface SdkAdapter {
  /** Shown in reports (`tencentcloud-sdk-nodejs`); no paths, no versions needed. */
  name: string;
  /** The surfaces the SDK speaks. */
  surfaces: readonly Surface[];
  /** A client for `endpoint.surface`, with these credentials and region, configured per `options`. */
  create(endpoint: SdkEndpoint, credentials: Credentials, region: string, options: SdkOptions): SdkClient;
  /** Turn the value or exception of a call into what the SDK surfaced. */
  normalise(settled: Settled, surface: Surface): Surfaced;
  /**
   * Why a case cannot be expressed through this SDK (undefined: it can). Asked with the case's
   * operation and request perturbation; cases the SDK refuses locally are found by the suite itself.
   */
  cannotExpress?(operation: string, mutation: string | undefined, surface: Surface): string | undefined;
}

/** Throws unless `value` has the shape of an adapter. */
export function assertAdapter(value: unknown, from: string): SdkAdapter {
  const a = value as Partial<SdkAdapter> | undefined;
  const problems: string[] = [];
  if (!a || typeof a !== "object") problems.push("the module exports no adapter object");
  else {
    if (typeof a.name !== "string" || a.name === "") problems.push("name must be a non-empty string");
    if (!Array.isArray(a.surfaces) || a.surfaces.length === 0) problems.push("surfaces must list surfaces");
    if (typeof a.create !== "function") problems.push("create must be a function");
    if (typeof a.normalise !== "function") problems.push("normalise must be a function");
  }
  if (problems.length > 0)
    throw new SuiteError("ENIC_CONFIG", `${from} is not an SDK adapter: ${problems.join("; ")}`);
  return a as SdkAdapter;
}

/** A property path's value (`entry.response.statusCode`), or undefined. */
export function pick(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split(".")) {
    if (at === null || (typeof at !== "object" && typeof at !== "function")) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The first of `paths` that holds a number: the status and where it was found. */
export function statusOf(
  value: unknown,
  paths: readonly string[],
): Pick<Surfaced, "httpStatus" | "httpStatusAt"> {
  for (const path of paths) {
    const v = pick(value, path);
    if (typeof v === "number") return { httpStatus: v, httpStatusAt: path };
  }
  return {};
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The class name of a thrown value (`plain object` for a non-Error object). */
export function typeName(thrown: unknown): string {
  if (thrown instanceof Error) {
    const ctor = thrown.constructor?.name;
    return ctor && ctor !== "Error" ? ctor : thrown.name || "Error";
  }
  if (thrown !== null && typeof thrown === "object") return "plain object";
  return typeof thrown;
}

/** The entries of `o` whose values are defined. */
export function defined<T extends Record<string, unknown>>(
  o: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * What an SDK surfaced by throwing, in the common shape: the type, whether it is an `Error`, its
 * `code` and `message`, the request id (at `requestIdAt`, default the `requestId` field; `null` when
 * the SDK puts none on the error) and the HTTP status at the first of `statusAt` that holds one.
 */
export function thrownError(
  thrown: unknown,
  where: { statusAt?: readonly string[]; requestIdAt?: string | null } = {},
): Surfaced {
  const e = thrown as Record<string, unknown> | undefined;
  const requestIdAt = where.requestIdAt === undefined ? "requestId" : where.requestIdAt;
  return {
    outcome: "error",
    delivered: "thrown",
    errorType: typeName(thrown),
    isError: thrown instanceof Error,
    ...defined({
      code: text(e?.code),
      message: text(e?.message),
      requestId: requestIdAt === null ? undefined : text(pick(e, requestIdAt)),
    }),
    ...(where.statusAt ? statusOf(e, where.statusAt) : {}),
  };
}
