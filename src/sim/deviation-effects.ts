/**
 * How enabled deviations change an answer: a refused rule that is ignored, an error code misspelt,
 * and the envelope-level changes applied to the encoded answer (wrong status, missing request id,
 * request id of the wrong type). Pure functions over data.
 */
import { ApiError } from "../core/errors.ts";
import type { WireResponse } from "../core/wire.ts";
import { type Deviation, misspell } from "./deviations.ts";

/** The rules the enabled deviations tell the simulator not to enforce. */
export function ignoredRules(deviations: Deviation[]): Set<string> {
  return new Set(deviations.flatMap((d) => (d.effect.kind === "ignore-rule" ? [d.effect.rule] : [])));
}

/** `error` with its code misspelt when a deviation says so for its row. */
export function misspelt(error: ApiError, deviations: Deviation[]): ApiError {
  const hit = deviations.some((d) => d.effect.kind === "misspell-code" && d.effect.row === error.rowId);
  return hit ? new ApiError(misspell(error.code), error.message, error.rowId) : error;
}

const REQUEST_ID = /^request_?id$/i;

function rewrite(value: unknown, change: (key: string, v: unknown) => [boolean, unknown]): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, change));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const [keep, next] = change(k, v);
      if (keep) out[k] = rewrite(next, change);
    }
    return out;
  }
  return value;
}

/** Apply the envelope-level deviations to an encoded answer. */
export function applyDeviations(res: WireResponse, deviations: Deviation[], isError: boolean): WireResponse {
  if (deviations.length === 0) return res;
  let out = res;
  const has = (kind: Deviation["effect"]["kind"]) => deviations.some((d) => d.effect.kind === kind);
  if (isError && has("wrong-status")) out = { ...out, status: out.status === 200 ? 500 : 200 };
  if (has("missing-request-id") || has("wrong-field-type")) {
    let body: unknown;
    try {
      body = JSON.parse(out.body);
    } catch {
      return out;
    }
    const drop = has("missing-request-id");
    const changed = rewrite(body, (k, v) =>
      REQUEST_ID.test(k) ? (drop ? [false, v] : [true, 12345]) : [true, v],
    );
    const headers = { ...out.headers };
    if (drop) for (const name of Object.keys(headers)) if (/request-?id/i.test(name)) delete headers[name];
    out = { ...out, headers, body: JSON.stringify(changed) };
  }
  return out;
}
