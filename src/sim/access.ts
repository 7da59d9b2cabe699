/**
 * What an authenticated simulator account may do, and where its request may go: the permission
 * policy of an account (all operations, only the ones that change nothing, or a list) and the
 * regions a world answers in. Both refusals are neutral (`auth.forbidden`, `region.unknown`): each
 * surface's error table picks the cloud's own row, so a preflight that classifies a target's answers
 * through that table recognises the simulator's too.
 */
import type { ApiError } from "../core/errors.ts";
import type { World } from "../model/world.ts";
import { changesState, SURFACE_MODULES } from "../surfaces/registry.ts";
import type { Decoded, SurfaceModule } from "../surfaces/types.ts";
import type { SimAdapter } from "./adapter.ts";
import { rulesFor } from "./rule-errors.ts";

/**
 * An account's permission policy: `all` operations, `read` (every operation that changes no state:
 * describes and task queries), or the operation names allowed (as the specs spell them).
 */
export type Allow = "all" | "read" | readonly string[];

/** The rule of a surface's catalogue that states the region; where it applies, the adapter refuses. */
const REGION_RULE = "region.valid";

/** The policy in `input` (`"all"`, `"read"` or an array of operation names), or why it is none. */
export function parseAllow(input: unknown): { allow: Allow } | { error: string } {
  if (input === "all" || input === "read") return { allow: input };
  if (!Array.isArray(input) || !input.every((op) => typeof op === "string"))
    return { error: 'allow must be "all", "read" or ["<operation>", ...]' };
  const known = new Set(Object.values(SURFACE_MODULES).flatMap((m) => m.operations.map((o) => o.operation)));
  const unknown = input.filter((op) => !known.has(op));
  if (unknown.length > 0) return { error: `no surface has the operation ${unknown.join(", ")}` };
  return { allow: input as string[] };
}

/** True when `allow` lets an account call `operation` of `surface`. */
function allows(allow: Allow, surface: SurfaceModule["id"], operation: string): boolean {
  if (allow === "all") return true;
  if (allow === "read") return !changesState(surface, operation);
  return allow.includes(operation);
}

/**
 * The refusal of an authenticated request the account's policy does not allow (RAM, CAM or IAM
 * denying the action): the surface's `auth.forbidden` row. Undefined when the call is allowed.
 */
export function forbidden(module: SurfaceModule, allow: Allow, decoded: Decoded): ApiError | undefined {
  if (allows(allow, module.id, decoded.operation)) return undefined;
  return module.errors.error(
    "auth.forbidden",
    `The caller is not authorized to perform ${decoded.operation} (the account's policy allows ${
      typeof allow === "string" ? allow : allow.join(", ") || "nothing"
    }).`,
  );
}

/**
 * The refusal of a request naming a region the world does not have: the surface's `region.unknown`
 * row. Undefined when the request names no region (where the surface lets it), one of the world's
 * region names, or when the surface's catalogue states the region as a rule (aliyun-ecs
 * region.valid): its adapter refuses by that rule in every operation then, so the rule's case gets
 * its own rows and the rule's deviations still apply.
 */
export function unknownRegion(
  module: SurfaceModule,
  adapter: SimAdapter,
  decoded: Decoded,
  world: World,
): ApiError | undefined {
  const region = decoded.region;
  if (region === undefined || adapter.regionNames(world).includes(region)) return undefined;
  if (module.operations.some((o) => rulesFor(module.id, o.operation).has(REGION_RULE))) return undefined;
  return module.errors.error("region.unknown", `The region ${region} does not exist.`);
}
