/**
 * The official JD Cloud SDK (jdcloud-sdk-js, vm v1 client, JDCLOUD2 signatures, `%3A` in the path)
 * against the simulator's jdcloud-vm surface, through the SDK's own API: attach succeeds and returns
 * the requestId, every provokable attach error of the catalogue surfaces as the SDK's rejection (a
 * plain object, not an Error) with the row's code (`error.status`), the request id and the HTTP
 * status (`responseObj.status`, equal to `error.code`), and bad credentials get the JD auth codes.
 *
 * The SDK logs every request through its global logger; it is silenced here and restored after.
 * The SDK has no timeout setting (node-fetch without a timeout); the test timeout bounds it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCOUNT,
  type ExpectedError,
  type JdAnswer,
  type JdLogger,
  type JdSdk,
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

const JDCloud = sdkRequire("jdcloud-sdk-js") as JdSdk;

const SURFACE = "jdcloud-vm";
const OPERATION = "attachNetworkInterface";

const ctx = useInteropSim(SURFACE);
let savedLogger: JdLogger | undefined;

beforeAll(() => {
  savedLogger = JDCloud.config.logger;
  JDCloud.config.update({ logger: () => {} });
});
afterAll(() => {
  if (savedLogger) JDCloud.config.update({ logger: savedLogger });
});

/** A vm client pointed at the simulator. */
function client(account: Account = ACCOUNT) {
  return new JDCloud.VM({
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secret },
    regionId: ctx.region,
    endpoint: { host: `127.0.0.1:${ctx.sim.port}`, protocol: "http" },
  });
}

/** Call attach with a case's parameters: `regionId` is the call's region argument, the rest are opts. */
function attach(params: Record<string, string>, account?: Account) {
  const { regionId, ...opts } = params;
  return client(account).attachNetworkInterface(
    {
      ...opts,
      instanceId: need(params, "instanceId"),
      networkInterfaceId: need(params, "networkInterfaceId"),
    },
    regionId ?? ctx.region,
  );
}

async function attachError(params: Record<string, string>, account?: Account) {
  const rejection = await attach(params, account).then(
    (res) => {
      throw new Error(
        `expected an error, got ${JSON.stringify({ ...res, responseObj: res.responseObj?.status })}`,
      );
    },
    (e: unknown) => e,
  );
  expect(rejection, "JD rejects with a plain object carrying the envelope").not.toBeInstanceOf(Error);
  const e = rejection as JdAnswer;
  return {
    code: e.error?.status,
    numeric: e.error?.code,
    requestId: e.requestId,
    status: e.responseObj?.status,
    e,
  };
}

/** Code among the case's rows, the status of that row (= `error.code`), a request id. */
function expectAnswer(got: Awaited<ReturnType<typeof attachError>>, expected: ExpectedError) {
  expect(expected.codes, JSON.stringify(got.e.error)).toContain(got.code);
  const code = got.code ?? "";
  expect(got.status).toBeTypeOf("number");
  expect(expected.statusOf.get(code), `HTTP status of ${code}`).toContain(got.status);
  expect(got.numeric, "error.code equals the HTTP status").toBe(got.status);
  expect(got.requestId).toMatch(/\S/);
  expect(rowOf(expected, code)).toBeDefined();
}

const valid = () =>
  resolveGiven(
    { regionId: "region.main", instanceId: "instance.running", networkInterfaceId: "eni.available" },
    ctx.roles,
  );

describe("jdcloud-sdk-js vm v1 → simulator jdcloud-vm", () => {
  it("attaches a valid pair and returns the requestId", async () => {
    const res = await attach(valid());
    expect(res.responseObj?.status).toBe(200);
    expect(res.error).toBeUndefined();
    expect(res.requestId).toMatch(/\S/);
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
  it.each(cases)("%s → the SDK's rejection with the row's code and status", async (_name, c) => {
    expectAnswer(await attachError(resolveGiven(c.given, ctx.roles)), c);
  });

  it("refuses a wrong secret with a code of the auth.signature-valid case", async () => {
    const got = await attachError(valid(), WRONG_SECRET);
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.signature-valid", "sign.bad-signature"));
  });

  it("refuses an unknown access key with a code of the auth.key-known case", async () => {
    const got = await attachError(valid(), UNKNOWN_KEY);
    expectAnswer(got, mutationExpectation(SURFACE, OPERATION, "auth.key-known", "sign.unknown-key"));
  });
});
