/**
 * The official Alibaba Cloud ECS SDK (@alicloud/ecs20140526 7.x on @alicloud/openapi-core, ACS3
 * signatures, every parameter in the query of a POST) against the simulator's aliyun-ecs surface,
 * through the SDK's own API: attach succeeds and returns the request id, every provokable attach
 * error of the catalogue surfaces as the SDK's ClientError (or ServerError / ThrottlingError) with
 * the row's code, HTTP status and request id, and bad credentials get the ECS auth codes.
 */
import { describe, expect, it } from "vitest";
import {
  ACCOUNT,
  type ExpectedError,
  mutationExpectation,
  provokableErrorCases,
  resolveGiven,
  rowOf,
  sdkRequire,
  UNKNOWN_KEY,
  useInteropSim,
  WRONG_SECRET,
} from "../../testing/sdk-interop.ts";
import type { Account } from "../state.ts";

const Ecs = sdkRequire("@alicloud/ecs20140526") as typeof import("@alicloud/ecs20140526");
const OpenApi = sdkRequire("@alicloud/openapi-core") as typeof import("@alicloud/openapi-core");

const SURFACE = "aliyun-ecs";
const OPERATION = "AttachNetworkInterface";

const ctx = useInteropSim(SURFACE);

/** An ECS client pointed at the simulator: endpoint host:port without a scheme, protocol http. */
function client(account: Account = ACCOUNT) {
  return new Ecs.default(
    new OpenApi.$OpenApiUtil.Config({
      accessKeyId: account.accessKeyId,
      accessKeySecret: account.secret,
      regionId: ctx.region,
      endpoint: `127.0.0.1:${ctx.sim.port}`,
      protocol: "http",
      connectTimeout: 2000,
      readTimeout: 2000,
    }),
  );
}

/** A case's parameters (catalogue spelling, `RegionId`) as the SDK's request model (`regionId`). */
function request(params: Record<string, string>) {
  const fields = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name.charAt(0).toLowerCase() + name.slice(1), value]),
  );
  return new Ecs.AttachNetworkInterfaceRequest(fields);
}

/** The SDK's exception class for an answer: 5xx → ServerError, a Throttling code → ThrottlingError. */
function classFor(code: string, status: number) {
  if (status >= 500) return OpenApi.ServerError;
  if (code.includes("Throttling")) return OpenApi.ThrottlingError;
  return OpenApi.ClientError;
}

async function attachError(params: Record<string, string>, account?: Account) {
  const error = await client(account)
    .attachNetworkInterface(request(params))
    .then(
      (res) => {
        throw new Error(`expected an error, got HTTP ${res.statusCode} ${JSON.stringify(res.body)}`);
      },
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(OpenApi.AlibabaCloudError);
  const e = error as InstanceType<typeof OpenApi.AlibabaCloudError>;
  return { error: e, code: e.code, requestId: e.requestId, statusCode: e.statusCode, message: e.message };
}

/** Code among the case's rows, the HTTP status of that row, a request id, and the SDK's class for it. */
function expectAnswer(got: Awaited<ReturnType<typeof attachError>>, expected: ExpectedError) {
  expect(expected.codes, got.message).toContain(got.code);
  expect(got.statusCode).toBeTypeOf("number");
  expect(expected.statusOf.get(got.code), `HTTP status of ${got.code}`).toContain(got.statusCode);
  expect(got.requestId).toMatch(/\S/);
  expect(got.error).toBeInstanceOf(classFor(got.code, got.statusCode ?? 0));
  expect(rowOf(expected, got.code)).toBeDefined();
}

const valid = () =>
  resolveGiven(
    { RegionId: "region.main", InstanceId: "instance.running", NetworkInterfaceId: "eni.available" },
    ctx.roles,
  );

describe("@alicloud/ecs20140526 (openapi-core, ACS3) → simulator aliyun-ecs", () => {
  it("attaches a valid pair and returns the RequestId", async () => {
    const res = await client().attachNetworkInterface(request(valid()));
    expect(res.statusCode).toBe(200);
    expect(res.body?.requestId).toMatch(/\S/);
    expect(await ctx.sim.lastRequest()).toMatchObject({
      account: ACCOUNT.accessKeyId,
      surface: SURFACE,
      operation: OPERATION,
      status: 200,
    });
  });

  const cases = provokableErrorCases(SURFACE, OPERATION);
  it("has provokable attach error cases in the catalogue", () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)("%s → the SDK's error with the row's code and status", async (_name, c) => {
    expectAnswer(await attachError(resolveGiven(c.given, ctx.roles)), c);
  });

  it("refuses a wrong secret with SignatureDoesNotMatch", async () => {
    const got = await attachError(valid(), WRONG_SECRET);
    expect(got.code).toBe("SignatureDoesNotMatch");
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.signature-valid", "sign.bad-signature"));
  });

  it("refuses an unknown AccessKeyId with InvalidAccessKeyId.NotFound", async () => {
    const got = await attachError(valid(), UNKNOWN_KEY);
    expect(got.code).toBe("InvalidAccessKeyId.NotFound");
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.key-known", "sign.unknown-key"));
  });
});
