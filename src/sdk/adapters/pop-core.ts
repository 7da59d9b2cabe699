/**
 * Adapter for the legacy Alibaba Cloud RPC client (`@alicloud/pop-core`, signature V1 HMAC-SHA1, by
 * its default method GET) on the aliyun-ecs surface. Timeout: per call (`{ timeout }`, ms, default
 * 3 s). It never retries.
 *
 * What it surfaces: any answer whose body carries a `Code` (whatever the HTTP status) rejects with a
 * plain `Error` named `<Code>Error`, with `code`, `data` (the body, `data.RequestId`) and the HTTP
 * status only in `entry.response.statusCode`; any other answer resolves with the parsed body.
 */
import { createRequire } from "node:module";
import { defined, type SdkAdapter, text, thrownError } from "../adapter.ts";

const require = createRequire(import.meta.url);
const RPCClient = require("@alicloud/pop-core") as typeof import("@alicloud/pop-core");

export const popCoreAdapter: SdkAdapter = {
  name: "@alicloud/pop-core",
  surfaces: ["aliyun-ecs"],
  create(endpoint, credentials, _region, options) {
    const client = new RPCClient({
      endpoint: endpoint.url,
      apiVersion: "2014-05-26",
      accessKeyId: credentials.accessKeyId,
      accessKeySecret: credentials.secret,
    });
    return {
      call: (operation, params) => client.request(operation, params, { timeout: options.timeoutMs }),
    };
  },
  normalise(settled) {
    if ("value" in settled) {
      return {
        outcome: "success",
        ...defined({ requestId: text((settled.value as { RequestId?: unknown } | undefined)?.RequestId) }),
      };
    }
    return thrownError(settled.thrown, {
      requestIdAt: "data.RequestId",
      statusAt: ["statusCode", "entry.response.statusCode"],
    });
  },
};
