/**
 * What the simulator asks of each surface besides its wire protocol: how to serve a decoded,
 * verified request against the cloud-neutral world (calling the model's transitions and rendering
 * describe results in the surface's own shapes), how its cloud's world is spelled (ids, region,
 * zones, instance types), how the surface spells fixture ids, and its request ids. One adapter per
 * surface in `adapters/<surface>/`, the same files for all (index.ts, serve.ts, render.ts).
 */
import type { Surface } from "../contracts/surfaces.ts";
import type { Random } from "../core/clock.ts";
import type { ApiError } from "../core/errors.ts";
import type { WireResponse } from "../core/wire.ts";
import type { WorldStyle } from "../model/seed.ts";
import type { Progress } from "../model/transitions.ts";
import type { Cloud, World } from "../model/world.ts";
import type { Decoded } from "../surfaces/types.ts";
import type { Explainer } from "./diagnose/explainer.ts";

/** One call, as an adapter sees it. */
export interface SimCall {
  decoded: Decoded;
  world: World;
  now: number;
  progress: Progress;
  /** The request id of this answer (Tencent API 3.0 also uses it as the task id). */
  requestId: string;
  random: Random;
  /** Rule ids this surface documents for `operation` (what the model enforces beyond invariants). */
  rules(operation: string): ReadonlySet<string>;
  /** The surface's error for breaking `rule` in `operation` (its catalogue row, or its fallback). */
  refuse(rule: string, message: string): ApiError;
}

/** What a variation of an answer may depend on (the `vary` fault). */
export interface VaryContext {
  /** The simulator's seeded random source: the same run varies the same way. */
  random: Random;
  /** True for an error answer. */
  error: boolean;
  /** The region of the cloud's world (some gateways name a regional host). */
  region: string;
}

/** What serving a call produced: result members for the codec (and the task it started), or an error. */
export type SimOutcome = { result: Record<string, unknown>; taskId?: string } | { error: ApiError };

/** The simulator side of one surface. */
export interface SimAdapter {
  readonly surface: Surface;
  /** The cloud whose world the surface serves (Tencent v2 and v3 share the Tencent world). */
  readonly cloud: Cloud;
  /**
   * How the cloud spells its seed world: ids, region, zones, instance types. Adapters of one cloud
   * declare the same style (a test keeps them equal).
   */
  readonly worldStyle: WorldStyle;
  /** A fresh request id in the surface's own format. */
  requestId(random: Random): string;
  /** Serve a decoded, verified request. Mutates the world only through the model's transitions. */
  serve(call: SimCall): SimOutcome;
  /**
   * The result members of a success that changes nothing (the `ignore-rule` deviation answers a
   * refused call with it, as if the cloud had accepted the call).
   */
  accepted(decoded: Decoded, world: World, requestId: string): Record<string, unknown>;
  /**
   * The answer as the real gateway may also send it (the `vary` fault, off by default): the same
   * envelope with the variations public recordings of the gateway show and the documents allow
   * (layout, member order, optional members, request id forms, headers). Never a change a document
   * forbids: the suites stay green against it.
   */
  vary(answer: WireResponse, ctx: VaryContext): WireResponse;
  /**
   * How the signature diagnosis reads this surface's signatures (`explain.ts`; optional: without
   * one, a refused signature's journal entry has no computation and no cause beyond the refusal).
   */
  readonly explainer?: Explainer;
  /** Fixture role → id as this surface spells it (the control plane's `/_sim/fixtures`). */
  fixtures(world: World): Record<string, string>;
  /**
   * The row id answered when a rule has no documented code on this surface (the rule's case lists no
   * error rows, which is a finding): the closest documented answer.
   */
  readonly fallbackRow: string;
  /**
   * The names a request may give the world's region (the world's own, and any alias the surface
   * accepts for it); a request naming another region is refused as `region.unknown`.
   */
  regionNames(world: World): readonly string[];
}
