/**
 * `envelope`: the answer is the cloud's own success or error envelope (Tencent `Response` with
 * HTTP 200; Alibaba `RequestId`/`Code` with 4xx/5xx; JD `requestId` + `result`/`error`; Tencent v2
 * `code`/`codeDesc`), as the surface's codec reads it.
 */
import type { Check } from "./types.ts";

export const envelope: Check = (ctx) =>
  "malformed" in ctx.result
    ? [{ check: "envelope", message: `the answer is not the cloud's envelope: ${ctx.result.malformed}` }]
    : [];
