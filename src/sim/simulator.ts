/**
 * The simulator: one fetch-shaped handler for all four surfaces. A vendor request is routed by
 * shape (or by Host when it names a vendor host), verified with the surface's own verifier, decoded
 * by its codec, throttled and faulted as configured, and served by the surface's adapter against the
 * world of the calling account; the codec then writes the cloud's own envelope. Requests under
 * `/_sim/` go to the control plane instead. Worlds are isolated per account and cloud.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { type Clock, fixedClock, type Random, seededRandom, systemClock } from "../core/clock.ts";
import type { ApiError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { type Progress, settleDue } from "../model/transitions.ts";
import { type Cloud, setAttachment, type World } from "../model/world.ts";
import { routeRequest, SURFACE_MODULES } from "../surfaces/registry.ts";
import { createNonceStore, type NonceStore } from "../surfaces/shared/nonce-store.ts";
import type { SurfaceModule } from "../surfaces/types.ts";
import type { SimAdapter } from "./adapter.ts";
import { SIM_ADAPTERS, SIM_CLOUDS, seedWorldOf } from "./adapters/registry.ts";
import { serveControl } from "./control.ts";
import {
  applyDeviations,
  ignoredRules,
  ignoredScenario,
  misspelt,
  roleSignature,
} from "./deviation-effects.ts";
import { type Deviation, deviationCatalogue } from "./deviations.ts";
import { DEFAULT_FAULTS, type Faults, throttleLimit, WindowCounter } from "./faults.ts";
import { ruleError, rulesFor } from "./rule-errors.ts";

/** An account the simulator knows: key id and secret. */
export interface Account {
  accessKeyId: string;
  secret: string;
}

/** The documented default test account (the dummy key the official-SDK captures use). */
export const DEFAULT_ACCOUNT: Account = { accessKeyId: "AKIDtest", secret: "testkey" };

/** Options of a simulator. */
export interface SimulatorOptions {
  accounts?: Account[];
  /** Seed of request ids and fault draws (default 1). */
  seed?: number;
  /** Async progress of attach/detach/migrate (default: settles on the second poll). */
  progress?: Progress;
  /** Deviation ids to enable from the start. */
  deviations?: string[];
  /** Seed worlds to use instead of the built-in ones, per cloud. */
  worlds?: Partial<Record<Cloud, World>>;
  /**
   * Seed worlds as JSON text, `{"tencent": World, ...}` (the `--world FILE` option): instead of
   * `worlds`, for large worlds — the simulator keeps the text as the seed and uses the objects it
   * parsed from it as the first live worlds, so a world is held once as objects.
   */
  worldsJson?: string;
  /** Largest request body accepted, bytes (default 1 MiB). */
  maxBodyBytes?: number;
}

/** One vendor request the simulator served (for the control plane's request log). */
export interface LoggedRequest {
  account?: string;
  surface?: Surface;
  operation?: string;
  status: number;
  code?: string;
}

/** Vendor host → the surface that answers on it (each surface module lists its hosts). */
const BY_HOST = new Map<string, SurfaceModule>(
  Object.values(SURFACE_MODULES).flatMap((m) => m.hosts.map((host) => [host, m] as const)),
);

/**
 * Parse seed worlds from JSON text `{"<cloud>": World, ...}`; throws on a key that is not a cloud
 * of the adapters.
 */
export function parseWorldsJson(text: string): Partial<Record<Cloud, World>> {
  const data = JSON.parse(text) as Record<string, World>;
  const out: Partial<Record<Cloud, World>> = {};
  const names = `${SIM_CLOUDS.slice(0, -1).join(", ")} or ${SIM_CLOUDS.at(-1)}`;
  for (const [cloud, world] of Object.entries(data)) {
    if (!SIM_CLOUDS.includes(cloud) || world?.cloud !== cloud) {
      throw new Error(`--world: key ${cloud} must be ${names} and match the world's "cloud"`);
    }
    out[cloud as Cloud] = world;
  }
  return out;
}

/** The mutable state of a simulator, shared by the vendor handler and the control plane. */
export class SimulatorState {
  readonly accounts: Account[];
  readonly maxBodyBytes: number;
  clock: Clock & { real?: boolean };
  progress: Progress;
  faults: Faults = { ...DEFAULT_FAULTS };
  enabled = new Set<string>();
  readonly random: Random;
  readonly log: LoggedRequest[] = [];
  private readonly worlds = new Map<string, World>();
  /**
   * The seed worlds given in the options, kept as JSON text (`{"<cloud>": World}`, possibly with
   * other clouds) rather than as a second object graph next to the live worlds: a 100,000-ENI world
   * is held once as objects, and a world seeded after a reset is parsed afresh from the text (the
   * worlds are plain JSON data, so this copies exactly what structuredClone did).
   */
  private readonly seeds: Partial<Record<Cloud, string>> = {};
  /** Worlds parsed from `worldsJson` that no account uses yet: the first to need one takes it. */
  private readonly unused: Partial<Record<Cloud, World>> = {};
  readonly nonces = new Map<Surface, NonceStore>();
  readonly counters = new Map<string, WindowCounter>();
  private readonly catalogue: Map<string, Deviation>;

