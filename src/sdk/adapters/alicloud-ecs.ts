/**
 * Adapter for the official Alibaba Cloud ECS SDK (`@alicloud/ecs20140526` 7.x on
 * `@alicloud/openapi-core`, ACS3-HMAC-SHA256, every parameter in the query of a POST) on the
 * aliyun-ecs surface. Timeouts: `Config.readTimeout` and `connectTimeout` (ms, default 3 s; both are
 * raised or lowered together, since `connectTimeout` is also the socket-idle timeout). Retries are
 * off unless `Config.retryOptions` is set; this adapter keeps the SDK's defaults.
 *
 * What it surfaces: `ClientError` / `ServerError` / `ThrottlingError` (all `AlibabaCloudError`) with
 * `code`, `statusCode`, `requestId`, `message`; success is any status below 400.
 */
import { createRequire } from "node:module";
import { defined, type SdkAdapter, statusOf, text, thrownError } from "../adapter.ts";

const require = createRequire(import.meta.url);
const Ecs = require("@alicloud/ecs20140526") as typeof import("@alicloud/ecs20140526");
const OpenApi = require("@alicloud/openapi-core") as typeof import("@alicloud/openapi-core");

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const alicloudEcsAdapter: SdkAdapter = {
  name: "@alicloud/ecs20140526",
  surfaces: ["aliyun-ecs"],
  create(endpoint, credentials, region, options) {
    const client = new Ecs.default(
      new OpenApi.$OpenApiUtil.Config({
        accessKeyId: credentials.accessKeyId,
        accessKeySecret: credentials.secret,
        regionId: region,
        endpoint: endpoint.host,
        protocol: "http",
        connectTimeout: options.timeoutMs,
        readTimeout: options.timeoutMs,
      }),
    );
    const sdk = Ecs as unknown as Record<string, new (map: Record<string, unknown>) => unknown>;
    return {
      call: async (operation, params) => {
        const Request = sdk[`${operation}Request`];
        const method = (client as unknown as Record<string, unknown>)[lowerFirst(operation)];
        if (!Request || typeof method !== "function")
          throw new TypeError(`@alicloud/ecs20140526 has no ${operation}`);
        // The SDK's models spell fields lowerCamel (`regionId`) and map them back to `RegionId`.
        const fields = Object.fromEntries(Object.entries(params).map(([k, v]) => [lowerFirst(k), v]));
        return (method as (r: unknown) => Promise<unknown>).call(client, new Request(fields));
      },
    };
  },
  normalise(settled) {
    if ("value" in settled) {
      const v = settled.value as { body?: { requestId?: unknown } } | undefined;
      return {
        outcome: "success",
        ...defined({ requestId: text(v?.body?.requestId) }),
        ...statusOf(v, ["statusCode"]),
      };
    }
    return thrownError(settled.thrown, { statusAt: ["statusCode"] });
  },
  cannotExpress(_operation, mutation) {
    if (mutation === "param.unknown") {
      return "the SDK's request models send only the fields they declare: an undocumented parameter cannot be sent";
    }
    return undefined;
  },
};
