/**
 * Adapter for this project's own signed client (src/client, `createClient`) on all four surfaces.
 * Its design differs from the vendor SDKs on purpose: vendor errors are returned as values
 * (`{ error: { code, message, status, requestId } }`), never thrown; throttling and 5xx answers are
 * retried with jittered backoff (3 attempts by default); every attempt has a timeout. The client's
 * own rate limiter is opened wide here so that the suite's bursts reach the simulator as sent.
 */
import { type CallResult, createClient } from "../../client/client.ts";
import { SURFACES } from "../../contracts/surfaces.ts";
import { defined, type SdkAdapter, statusOf, text, thrownError } from "../adapter.ts";

export const eniConformanceAdapter: SdkAdapter = {
  name: "eni-conformance",
  surfaces: SURFACES,
  create(endpoint, credentials, region, options) {
    const client = createClient({
      surface: endpoint.surface,
      baseUrl: endpoint.url,
      credentials,
      region,
      timeoutMs: options.timeoutMs,
      rateLimit: 1_000_000,
    });
    return { call: (operation, params) => client.callRaw(operation, params) };
  },
  normalise(settled) {
    if ("thrown" in settled) return thrownError(settled.thrown, { requestIdAt: null });
    const result = settled.value as CallResult;
    if ("data" in result) {
      return {
        outcome: "success",
        ...defined({ requestId: text(result.requestId) }),
        ...statusOf(result, ["response.status"]),
      };
    }
    if ("error" in result) {
      return {
        outcome: "error",
        delivered: "returned",
        errorType: "VendorError",
        ...defined({
          code: text(result.error.code),
          alternateCode: text(result.error.alternateCode),
          message: text(result.error.message),
          requestId: text(result.error.requestId),
        }),
        ...statusOf(result.error, ["status"]),
      };
    }
    return {
      outcome: "error",
      delivered: "returned",
      errorType: "malformed answer",
      message: result.malformed,
      ...statusOf(result, ["response.status"]),
    };
  },
};