  constructor(options: SimulatorOptions) {
    this.accounts = options.accounts && options.accounts.length > 0 ? options.accounts : [DEFAULT_ACCOUNT];
    this.maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
    this.clock = { ...systemClock, real: true };
    this.progress = options.progress ?? { kind: "polls", polls: 2 };
    this.random = seededRandom(options.seed ?? 1);
    if (options.worlds && options.worldsJson !== undefined)
      throw new Error("give worlds or worldsJson, not both");
    for (const [cloud, world] of Object.entries(options.worlds ?? {}) as [Cloud, World][]) {
      this.seeds[cloud] = JSON.stringify({ [cloud]: world });
    }
    if (options.worldsJson !== undefined) {
      const text = options.worldsJson;
      for (const [cloud, world] of Object.entries(parseWorldsJson(text)) as [Cloud, World][]) {
        this.seeds[cloud] = text;
        this.unused[cloud] = world;
      }
    }
    this.catalogue = new Map(deviationCatalogue().map((d) => [d.id, d]));
    for (const id of options.deviations ?? []) this.enableDeviation(id);
    for (const surface of Object.keys(SURFACE_MODULES) as Surface[]) {
      this.nonces.set(surface, createNonceStore({ now: () => this.clock.now() }));
    }
  }

  /** Enable a deviation by id; throws on an unknown id. */
  enableDeviation(id: string): void {
    if (!this.catalogue.has(id)) throw new Error(`unknown deviation ${id} (GET /_sim/deviations lists them)`);
    this.enabled.add(id);
  }

  /** The enabled deviations of a surface. */
  deviationsOf(surface: Surface): Deviation[] {
    return [...this.enabled]
      .map((id) => this.catalogue.get(id) as Deviation)
      .filter((d) => d.surface === surface);
  }

  /** Set the clock: a fixed ISO time, or the machine's clock. */
  setClock(spec: { now?: string; real?: boolean }): void {
    if (spec.real) this.clock = { ...systemClock, real: true };
    else if (spec.now !== undefined) this.clock = fixedClock(spec.now);
  }

  /** The account with `accessKeyId` (or the first one). */
  account(accessKeyId?: string): Account | undefined {
    return accessKeyId === undefined
      ? this.accounts[0]
      : this.accounts.find((a) => a.accessKeyId === accessKeyId);
  }

  /** The world of an account and cloud, seeded on first use. */
  world(accessKeyId: string, cloud: Cloud): World {
    const key = `${accessKeyId}/${cloud}`;
    let world = this.worlds.get(key);
    if (!world) {
      const seed = this.seeds[cloud];
      world = this.unused[cloud];
      delete this.unused[cloud];
      world ??=
        seed === undefined
          ? seedWorldOf(cloud, accessKeyId)
          : ((JSON.parse(seed) as Partial<Record<Cloud, World>>)[cloud] as World);
      this.worlds.set(key, world);
    }
    return world;
  }

  /** Back to the seed worlds of one account (and a fresh throttling window). */
  reset(accessKeyId: string): void {
    for (const key of [...this.worlds.keys()]) if (key.startsWith(`${accessKeyId}/`)) this.worlds.delete(key);
    for (const key of [...this.counters.keys()])
      if (key.startsWith(`${accessKeyId}/`)) this.counters.delete(key);
  }
}

/** A fetch-shaped simulator plus its state and a wire-level entry point. */
export interface Simulator {
  readonly state: SimulatorState;
  /** Serve a wire request (`remoteAddress` guards the control plane: loopback only). */
  handleWire(req: WireRequest, meta?: { remoteAddress?: string }): Promise<WireResponse | "drop">;
  /** Serve a fetch Request in-process. */
  fetch(request: Request): Promise<Response>;
}

function pickSurface(req: WireRequest): SurfaceModule | undefined {
  const host = (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
  return BY_HOST.get(host) ?? routeRequest(req);
}

const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});

