/**
 * Signed attach/detach pairs for the load generator. Each connection takes an (ENI, instance) pair
 * from a pool, attaches it, detaches it and gives it back, so every request is a real state change
 * that the simulator accepts. Requests are built by the surface's own codec and signer
 * (src/surfaces): TC3 (no nonce) is signed once per pair and stays valid for 5 minutes; ACS3 and
 * JDCLOUD2 carry nonces the simulator remembers, so each request is signed on its own (with its own
 * nonce), ahead of the run as far as a budget goes, then as it is sent.
 * Every answer is read with the surface's codec and counted as a success or not; the first few
 * bodies of each operation are kept to be checked against the response schemas afterwards.
 */
import type autocannon from "autocannon";
import type { Surface } from "../src/contracts/surfaces.ts";
import { seededRandom, systemClock } from "../src/core/clock.ts";
import type { WireRequest } from "../src/core/wire.ts";
import { surfaceModule } from "../src/surfaces/registry.ts";
import type { Credentials } from "../src/surfaces/types.ts";
import type { Pair } from "./world.ts";

/** The surfaces with a pair workload: one of each signing style (a new surface joins by choice). */
export type PairSurface = Extract<Surface, "tencent-v3" | "aliyun-ecs" | "jdcloud-vm">;

/** The attach and detach operations of a surface, and their parameters for a pair. */
const PAIR_CALLS: Record<
  PairSurface,
  { attach: string; detach: string; params(p: Pair, region: string): Record<string, unknown> }
> = {
  "tencent-v3": {
    attach: "AttachNetworkInterface",
    detach: "DetachNetworkInterface",
    params: (p) => ({ NetworkInterfaceId: p.eniId, InstanceId: p.instanceId }),
  },
  "aliyun-ecs": {
    attach: "AttachNetworkInterface",
    detach: "DetachNetworkInterface",
    params: (p, region) => ({ RegionId: region, InstanceId: p.instanceId, NetworkInterfaceId: p.eniId }),
  },
  "jdcloud-vm": {
    attach: "attachNetworkInterface",
    detach: "detachNetworkInterface",
    params: (p) => ({ instanceId: p.instanceId, networkInterfaceId: p.eniId }),
  },
};

/** What a pair workload needs. */
export interface PairOptions {
  surface: PairSurface;
  /** `host:port` the requests are signed for and sent to. */
  host: string;
  region: string;
  credentials: Credentials;
  pairs: Pair[];
  /** Sign each request on its own (required where the simulator checks nonces). */
  perRequest: boolean;
  /**
   * With `perRequest`: how many requests to sign before the run (each with its own nonce), so that
   * signing in the load generator does not limit the run; past them, requests are signed as sent.
   */
  presign?: number;
  /** Rewrite each request's path (a mock server that routes by path). */
  path?: (operation: string, req: WireRequest) => string;
}

/** Answers seen by a workload. */
export interface PairStats {
  ok: number;
  failed: number;
  /** Requests signed while the run went on (the ones signed ahead ran out). */
  signedDuringRun: number;
  firstFailure?: string;
  /** The first bodies of each operation, for a schema check after the run. */
  samples: { operation: string; status: number; body: string }[];
}

/** A pair workload: the autocannon request list and the stats it fills. */
export interface PairWorkload {
  requests: autocannon.Request[];
  stats: PairStats;
  /** Attach then detach, signed now: for a single sequential client. */
  signedPair(pair: Pair): [WireRequest, WireRequest];
  operations: { attach: string; detach: string };
}

const SAMPLES_PER_OPERATION = 20;
/** One nonce source for the whole bench process: no two workloads may send the same nonce. */
const random = seededRandom(7);

/** One call encoded by the surface's codec and signed by its signer, now, for `host` (`host:port`). */
export function signCall(
  surface: Surface,
  operation: string,
  params: Record<string, unknown>,
  to: { host: string; region: string; credentials: Credentials },
): WireRequest {
  const module = surfaceModule(surface);
  const unsigned = module.codec.encodeRequest(operation, params, { region: to.region, host: to.host });
  return module.signer.sign(unsigned, {
    credentials: to.credentials,
    clock: systemClock,
    random,
    region: to.region,
  });
}

/** Build the workload. The pool must hold at least as many pairs as there are connections. */
export function pairWorkload(options: PairOptions): PairWorkload {
  const module = surfaceModule(options.surface);
  const calls = PAIR_CALLS[options.surface];
  const sign = (operation: string, pair: Pair): WireRequest => {
    const signed = signCall(options.surface, operation, calls.params(pair, options.region), options);
    return options.path ? { ...signed, url: options.path(operation, signed) } : signed;
  };
  const pairOf = (p: Pair): [WireRequest, WireRequest] => [sign(calls.attach, p), sign(calls.detach, p)];
  // Without nonces: one signed pair per (ENI, instance), sent over and over.
  const once = new Map<Pair, [WireRequest, WireRequest]>();
  if (!options.perRequest) for (const p of options.pairs) once.set(p, pairOf(p));
  // With nonces: each request signed on its own, ahead of the run as far as `presign` goes.
  const ahead = new Map<Pair, [WireRequest, WireRequest][]>();
  if (options.perRequest) {
    const perPair = Math.ceil((options.presign ?? 0) / 2 / Math.max(1, options.pairs.length));
    for (const p of options.pairs)
      ahead.set(
        p,
        Array.from({ length: perPair }, () => pairOf(p)),
      );
  }
  const signedPair = (p: Pair): [WireRequest, WireRequest] => {
    const ready = once.get(p) ?? ahead.get(p)?.pop();
    if (ready) return ready;
    stats.signedDuringRun += 2;
    return pairOf(p);
  };
  // First in, first out: every pair takes its turn, so the requests signed ahead are used evenly.
  const pool = [...options.pairs];
  const stats: PairStats = { ok: 0, failed: 0, signedDuringRun: 0, samples: [] };
  const sampled = new Map<string, number>();
  const toData = (w: WireRequest): autocannon.RequestData => ({
    method: w.method,
    path: w.url,
    headers: w.headers,
    body: w.body,
  });
  const record = (operation: string) => (status: number, body: string) => {
    const outcome = module.codec.decodeResponse(operation, { status, headers: {}, body });
    if (outcome.kind === "success") stats.ok++;
    else {
      stats.failed++;
      stats.firstFailure ??= `${operation}: HTTP ${status} ${body.slice(0, 300)}`;
    }
    const n = sampled.get(operation) ?? 0;
    if (n < SAMPLES_PER_OPERATION) {
      sampled.set(operation, n + 1);
      stats.samples.push({ operation, status, body });
    }
  };
  const attach: autocannon.Request = {
    setupRequest: (_req, context) => {
      const pair = pool.shift();
      if (!pair) throw new Error("the pair pool is empty: give the workload more pairs than connections");
      const signed = signedPair(pair);
      context.pair = pair;
      context.detach = signed[1];
      return toData(signed[0]);
    },
    onResponse: record(calls.attach),
  };
  const detach: autocannon.Request = {
    setupRequest: (_req, context) => toData(context.detach as WireRequest),
    onResponse: (status, body, context) => {
      record(calls.detach)(status, body);
      pool.push(context.pair as Pair);
    },
  };
  return {
    requests: [attach, detach],
    stats,
    signedPair,
    operations: { attach: calls.attach, detach: calls.detach },
  };
}
