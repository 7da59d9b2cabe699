/**
 * Small readers of the wire that several surfaces share: the `Action` parameter of RPC-style
 * requests (in the query or a form body) and the standard `Retry-After` header (RFC 9110 §10.2.3,
 * delay in seconds). Each surface decides whether they apply to it.
 */
import { rawQuery, type WireRequest, type WireResponse } from "../../core/wire.ts";

/** The `Action` parameter of the query, else of the body; "" when neither has one. */
export function actionParam(req: WireRequest): string {
  for (const text of [rawQuery(req.url), req.body]) {
    const m = /(?:^|&)Action=([^&]*)/.exec(text);
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  return "";
}

/** The standard `retry-after` hint in ms, when it is a number of seconds. */
export function retryAfterSeconds(res: WireResponse): number | undefined {
  const standard = res.headers["retry-after"];
  if (standard && /^\d+$/.test(standard)) return Number(standard) * 1000;
  return undefined;
}
