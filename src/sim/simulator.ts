import type { Surface } from "../contracts/surfaces.ts";
import type { ApiError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { settleDue } from "../model/transitions.ts";
import { setAttachment, type World } from "../model/world.ts";
import { routeRequest, SURFACE_MODULES } from "../surfaces/registry.ts";
import type { SurfaceModule, VerifyContext } from "../surfaces/types.ts";
import { forbidden, unknownRegion } from "./access.ts";
import type { SimAdapter } from "./adapter.ts";
import { SIM_ADAPTERS } from "./adapters/registry.ts";
import { serveControl } from "./control.ts";
import {
  applyDeviations,
  ignoredRules,
  ignoredScenario,
  misspelt,
  roleSignature,
  wrongMessage,
} from "./deviation-effects.ts";
import type { Deviation } from "./deviations.ts";
import { throttleLimit, WindowCounter } from "./faults.ts";
import { deviationIds, envelopeDeviations, type JournalEntry, refusedSignature } from "./journal.ts";
import { ruleError, rulesFor } from "./rule-errors.ts";
import { type SimulatorOptions, SimulatorState } from "./state.ts";

/** Vendor host → the surface that answers on it (each surface module lists its hosts). */
const BY_HOST = new Map<string, SurfaceModule>(
  Object.values(SURFACE_MODULES).flatMap((m) => m.hosts.map((host) => [host, m] as const)),
);

/** A fetch-shaped simulator plus its state and a wire-level entry point. */
export interface Simulator {
  readonly state: SimulatorState;
  /** Serve a wire request (`remoteAddress` guards the control plane: loopback only). */
  handleWire(req: WireRequest, meta?: { remoteAddress?: string }): Promise<WireResponse | "drop">;
  /** The same, answered synchronously where nothing delays it (no promise per request for the server). */
  serveWire(
    req: WireRequest,
    meta?: { remoteAddress?: string },
  ): WireResponse | "drop" | Promise<WireResponse | "drop">;
  /** Serve a fetch Request in-process. */
  fetch(request: Request): Promise<Response>;
}

function pickSurface(req: WireRequest): SurfaceModule | undefined {
  return BY_HOST.get(hostName(req.headers.host ?? "")) ?? routeRequest(req);
}

/** A Host header without its port (`:digits` at the end), lower-case. */
function hostName(host: string): string {
  const colon = host.lastIndexOf(":");
  let end = host.length;
  if (colon !== -1 && colon < host.length - 1) {
    end = colon;
    for (let i = colon + 1; i < host.length; i++) {
      const c = host.charCodeAt(i);
      if (c < 48 || c > 57) {
        end = host.length;
        break;
      }
    }
  }
  const name = end === host.length ? host : host.slice(0, end);
  // Most hosts are lower-case ASCII already (IP addresses, the SDKs' endpoints).
  return NEEDS_LOWER_CASE.test(name) ? name.toLowerCase() : name;
}

/** An upper-case ASCII letter, or any character beyond ASCII (toLowerCase decides those). */
const NEEDS_LOWER_CASE = /[A-Z\u0080-\uffff]/;

/** True for a request to the control plane: its path is `/_sim` or under `/_sim/`. */
function isControl(url: string): boolean {
  if (!url.startsWith("/_sim")) return false;
  const next = url.charCodeAt(5);
  // The path ends there (end of URL or its query) or goes on under /_sim/.
  return Number.isNaN(next) || next === 0x3f /* ? */ || next === 0x2f /* / */;
}

const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});

