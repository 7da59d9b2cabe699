/**
 * The official Tencent Cloud SDK (tencentcloud-sdk-nodejs, vpc 2017-03-12 client) against the
 * simulator's tencent-v3 surface, through the SDK's own API: attach succeeds and returns RequestId,
 * every provokable attach error of the catalogue surfaces as TencentCloudSDKHttpException with the
 * row's code and the request id, and bad credentials get the TC3 auth codes.
 *
 * The SDK signs with scope service = first label of its endpoint. The main client keeps the vendor
 * host (`vpc.tencentcloudapi.com`, so the scope says `vpc`) and dials 127.0.0.1 through an agent;
 * one test also uses the plain `127.0.0.1:PORT` endpoint (scope service `127`).
 */
import { Agent, type ClientRequestArgs } from "node:http";
import { connect } from "node:net";
import type { Duplex } from "node:stream";
// Only the VPC service (the package index loads every service).
import * as tencentcloud from "tencentcloud-sdk-nodejs/tencentcloud/services/vpc/index.js";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT,
  type ExpectedError,
  mutationExpectation,
  need,
  provokableErrorCases,
  resolveGiven,
  rowOf,
  sdkRequire,
  UNKNOWN_KEY,
  useInteropSim,
  WRONG_SECRET,
} from "../../testing/sdk-interop.ts";
import type { Account } from "../state.ts";

type ExceptionModule =
  typeof import("tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception.js");
const TencentCloudSDKHttpException = (
  sdkRequire(
    "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception.js",
  ) as ExceptionModule
).default;

const SURFACE = "tencent-v3";
const OPERATION = "AttachNetworkInterface";
const VpcClient = tencentcloud.vpc.v20170312.Client;

/** Sends every connection to 127.0.0.1:port, whatever host the URL names. */
class LoopbackAgent extends Agent {
  constructor(private readonly port: number) {
    super({ keepAlive: false });
  }
  override createConnection(_options: ClientRequestArgs): Duplex {
    return connect(this.port, "127.0.0.1");
  }
}

const ctx = useInteropSim(SURFACE);

/** A vpc client on the vendor host, dialled to the simulator. */
function client(account: Account = ACCOUNT) {
  return new VpcClient({
    credential: { secretId: account.accessKeyId, secretKey: account.secret },
    region: ctx.region,
    profile: {
      httpProfile: {
        endpoint: "vpc.tencentcloudapi.com",
        protocol: "http://",
        agent: new LoopbackAgent(ctx.sim.port),
        reqTimeout: 5,
      },
    },
  });
}

/** What the SDK's exception says, after checking that it is the SDK's own class. */
function caught(error: unknown) {
  expect(error).toBeInstanceOf(TencentCloudSDKHttpException);
  const e = error as InstanceType<typeof TencentCloudSDKHttpException>;
  return { code: e.code, requestId: e.requestId, httpCode: e.httpCode, message: e.message };
}

/** The attach request of a case: every given parameter, the two required ones checked. */
function request(params: Record<string, string>) {
  return {
    ...params,
    NetworkInterfaceId: need(params, "NetworkInterfaceId"),
    InstanceId: need(params, "InstanceId"),
  };
}

async function attachError(params: Record<string, string>, account?: Account) {
  const error = await client(account)
    .AttachNetworkInterface(request(params))
    .then(
      (data) => {
        throw new Error(`expected an error, got ${JSON.stringify(data)}`);
      },
      (e: unknown) => e,
    );
  return caught(error);
}

/** The code is one of the expected rows; the envelope came with HTTP 200 (the SDK sets httpCode otherwise). */
function expectAnswer(got: ReturnType<typeof caught>, expected: ExpectedError) {
  expect(expected.codes, `${got.code}: ${got.message}`).toContain(got.code);
  expect(got.requestId).toMatch(/\S/);
  expect(got.httpCode, "Tencent errors come with HTTP 200").toBeUndefined();
  expect(expected.statusOf.get(got.code ?? "")).toContain(200);
  expect(rowOf(expected, got.code ?? "")).toBeDefined();
}

const valid = () =>
  resolveGiven({ NetworkInterfaceId: "eni.available", InstanceId: "instance.running" }, ctx.roles);

describe("tencentcloud-sdk-nodejs vpc v20170312 → simulator tencent-v3", () => {
  it("attaches a valid pair and returns the RequestId (vendor host, scope service vpc)", async () => {
    const data = await client().AttachNetworkInterface(request(valid()));
    expect(data.RequestId).toMatch(/\S/);
    expect(await ctx.sim.lastRequest()).toMatchObject({
      account: ACCOUNT.accessKeyId,
      surface: SURFACE,
      operation: OPERATION,
      status: 200,
    });
  });

  it("attaches through the plain 127.0.0.1:PORT endpoint too (scope service 127)", async () => {
    const ipClient = new VpcClient({
      credential: { secretId: ACCOUNT.accessKeyId, secretKey: ACCOUNT.secret },
      region: ctx.region,
      profile: { httpProfile: { endpoint: `127.0.0.1:${ctx.sim.port}`, protocol: "http://", reqTimeout: 5 } },
    });
    const data = await ipClient.AttachNetworkInterface(request(valid()));
    expect(data.RequestId).toMatch(/\S/);
    expect(await ctx.sim.lastRequest()).toMatchObject({
      surface: SURFACE,
      operation: OPERATION,
      status: 200,
    });
  });

  const cases = provokableErrorCases(SURFACE, OPERATION);
  it("has provokable attach error cases in the catalogue", () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)("%s → TencentCloudSDKHttpException with the row's code", async (_name, c) => {
    const got = await attachError(resolveGiven(c.given, ctx.roles));
    expectAnswer(got, c);
  });

  it("refuses a wrong secret with AuthFailure.SignatureFailure", async () => {
    const got = await attachError(valid(), WRONG_SECRET);
    expect(got.code).toBe("AuthFailure.SignatureFailure");
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.signature-valid", "sign.bad-signature"));
  });

  it("refuses an unknown SecretId with AuthFailure.SecretIdNotFound", async () => {
    const got = await attachError(valid(), UNKNOWN_KEY);
    expect(got.code).toBe("AuthFailure.SecretIdNotFound");
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.key-known", "sign.unknown-key"));
  });
});
