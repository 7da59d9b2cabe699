/**
 * The tencent-v2 codec's requests: decoded in both encodings (hand-built, as no official SDK speaks
 * v2), malformed input refused with the cloud's codes, and encodeRequest + sign accepted by verify
 * and decode for every operation and encoding. The answers are tested in responses.test.ts.
 */
import { describe, expect, it } from "vitest";
import { fixedClock, seededRandom } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import { codec } from "./codec.ts";
import { operations } from "./operations.ts";
import { signer } from "./signer.ts";

const HOST = "127.0.0.1:8080";
const get = (query: string): WireRequest => ({
  method: "GET",
  url: `/v2/index.php?${query}`,
  headers: { host: HOST },
  body: "",
});
const post = (body: string, type = "application/x-www-form-urlencoded"): WireRequest => ({
  method: "POST",
  url: "/v2/index.php",
  headers: { host: HOST, "content-type": type },
  body,
});
const ATTACH = "vpcId=vpc-7t9nf3pu&networkInterfaceId=eni-m6dyj72l&instanceId=ins-xx44545f";
const COMMON = "Region=gz&Timestamp=1465185768&Nonce=11886&SecretId=AKIDtest&Signature=x";

describe("decode", () => {
  it.each([
    [
      "GET Attach (the document's example, common parameters left out of params)",
      {
        given: get(`Action=AttachNetworkInterface&${COMMON}&${ATTACH}`),
        want: {
          operation: "AttachNetworkInterface",
          encoding: "get",
          region: "gz",
          accessKeyId: "AKIDtest",
          params: { vpcId: "vpc-7t9nf3pu", networkInterfaceId: "eni-m6dyj72l", instanceId: "ins-xx44545f" },
        },
      },
    ],
    [
      "POST form Migrate",
      {
        given: post(
          `Action=MigrateNetworkInterface&${COMMON}&vpcId=vpc-7t9nf3pu&networkInterfaceId=eni-m6dyj72l&oldInstanceId=ins-xx44545f&newInstanceId=ins-cddddu74`,
        ),
        want: {
          operation: "MigrateNetworkInterface",
          encoding: "post-form",
          params: {
            vpcId: "vpc-7t9nf3pu",
            networkInterfaceId: "eni-m6dyj72l",
            oldInstanceId: "ins-xx44545f",
            newInstanceId: "ins-cddddu74",
          },
        },
      },
    ],
    [
      "POST form with charset, Detach",
      {
        given: post(
          `Action=DetachNetworkInterface&${ATTACH}`,
          "application/x-www-form-urlencoded; charset=utf-8",
        ),
        want: { operation: "DetachNetworkInterface", encoding: "post-form" },
      },
    ],
    [
      "GET Describe without parameters, Token and SignatureMethod are common",
      {
        given: get(`Action=DescribeNetworkInterfaces&Token=t&SignatureMethod=HmacSHA256`),
        want: { operation: "DescribeNetworkInterfaces", params: {} },
      },
    ],
    [
      "GET Describe, text coerced to integers, values percent-decoded",
      {
        given: get("Action=DescribeNetworkInterfaces&limit=50&offset=0&eniName=a%20b%2Bc&orderDirection=asc"),
        want: { params: { limit: 50, offset: 0, eniName: "a b+c", orderDirection: "asc" } },
      },
    ],
    [
      "GET DescribeVpcTaskResult, taskId as an integer",
      { given: get("Action=DescribeVpcTaskResult&taskId=16284"), want: { params: { taskId: 16284 } } },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(codec.decode(given)).toMatchObject({ ok: true, value: { surface: "tencent-v2", ...want } });
  });

  it.each([
    [
      "bad percent-escape in the query",
      get(`Action=AttachNetworkInterface&vpcId=%E0%A4%A`),
      "4000",
      undefined,
    ],
    ["bad percent-escape in the body", post("Action=AttachNetworkInterface&vpcId=%zz"), "4000", undefined],
    [
      "POST with a JSON body",
      post(`{"Action":"AttachNetworkInterface"}`, "application/json"),
      "4000",
      undefined,
    ],
    ["PUT", { ...get(`Action=AttachNetworkInterface&${ATTACH}`), method: "PUT" }, "4000", undefined],
    [
      "a key sent twice",
      get(`Action=AttachNetworkInterface&${ATTACH}&vpcId=vpc-7t9nf3pu`),
      "4000",
      undefined,
    ],
    [
      "`a_b` and `a.b` both sent",
      get(`Action=AttachNetworkInterface&${ATTACH}&x_y=1&x.y=2`),
      "4000",
      undefined,
    ],
    ["no Action", get(ATTACH), "4000", undefined],
    ["an unknown action", get(`Action=DescribeInstances&${ATTACH}`), "6100", undefined],
    [
      "a missing parameter",
      get("Action=AttachNetworkInterface&vpcId=vpc-7t9nf3pu&networkInterfaceId=eni-m6dyj72l"),
      "4000",
      "AttachNetworkInterface",
    ],
    [
      "a malformed id",
      get(`Action=AttachNetworkInterface&${ATTACH.replace("eni-m6dyj72l", "eni-1")}`),
      "4000",
      "AttachNetworkInterface",
    ],
    [
      "an unknown parameter",
      get(`Action=AttachNetworkInterface&${ATTACH}&zoneId=1`),
      "4000",
      "AttachNetworkInterface",
    ],
    ["a non-integer taskId", get("Action=DescribeVpcTaskResult&taskId=abc"), "4000", "DescribeVpcTaskResult"],
    ["limit above 50", get("Action=DescribeNetworkInterfaces&limit=51"), "4000", "DescribeNetworkInterfaces"],
    [
      "a malformed Region",
      get(`Action=AttachNetworkInterface&Region=GZ!&${ATTACH}`),
      "4000",
      "AttachNetworkInterface",
    ],
    [
      "contradicting keys (a and a.0)",
      get(`Action=AttachNetworkInterface&${ATTACH}&vpcId.0=x`),
      "4000",
      "AttachNetworkInterface",
    ],
  ] as const)("refuses %s with %s (HTTP 200)", (_name, given, code, operation) => {
    const decoded = codec.decode(given);
    expect(decoded).toMatchObject({ ok: false, error: { code } });
    if (decoded.ok) return;
    expect(decoded.operation).toBe(operation);
    expect(codec.encodeError(decoded.error, "r").status).toBe(200);
  });

  it("names the missing parameter", () => {
    const decoded = codec.decode(
      get("Action=AttachNetworkInterface&vpcId=vpc-7t9nf3pu&instanceId=ins-xx44545f"),
    );
    expect(decoded.ok ? "" : decoded.error.message).toContain("networkInterfaceId");
  });

  it.each([
    ["/v2/index.php?Action=X", true],
    ["/v2/index.php", true],
    ["/", false],
    ["/v2/index.php/x", false],
    ["/v1/regions/cn-north-1/instances/i-1:attachNetworkInterface", false],
  ])("matches %s: %s", (url, want) => {
    expect(codec.matches({ method: "GET", url, headers: {}, body: "" })).toBe(want);
  });
});

describe("encodeRequest + sign are accepted by verify and decode, for every operation and encoding", () => {
  const samples: Record<string, Record<string, unknown>> = {
    AttachNetworkInterface: {
      vpcId: "vpc-7t9nf3pu",
      networkInterfaceId: "eni-m6dyj72l",
      instanceId: "ins-xx44545f",
    },
    MigrateNetworkInterface: {
      vpcId: "vpc-7t9nf3pu",
      networkInterfaceId: "eni-m6dyj72l",
      oldInstanceId: "ins-xx44545f",
      newInstanceId: "ins-cddddu74",
    },
    DetachNetworkInterface: {
      vpcId: "vpc-7t9nf3pu",
      networkInterfaceId: "eni-m6dyj72l",
      instanceId: "ins-xx44545f",
    },
    DescribeNetworkInterfaces: { eniName: "a&b=c +%/é", limit: 5, orderField: "eniName" },
    DescribeVpcTaskResult: { taskId: 16284 },
  };
  const cases = operations.flatMap((o) => codec.encodings.map((e) => [o.operation, e] as const));

  it.each(cases)("%s over %s", (operation, encoding) => {
    const clock = fixedClock("2026-11-22T00:00:00Z");
    const wire = codec.encodeRequest(operation, samples[operation] ?? {}, {
      region: "gz",
      host: HOST,
      encoding,
    });
    expect(wire.method).toBe(encoding === "get" ? "GET" : "POST");
    const signed = signer.sign(wire, {
      credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
      clock,
      random: seededRandom(9),
      region: "gz",
    });
    expect(signer.verify(signed, { lookupSecret: () => "testkey", clock })).toMatchObject({ ok: true });
    expect(codec.decode(signed)).toEqual({
      ok: true,
      value: {
        surface: "tencent-v2",
        operation,
        encoding,
        params: samples[operation],
        region: "gz",
        accessKeyId: "AKIDtest",
      },
    });
  });

  it("writes the document's example request and flattens arrays from 0", () => {
    const wire = codec.encodeRequest(
      "AttachNetworkInterface",
      { vpcId: "vpc-xx44545f", networkInterfaceId: "eni-m6dyj72l", instanceId: "ins-xx44545f" },
      { region: "gz", host: "vpc.api.qcloud.com" },
    );
    expect(wire).toEqual({
      method: "GET",
      url: "/v2/index.php?Action=AttachNetworkInterface&Region=gz&vpcId=vpc-xx44545f&networkInterfaceId=eni-m6dyj72l&instanceId=ins-xx44545f",
      headers: { host: "vpc.api.qcloud.com" },
      body: "",
    });
    const arrays = codec.encodeRequest(
      "DescribeNetworkInterfaces",
      { ids: ["a", "b"] },
      { region: "gz", host: HOST },
    );
    expect(arrays.url).toContain("&ids.0=a&ids.1=b");
    expect(
      codec.encodeRequest("DescribeVpcTaskResultPost", { taskId: 1 }, { region: "gz", host: HOST }).method,
    ).toBe("POST");
  });

  it("refuses an unknown operation or encoding as a harness problem", () => {
    expect(() => codec.encodeRequest("Nope", {}, { region: "gz", host: HOST })).toThrow(
      /ENIC_CONFIG|no operation/,
    );
    expect(() =>
      codec.encodeRequest("DescribeVpcTaskResult", {}, { region: "gz", host: HOST, encoding: "json" }),
    ).toThrow();
  });
});
