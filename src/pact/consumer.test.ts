/**
 * The generated interactions in a consumer test, as an SDK author would write one: the official
 * Tencent Cloud SDK (tencentcloud-sdk-nodejs) calls pact's mock server, which must accept the SDK's
 * own freshly signed request (its TC3 Authorization, timestamp and ids matched by format) and answer
 * with the contract's response, which the SDK must read as the documents say (the RequestId of a
 * success; the row's code in a TencentCloudSDKHttpException).
 */

import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
// Only the VPC service (the package index loads every service).
import * as tencentcloud from "tencentcloud-sdk-nodejs/tencentcloud/services/vpc/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addInteraction } from "./consumer.ts";
import { buildInteractions, type InteractionDef } from "./interactions.ts";
import { reify } from "./matchers.ts";
import { loadPact } from "./pact-lib.ts";

type ExceptionModule =
  typeof import("tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception.js");
const TencentCloudSDKHttpException = (
  createRequire(import.meta.url)(
    "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception.js",
  ) as ExceptionModule
).default;

const PROXY_VARS = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"];
const saved = new Map(PROXY_VARS.map((n) => [n, process.env[n]] as const));
const dir = mkdtempSync(join(tmpdir(), "enic-pact-consumer-"));
let defs: InteractionDef[] = [];

beforeAll(async () => {
  // The SDK honours proxy variables; the mock server is on 127.0.0.1.
  for (const n of PROXY_VARS) delete process.env[n];
  defs = (await buildInteractions("tencent-v3")).interactions;
});

afterAll(() => {
  for (const [n, v] of saved) if (v !== undefined) process.env[n] = v;
  rmSync(dir, { recursive: true, force: true });
});

function def(id: string): InteractionDef {
  const d = defs.find((x) => x.meta.id === id);
  if (!d) throw new Error(`no interaction ${id}`);
  return d;
}

function sdk(url: string, region: string) {
  return new tencentcloud.vpc.v20170312.Client({
    credential: { secretId: "AKIDconsumer", secretKey: "consumer-secret" },
    region,
    profile: { httpProfile: { endpoint: new URL(url).host, protocol: "http://" } },
  });
}

describe("a consumer test with the generated tencent-v3 interactions", () => {
  it("accepts the official SDK's own signed request and gives it the documented success", async () => {
    const { PactV4 } = await loadPact();
    const pact = new PactV4({ consumer: "my-sdk", provider: "tencent-v3", dir, logLevel: "error" });
    const d = def("tencent-v3/instance.state-running-or-stopped#1");
    const body = reify(d.request.jsonBody) as { NetworkInterfaceId: string; InstanceId: string };
    const region = String(reify(d.request.headers["x-tc-region"]));
    const result = await addInteraction(pact, d).executeTest((mock) =>
      sdk(mock.url, region).AttachNetworkInterface({
        NetworkInterfaceId: body.NetworkInterfaceId,
        InstanceId: body.InstanceId,
      }),
    );
    expect(result?.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives the SDK the error row's code for a missing ENI", async () => {
    const { PactV4 } = await loadPact();
    const pact = new PactV4({ consumer: "my-sdk", provider: "tencent-v3", dir, logLevel: "error" });
    const d = def("tencent-v3/eni.exists#1");
    const body = reify(d.request.jsonBody) as { NetworkInterfaceId: string; InstanceId: string };
    const region = String(reify(d.request.headers["x-tc-region"]));
    const error = await addInteraction(pact, d)
      .executeTest((mock) =>
        sdk(mock.url, region).AttachNetworkInterface({
          NetworkInterfaceId: body.NetworkInterfaceId,
          InstanceId: body.InstanceId,
        }),
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TencentCloudSDKHttpException);
    expect((error as { code?: string }).code).toBe("ResourceNotFound");
  });
});
