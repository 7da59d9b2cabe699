/**
 * The rate each operation is sent at against a real target: the documented limit (e.g. Tencent v3
 * AttachNetworkInterface 100/s, DescribeVpcTaskResult 20/s), or the configured one — which may
 * lower a documented limit or set one where the documents give none, but never exceed a documented
 * limit. Configured through `--rate`, `ENIC_RATE_LIMITS` or the config file's `rateLimits`.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { surfaceModule } from "../surfaces/registry.ts";

/** The environment variable that carries configured rates to the suites (`s/Op=N,...`). */
export const RATE_LIMITS_ENV = "ENIC_RATE_LIMITS";

let configured: Map<string, number> | undefined;

function configuredRates(): Map<string, number> {
  if (!configured) {
    configured = new Map();
    for (const entry of (process.env[RATE_LIMITS_ENV] ?? "").split(",").filter(Boolean)) {
      const [key, n] = entry.split("=");
      if (key && Number(n) > 0) configured.set(key, Number(n));
    }
  }
  return configured;
}

/** Requests per second for `operation` of `surface`, or undefined for no limit. */
export function rateOf(surface: Surface, operation: string): number | undefined {
  const documented = surfaceModule(surface).operations.find((o) => o.operation === operation)?.ratePerSecond;
  const set = configuredRates().get(`${surface}/${operation}`);
  if (set === undefined) return documented;
  return documented === undefined ? set : Math.min(set, documented);
}

/** What is wrong with configured rates: an unknown operation, or a rate above the documented one. */
export function rateLimitProblems(limits: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [key, n] of Object.entries(limits)) {
    const [surface, operation] = key.split("/") as [Surface, string];
    const op = surfaceModule(surface).operations.find((o) => o.operation === operation);
    if (!op) {
      problems.push(
        `${key}: ${surface} has no operation ${operation} (${surfaceModule(surface)
          .operations.map((o) => o.operation)
          .join(", ")})`,
      );
    } else if (op.ratePerSecond !== undefined && n > op.ratePerSecond) {
      problems.push(`${key}: ${n}/s is above the documented ${op.ratePerSecond}/s`);
    }
  }
  return problems;
}
