/**
 * An example SDK adapter, written the way an SDK author would write one for their own SDK: here the
 * official Tencent Cloud SDK configured as an application might use it — GET requests
 * (`httpProfile.reqMethod`), the simulator's address as the endpoint — on the tencent-v3 surface.
 *
 * Run it:
 *   npx eni-conformance run --client ./examples/sdk-adapter/my-adapter.ts
 *
 * The interface is duck-typed: a default export with `name`, `surfaces`, `create` and `normalise`.
 * The type import below is optional.
 */
import { createRequire } from "node:module";
import type { SdkAdapter } from "eni-conformance";

// The SDK is CommonJS; a plain require reads it the same way under tsx and vitest.
const tencentcloud = createRequire(import.meta.url)("tencentcloud-sdk-nodejs");

const adapter: SdkAdapter = {
  name: "tencentcloud-sdk-nodejs (GET)",
  surfaces: ["tencent-v3"],

  // One client per call site: endpoint, credentials, region and the timeout the suite asks for.
  create(endpoint, credentials, region, options) {
    const client = new tencentcloud.vpc.v20170312.Client({
      credential: { secretId: credentials.accessKeyId, secretKey: credentials.secret },
      region,
      profile: {
        httpProfile: {
          endpoint: endpoint.host, // 127.0.0.1:PORT; the SDK prefixes the protocol
          protocol: "http://",
          reqMethod: "GET",
          reqTimeout: options.timeoutMs / 1000, // seconds
        },
      },
    });
    // Operations and parameters come spelled as in the catalogue, which is the SDK's own spelling here.
    return { call: (operation, params) => client[operation](params) };
  },

  // Cases this configuration cannot send (the suite reports them as skipped with this reason).
  cannotExpress(_operation, mutation) {
    return mutation === "param.wrong-type"
      ? "GET puts every parameter in the query string, where every value is a string: a wrongly typed value cannot be sent"
      : undefined;
  },

  // What the SDK surfaced: a resolved value, or the exception it threw.
  normalise(settled) {
    if ("value" in settled) {
      const value = settled.value as { RequestId?: string };
      return { outcome: "success", ...(value?.RequestId ? { requestId: value.RequestId } : {}) };
    }
    const e = settled.thrown as { code?: string; message?: string; requestId?: string; httpCode?: number };
    return {
      outcome: "error",
      delivered: "thrown",
      errorType: settled.thrown instanceof Error ? settled.thrown.constructor.name : "plain object",
      isError: settled.thrown instanceof Error,
      ...(e?.code ? { code: e.code } : {}),
      ...(e?.message ? { message: e.message } : {}),
      ...(e?.requestId ? { requestId: e.requestId } : {}),
      ...(typeof e?.httpCode === "number" ? { httpStatus: e.httpCode, httpStatusAt: "httpCode" } : {}),
    };
  },
};

export default adapter;
