/**
 * Builds a surface's operation table from its spec: one entry per action (wire-form duplicates are
 * left out), whether a seed document describes it, its documented rate limit, its own vendor host
 * where the spec gives the operation a server of its own, and whether it changes state.
 */
import { loadSpec, primaryOperations } from "../../contracts/spec.ts";
import type { Surface } from "../../contracts/surfaces.ts";
import type { OperationInfo } from "../types.ts";

/**
 * The operations that move an ENI: attach, detach and migrate, on every surface. Every document
 * names them so (`AttachNetworkInterface`, `attachNetworkInterface`, `MigrateNetworkInterface`, ...),
 * and they are exactly the operations the specs mark `x-async` (a shared test keeps the two equal).
 * Decided once here: a real target must allow mutations for them, a case that calls one is
 * restored afterwards, and a pact interaction of one needs a provider state.
 */
const STATE_CHANGING = /^(attach|detach|migrate)/i;

/** The operation table of `surface`, in spec order. */
export function operationTable(surface: Surface): OperationInfo[] {
  return primaryOperations(surface, loadSpec(surface)).map((op) => {
    const source = op.op["x-source"] as Record<string, unknown> | undefined;
    const rate = op.op["x-rate-limit"] as { perSecond?: number } | undefined;
    const info: OperationInfo = {
      operation: op.operationId,
      action: op.action,
      documented: typeof source?.document === "string",
      changesState: STATE_CHANGING.test(op.operationId),
    };
    if (typeof rate?.perSecond === "number") info.ratePerSecond = rate.perSecond;
    const servers = op.op.servers as { url?: string }[] | undefined;
    if (typeof servers?.[0]?.url === "string") info.host = new URL(servers[0].url).host;
    return info;
  });
}
