/**
 * The legacy Alibaba Cloud RPC client (@alicloud/pop-core, HMAC-SHA1 signature V1) against the
 * simulator's aliyun-ecs surface, by GET (its default: everything in the query) and by POST (a form
 * body): attach succeeds and returns the RequestId, every provokable attach error of the catalogue
 * surfaces as pop-core's Error with the row's code, the request id and the HTTP status (pop-core
 * keeps it only in `entry.response.statusCode`), and bad credentials get the ECS auth codes.
 */
import RPCClient from "@alicloud/pop-core";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT,
  type ExpectedError,
  mutationExpectation,
  provokableErrorCases,
  resolveGiven,
  rowOf,
  UNKNOWN_KEY,
  useInteropSim,
  WRONG_SECRET,
} from "../../testing/sdk-interop.ts";
import type { Account } from "../state.ts";

const SURFACE = "aliyun-ecs";
const OPERATION = "AttachNetworkInterface";
const METHODS = ["GET", "POST"] as const;
type Method = (typeof METHODS)[number];

/** pop-core's rejection for an error envelope: a plain Error with the body's fields (not in its typings). */
interface PopCoreError extends Error {
  code?: string;
  data?: { RequestId?: string; Code?: string; Message?: string };
  entry?: { url?: string; response?: { statusCode?: number } };
}

/** pop-core's answer to a successful call: the parsed JSON body. */
interface PopCoreAnswer {
  RequestId?: string;
  Code?: string;
}

const ctx = useInteropSim(SURFACE);

/** A pop-core client pointed at the simulator (the endpoint needs its scheme). */
function client(account: Account = ACCOUNT) {
  return new RPCClient({
    endpoint: `http://127.0.0.1:${ctx.sim.port}`,
    apiVersion: "2014-05-26",
    accessKeyId: account.accessKeyId,
    accessKeySecret: account.secret,
  });
}

const attach = (method: Method, params: Record<string, string>, account?: Account) =>
  client(account).request<PopCoreAnswer>(OPERATION, params, { method, timeout: 2000 });

async function attachError(method: Method, params: Record<string, string>, account?: Account) {
  const error = await attach(method, params, account).then(
    (res) => {
      throw new Error(`expected an error, got ${JSON.stringify(res)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const e = error as PopCoreError;
  return {
    name: e.name,
    code: e.code,
    requestId: e.data?.RequestId,
    status: e.entry?.response?.statusCode,
    message: e.message,
  };
}

/** Code among the case's rows (also in the error's name, `Code + "Error"`), its row's status, a request id. */
function expectAnswer(got: Awaited<ReturnType<typeof attachError>>, expected: ExpectedError) {
  expect(expected.codes, got.message).toContain(got.code);
  const code = got.code ?? "";
  expect(got.name).toBe(`${code}Error`);
  expect(got.status).toBeTypeOf("number");
  expect(expected.statusOf.get(code), `HTTP status of ${code}`).toContain(got.status);
  expect(got.requestId).toMatch(/\S/);
  expect(rowOf(expected, code)).toBeDefined();
}

const valid = () =>
  resolveGiven(
    { RegionId: "region.main", InstanceId: "instance.running", NetworkInterfaceId: "eni.available" },
    ctx.roles,
  );

const cases = provokableErrorCases(SURFACE, OPERATION);

it("has provokable attach error cases in the catalogue", () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(METHODS)("@alicloud/pop-core RPCClient %s → simulator aliyun-ecs", (method) => {
  it("attaches a valid pair and returns the RequestId", async () => {
    const res = await attach(method, valid());
    expect(res.Code).toBeUndefined();
    expect(res.RequestId).toMatch(/\S/);
    expect(await ctx.sim.lastRequest()).toMatchObject({
      account: ACCOUNT.accessKeyId,
      surface: SURFACE,
      operation: OPERATION,
      status: 200,
    });
  });

  it.each(cases)("%s → pop-core's error with the row's code and status", async (_name, c) => {
    expectAnswer(await attachError(method, resolveGiven(c.given, ctx.roles)), c);
  });

  it("refuses a wrong secret with SignatureDoesNotMatch", async () => {
    const got = await attachError(method, valid(), WRONG_SECRET);
    expect(got.code).toBe("SignatureDoesNotMatch");
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.signature-valid", "sign.bad-signature"));
  });

  it("refuses an unknown AccessKeyId with InvalidAccessKeyId.NotFound", async () => {
    const got = await attachError(method, valid(), UNKNOWN_KEY);
    expect(got.code).toBe("InvalidAccessKeyId.NotFound");
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.key-known", "sign.unknown-key"));
  });
});
