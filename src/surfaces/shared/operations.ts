/**
 * Builds a surface's operation table from its spec: one entry per action (wire-form duplicates are
 * left out), whether a seed document describes it, its documented rate limit, and its own vendor
 * host where the spec gives the operation a server of its own.
 */
import { loadSpec, primaryOperations } from "../../contracts/spec.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import type { OperationInfo } from "../types.ts";

/** The operation table of `surface`, in spec order. */
export function operationTable(surface: Surface): OperationInfo[] {
  return primaryOperations(surface, loadSpec(surface)).map((op) => {
    const source = op.op["x-source"] as Record<string, unknown> | undefined;
    const rate = op.op["x-rate-limit"] as { perSecond?: number } | undefined;
    const info: OperationInfo = {
      operation: op.operationId,
      action: op.action,
      documented: typeof source?.document === "string",
    };
    if (typeof rate?.perSecond === "number") info.ratePerSecond = rate.perSecond;
    const servers = op.op.servers as { url?: string }[] | undefined;
    if (typeof servers?.[0]?.url === "string") info.host = new URL(servers[0].url).host;
    return info;
  });
}
