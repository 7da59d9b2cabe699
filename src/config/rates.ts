/**
 * Configured rate limits: `<surface>/<Operation>=N` entries (the `--rate` option, `ENIC_RATE_LIMITS`
 * comma-separated, the config file's `rateLimits`). A configured rate may lower a documented limit
 * or set one where the documents give none, never exceed a documented limit.
 */
import { isSurface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";

/** Parse `<surface>/<Operation>=N` entries. Throws SuiteError ENIC_CONFIG naming `source` and the entry. */
export function parseRateLimits(entries: readonly string[], source: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of entries.filter(Boolean)) {
    const m = /^([a-z0-9-]+)\/([A-Za-z]+)=(\d+(?:\.\d+)?)$/.exec(entry.trim());
    if (!m?.[1] || !m[2] || !m[3] || !isSurface(m[1]) || Number(m[3]) <= 0) {
      throw new SuiteError(
        "ENIC_CONFIG",
        `${source}: "${entry}" must be <surface>/<Operation>=N with N > 0 (e.g. tencent-v3/AttachNetworkInterface=50)`,
      );
    }
    out[`${m[1]}/${m[2]}`] = Number(m[3]);
  }
  return out;
}

/** What is wrong with configured rates: an unknown operation, or a rate above the documented one. */
export function rateLimitProblems(limits: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [key, n] of Object.entries(limits)) {
    const [surface, operation] = key.split("/") as [string, string];
    if (!isSurface(surface)) {
      problems.push(`${key}: ${surface} is not a surface`);
      continue;
    }
    const module = surfaceModule(surface);
    const op = module.operations.find((o) => o.operation === operation);
    if (!op) {
      problems.push(
        `${key}: ${surface} has no operation ${operation} (${module.operations.map((o) => o.operation).join(", ")})`,
      );
    } else if (op.ratePerSecond !== undefined && n > op.ratePerSecond) {
      problems.push(`${key}: ${n}/s is above the documented ${op.ratePerSecond}/s`);
    }
  }
  return problems;
}