/** Create a simulator. */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const state = new SimulatorState(options);
  // One verify context per surface, made on its first request: the secrets, the simulator's clock
  // as it is when read (the control plane may set another), the surface's nonce memory.
  const verifyContexts = new Map<Surface, VerifyContext>();
  const verifyContext = (surface: Surface): VerifyContext => {
    let ctx = verifyContexts.get(surface);
    if (!ctx) {
      ctx = {
        lookupSecret: (id) => state.account(id)?.secret,
        get clock() {
          return state.clock;
        },
      };
      const nonces = state.nonces.get(surface);
      if (nonces) ctx.nonces = nonces;
      verifyContexts.set(surface, ctx);
    }
    return ctx;
  };

  /**
   * A vendor request: its surface, request id and journal entry at once, then (after the latency
   * fault's delay, if one is set: only then is the answer a promise) the rest.
   */
  const serveVendor = (req: WireRequest): WireResponse | "drop" | Promise<WireResponse | "drop"> => {
    const module = pickSurface(req);
    if (!module) {
      return json(404, {
        error: "no simulated surface matches this request (see README: Use the simulator)",
      });
    }
    const adapter = SIM_ADAPTERS[module.id];
    const requestId = adapter.requestId(state.random);
    const entry = state.journal.begin(module.id, state.clock.now(), performance.now());
    const deviations = state.deviationsOf(module.id);
    const latency = state.faults.latencyMs;
    if (latency > 0) {
      return new Promise((r) => setTimeout(r, latency)).then(() =>
        serveSurface(req, module, adapter, requestId, entry, deviations),
      );
    }
    return serveSurface(req, module, adapter, requestId, entry, deviations);
  };

  const serveSurface = (
    req: WireRequest,
    module: SurfaceModule,
    adapter: SimAdapter,
    requestId: string,
    entry: JournalEntry,
    deviations: Deviation[],
  ): WireResponse | "drop" => {
    const answer = (res: WireResponse, error?: ApiError, original?: ApiError): WireResponse => {
      const varied = state.faults.vary
        ? adapter.vary(res, {
            random: state.random,
            error: error !== undefined,
            region: adapter.worldStyle.region,
          })
        : res;
      const out = applyDeviations(varied, deviations, error !== undefined);
      if (deviations.length > 0)
        entry.deviations = [...(entry.deviations ?? []), ...envelopeDeviations(deviations, original, error)];
      state.journal.record(entry, res.status, error, performance.now());
      return out;
    };
    const fail = (error: ApiError) => {
      const shown = wrongMessage(misspelt(error, deviations), deviations);
      return answer(module.codec.encodeError(shown, requestId), shown, error);
    };

    if (state.faults.dropRate > 0 && state.random.float() < state.faults.dropRate) return "drop";
    if (Buffer.byteLength(req.body) > state.maxBodyBytes) {
      entry.stage = "body-size";
      return fail(
        module.errors.error("request.malformed", `The request body exceeds ${state.maxBodyBytes} bytes.`),
      );
    }
    const verified = module.signer.verify(req, verifyContext(module.id));
    if (!verified.ok)
      return fail(
        refusedSignature(entry, req, verified, {
          module,
          ...(adapter.explainer ? { explainer: adapter.explainer } : {}),
          keys: state.accounts,
          clock: state.clock,
        }),
      );
    entry.account = verified.accessKeyId;
    entry.scheme = verified.scheme;
    const decoded = module.codec.decode(req);
    if (!decoded.ok) {
      entry.stage = "decode";
      return fail(decoded.error);
    }
    const operation = decoded.value.operation;
    entry.operation = operation;
    // Authenticated: then what the account may do, then where the request goes (access.ts).
    const world = state.world(verified.accessKeyId, adapter.cloud);
    const denied = forbidden(module, state.account(verified.accessKeyId)?.allow ?? "all", decoded.value);
    const early = denied ?? unknownRegion(module, adapter, decoded.value, world);
    if (early) {
      entry.stage = denied ? "policy" : "region";
      return fail(early);
    }
    if (state.faults.errorRate > 0 && state.random.float() < state.faults.errorRate) {
      entry.stage = "fault";
      return fail(module.errors.error("internal", "An internal error occurred; try again later."));
    }
    const limit =
      state.faults.throttle === false
        ? undefined
        : throttleLimit(
            state.faults,
            module.id,
            operation,
            module.operations.find((o) => o.operation === operation)?.ratePerSecond,
          );
    if (limit !== undefined) {
      const key = `${verified.accessKeyId}/${module.id}/${operation}`;
      const counter = state.counters.get(key) ?? new WindowCounter();
      state.counters.set(key, counter);
      if (!counter.take(state.clock.now(), limit)) {
        entry.stage = "throttle";
        return fail(module.errors.error("rate.throttled", `Requests exceed ${limit} per second.`));
      }
    }
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
      entry.stage = "rule";
      entry.rule = refused;
      const roles = ignored.size > 0 ? roleSignature(decoded.value.params, adapter.fixtures(world)) : {};
      if (refused !== undefined && ignoredScenario(module.id, operation, ignored, refused, roles)) {
        entry.stage = "deviation";
        entry.deviations = deviationIds(deviations, "ignore-rule");
        return answer(
          module.codec.encodeResult(operation, adapter.accepted(decoded.value, world, requestId), requestId),
        );
      }
      return fail(outcome.error);
    }
    entry.taskId = outcome.taskId;
    if (deviations.some((d) => d.effect.kind === "error-on-success")) {
      entry.stage = "deviation";
      entry.deviations = deviationIds(deviations, "error-on-success");
      return fail(module.errors.error("internal", "An internal error occurred; try again later."));
    }
    if (outcome.taskId !== undefined && deviations.some((d) => d.effect.kind === "missing-async-task")) {
      entry.deviations = deviationIds(deviations, "missing-async-task");
      dropTask(world, outcome.taskId);
    }
    return answer(module.codec.encodeResult(operation, outcome.result, requestId));
  };

  /**
   * A clock set through the control plane is the target's clock: its Date header says so, as a real
   * gateway's would (the doctor measures the skew from it). On the machine's clock, node:http writes
   * the Date header itself.
   */
  const dated = (answer: WireResponse | "drop"): WireResponse | "drop" => {
    if (answer === "drop" || state.clock.real) return answer;
    return { ...answer, headers: { ...answer.headers, date: new Date(state.clock.now()).toUTCString() } };
  };
  // A bug of ours must not take the server down or look like a vendor answer.
  const failed = (error: unknown): WireResponse =>
    json(500, { error: `simulator error: ${(error as Error).message}` });

  const serveWire = (
    req: WireRequest,
    meta: { remoteAddress?: string } = {},
  ): WireResponse | "drop" | Promise<WireResponse | "drop"> => {
    try {
      if (isControl(req.url)) return serveControl(state, req, meta.remoteAddress);
      const served = serveVendor(req);
      return served instanceof Promise ? served.then(dated, failed) : dated(served);
    } catch (error) {
      return failed(error);
    }
  };

  const handleWire = async (req: WireRequest, meta: { remoteAddress?: string } = {}) => serveWire(req, meta);

  return {
    state,
    handleWire,
    serveWire,
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
  const task = world.tasks.get(taskId);
  if (!task) return;
  world.tasks.delete(taskId);
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
