/**
 * Adapter for the official Tencent Cloud SDK (`tencentcloud-sdk-nodejs`, vpc 2017-03-12 client,
 * TC3-HMAC-SHA256) on the tencent-v3 surface. The client keeps the vendor host
 * (`vpc.tencentcloudapi.com`, so the signature scope names `vpc`) and dials the simulator through an
 * agent, as src/sim/interop/tencent.test.ts does. Timeout: `httpProfile.reqTimeout` (seconds; the
 * SDK's default is 60 s). The SDK never retries.
 *
 * What it surfaces: `TencentCloudSDKHttpException` with `code`, `requestId`, `message`; on an answer
 * that is not HTTP 200 only `message` (the status text) and `httpCode` — code and request id are lost.
 */
import { Agent, type ClientRequestArgs } from "node:http";
import { createRequire } from "node:module";
import { connect } from "node:net";
import type { Duplex } from "node:stream";
import type { SdkAdapter } from "../adapter.ts";
import { text, thrownError } from "../adapter.ts";

// A plain require: the SDK is CommonJS and vitest and TypeScript read its default export differently.
// Only the VPC service: the package's index loads every service (0.4 s, and 860 declaration files
// for the type checker).
const require = createRequire(import.meta.url);
const tencentcloud =
  require("tencentcloud-sdk-nodejs/tencentcloud/services/vpc") as typeof import("tencentcloud-sdk-nodejs/tencentcloud/services/vpc/index.js");

/** Sends every connection to 127.0.0.1:port, whatever host the URL names. */
class LoopbackAgent extends Agent {
  constructor(private readonly port: number) {
    super({ keepAlive: false });
  }
  override createConnection(_options: ClientRequestArgs): Duplex {
    return connect(this.port, "127.0.0.1");
  }
}

type VpcClient = InstanceType<typeof tencentcloud.vpc.v20170312.Client>;

export const tencentcloudAdapter: SdkAdapter = {
  name: "tencentcloud-sdk-nodejs",
  surfaces: ["tencent-v3"],
  create(endpoint, credentials, region, options) {
    const client = new tencentcloud.vpc.v20170312.Client({
      credential: { secretId: credentials.accessKeyId, secretKey: credentials.secret },
      region,
      profile: {
        httpProfile: {
          endpoint: "vpc.tencentcloudapi.com",
          protocol: "http://",
          agent: new LoopbackAgent(endpoint.port),
          reqTimeout: options.timeoutMs / 1000,
        },
      },
    });
    return {
      call: async (operation, params) => {
        const method = (client as unknown as Record<string, unknown>)[operation];
        if (typeof method !== "function") throw new TypeError(`the vpc client has no method ${operation}`);
        return (method as (p: unknown) => Promise<unknown>).call(client as VpcClient, params);
      },
    };
  },
  normalise(settled) {
    if ("value" in settled) {
      return { outcome: "success", ...optionalId(settled.value, "RequestId") };
    }
    return thrownError(settled.thrown, { statusAt: ["httpCode"] });
  },
};

function optionalId(value: unknown, key: string): { requestId?: string } {
  const id = text((value as Record<string, unknown> | undefined)?.[key]);
  return id ? { requestId: id } : {};
}
