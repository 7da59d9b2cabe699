/**
 * Injected faults: added latency, a rate of the cloud's own internal errors, dropped connections,
 * throttling at a rate (by default the documented ones: Tencent API 3.0 AttachNetworkInterface
 * 100/s and DescribeVpcTaskResult 20/s), and the variation mode (`vary`: answers as the real
 * gateways also send them, each adapter's `vary`). Deterministic: the error draws and variations
 * come from the simulator's seeded random source.
 */
import type { Surface } from "../contracts/surfaces.ts";

/** The fault settings (`PUT /_sim/faults`). */
export interface Faults {
  /** Extra milliseconds before each vendor answer. */
  latencyMs: number;
  /** Share (0..1) of vendor requests answered with the cloud's internal error. */
  errorRate: number;
  /** Share (0..1) of vendor requests whose connection is dropped without an answer. */
  dropRate: number;
  /**
   * Throttling: `"documented"` applies the documents' limits; a number applies that many requests
   * per second to every operation; an object sets `surface/operation` (or `surface`) limits; false
   * turns throttling off.
   */
  throttle: "documented" | false | number | Record<string, number>;
  /**
   * Vary the answers where the documents allow it (layout, member order, optional members, request
   * id forms, headers), as public recordings of the real gateways do. Present only when on, so the
   * settings of a simulator without it read as they always did.
   */
  vary?: true;
}

/** The defaults: no latency, no errors, the documented rate limits. */
export const DEFAULT_FAULTS: Faults = { latencyMs: 0, errorRate: 0, dropRate: 0, throttle: "documented" };

/** Validate a faults document; returns the merged settings or an error message. */
export function parseFaults(current: Faults, input: unknown): Faults | string {
  if (!input || typeof input !== "object" || Array.isArray(input)) return "faults must be a JSON object";
  const next: Faults = { ...current };
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case "latencyMs":
        if (typeof value !== "number" || value < 0 || value > 60_000) return "latencyMs must be 0..60000";
        next.latencyMs = value;
        break;
      case "errorRate":
      case "dropRate":
        if (typeof value !== "number" || value < 0 || value > 1) return `${key} must be 0..1`;
        next[key] = value;
        break;
      case "throttle":
        if (
          value !== "documented" &&
          value !== false &&
          !(typeof value === "number" && value > 0) &&
          !(
            value &&
            typeof value === "object" &&
            Object.values(value).every((v) => typeof v === "number" && v > 0)
          )
        ) {
          return 'throttle must be "documented", false, a positive number, or {"surface/operation": perSecond}';
        }
        next.throttle = value as Faults["throttle"];
        break;
      case "vary":
        if (typeof value !== "boolean") return "vary must be true or false";
        if (value) next.vary = true;
        else delete next.vary;
        break;
      default:
        return `unknown fault ${key} (latencyMs, errorRate, dropRate, throttle, vary)`;
    }
  }
  return next;
}

/** The limit (per second) that applies to a call, if any. */
export function throttleLimit(
  faults: Faults,
  surface: Surface,
  operation: string,
  documented: number | undefined,
): number | undefined {
  const t = faults.throttle;
  if (t === false) return undefined;
  if (t === "documented") return documented;
  if (typeof t === "number") return t;
  return t[`${surface}/${operation}`] ?? t[surface];
}

/** A non-blocking sliding-window counter: refuses once `limit` calls fell in the last second. */
export class WindowCounter {
  private readonly times: number[] = [];
  /** True when a call at `now` is within `limit` per second (and records it). */
  take(now: number, limit: number): boolean {
    while (this.times.length > 0 && now - (this.times[0] as number) >= 1000) this.times.shift();
    if (this.times.length >= limit) return false;
    this.times.push(now);
    return true;
  }
}