/** Create a simulator. */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const state = new SimulatorState(options);

  const serveVendor = async (req: WireRequest): Promise<WireResponse | "drop"> => {
    const module = pickSurface(req);
    if (!module) {
      return json(404, {
        error: "no simulated surface matches this request (see README: Use the simulator)",
      });
    }
    const adapter = SIM_ADAPTERS[module.id];
    const requestId = adapter.requestId(state.random);
    const entry: LoggedRequest = { surface: module.id, status: 0 };
    const deviations = state.deviationsOf(module.id);
    const answer = (res: WireResponse, error?: ApiError): WireResponse => {
      entry.status = res.status;
      if (error) entry.code = error.code;
      state.log.push(entry);
      if (state.log.length > 10_000) state.log.shift();
      return applyDeviations(res, deviations, error !== undefined);
    };
    const fail = (error: ApiError) => {
      const shown = misspelt(error, deviations);
      return answer(module.codec.encodeError(shown, requestId), shown);
    };

    if (state.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, state.faults.latencyMs));
    if (state.faults.dropRate > 0 && state.random.float() < state.faults.dropRate) return "drop";
    if (Buffer.byteLength(req.body) > state.maxBodyBytes) {
      return fail(
        module.errors.error("request.malformed", `The request body exceeds ${state.maxBodyBytes} bytes.`),
      );
    }
    const verified = module.signer.verify(req, {
      lookupSecret: (id) => state.account(id)?.secret,
      clock: state.clock,
      ...(state.nonces.get(module.id) ? { nonces: state.nonces.get(module.id) as NonceStore } : {}),
    });
    if (!verified.ok) return fail(verified.error);
    entry.account = verified.accessKeyId;
    const decoded = module.codec.decode(req);
    if (!decoded.ok) return fail(decoded.error);
    const operation = decoded.value.operation;
    entry.operation = operation;
    if (state.faults.errorRate > 0 && state.random.float() < state.faults.errorRate) {
      return fail(module.errors.error("internal", "An internal error occurred; try again later."));
    }
    const documented = module.operations.find((o) => o.operation === operation)?.ratePerSecond;
    const limit = throttleLimit(state.faults, module.id, operation, documented);
    if (limit !== undefined) {
      const key = `${verified.accessKeyId}/${module.id}/${operation}`;
      const counter = state.counters.get(key) ?? new WindowCounter();
      state.counters.set(key, counter);
      if (!counter.take(state.clock.now(), limit)) {
        return fail(module.errors.error("rate.throttled", `Requests exceed ${limit} per second.`));
      }
    }
    const world = state.world(verified.accessKeyId, adapter.cloud);
    const now = state.clock.now();
    settleDue(world, now);
    const ignored = ignoredRules(deviations);
    let refused: string | undefined;
    const outcome = adapter.serve({
      decoded: decoded.value,
      world,
      now,
      progress: state.progress,
      requestId,
      random: state.random,
      rules: (op) => rulesFor(module.id, op),
      refuse: (rule, message) => {
        refused = rule;
        return ruleError(module.id, rule, operation, message, adapter.fallbackRow);
      },
    });
    if ("error" in outcome) {
      const roles = ignored.size > 0 ? roleSignature(decoded.value.params, adapter.fixtures(world)) : {};
      if (refused !== undefined && ignoredScenario(module.id, operation, ignored, refused, roles)) {
        return answer(
          module.codec.encodeResult(operation, adapter.accepted(decoded.value, world, requestId), requestId),
        );
      }
      return fail(outcome.error);
    }
    if (deviations.some((d) => d.effect.kind === "error-on-success")) {
      return fail(module.errors.error("internal", "An internal error occurred; try again later."));
    }
    if (outcome.taskId !== undefined && deviations.some((d) => d.effect.kind === "missing-async-task")) {
      dropTask(world, outcome.taskId);
    }
    return answer(module.codec.encodeResult(operation, outcome.result, requestId));
  };

  const handleWire = async (req: WireRequest, meta: { remoteAddress?: string } = {}) => {
    try {
      const path = req.url.split("?")[0] ?? "";
      if (path === "/_sim" || path.startsWith("/_sim/")) return serveControl(state, req, meta.remoteAddress);
      return await serveVendor(req);
    } catch (error) {
      // A bug of ours must not take the server down or look like a vendor answer.
      return json(500, { error: `simulator error: ${(error as Error).message}` });
    }
  };

  return {
    state,
    handleWire,
    async fetch(request: Request): Promise<Response> {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      headers.host ??= url.host;
      const wire: WireRequest = {
        method: request.method.toUpperCase(),
        url: `${url.pathname}${url.search}`,
        headers,
        body: request.body ? await request.text() : "",
      };
      const res = await handleWire(wire);
      if (res === "drop") throw new TypeError("connection dropped by the simulator (fault injection)");
      return new Response(res.status === 204 ? null : res.body, { status: res.status, headers: res.headers });
    },
  };
}

/**
 * The missing-async-task deviation: the call is accepted but its task is gone and the change never
 * settles (an attach stays "attaching", a detach stays "detaching").
 */
function dropTask(world: World, taskId: string): void {
  const task = world.tasks[taskId];
  if (!task) return;
  delete world.tasks[taskId];
  const eni = world.enis[task.eniId];
  if (!eni) return;
  const a = eni.attachment;
  if (task.kind === "detach") {
    const deviceIndex = a?.deviceIndex ?? 1;
    setAttachment(world, eni, {
      instanceId: task.instanceId,
      deviceIndex,
      status: "detaching",
      since: a?.since ?? task.createdAt,
    });
  } else if (a && a.instanceId === task.instanceId) {
    setAttachment(world, eni, {
      instanceId: a.instanceId,
      deviceIndex: a.deviceIndex,
      status: "attaching",
      since: a.since,
    });
  }
}

export type { SimAdapter };
