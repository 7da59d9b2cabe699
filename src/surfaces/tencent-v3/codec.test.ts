/**
 * The tencent-v3 request codec: captured SDK requests decode, every malformed input gets Tencent's
 * code, flattened queries rebuild, routing recognises API 3.0 requests, and encode + sign give
 * requests that verify and decode for every operation and encoding.
 */
import { describe, expect, it } from "vitest";
import { fixedClock, seededRandom } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import { firstRequest, wire, withHeaders } from "../../testing/tencent-v3.ts";
import { codec } from "./codec.ts";
import { operations } from "./operations.ts";
import { signer } from "./signer.ts";

const REQUEST_ID = "f23d1450-ed00-4442-98d4-be409e625e6c";
const ATTACH = { NetworkInterfaceId: "eni-test0001", InstanceId: "ins-test0001" };
const post = wire(firstRequest("success"));
const get = wire(firstRequest("success_get_method"));

describe("decode: captured official-SDK requests", () => {
  it.each([
    ["success", { want: { encoding: "json" } }],
    ["success_real_hostname_via_agent", { want: { encoding: "json" } }],
    ["success_get_method", { want: { encoding: "get-query" } }],
  ])("%s", (name, { want }) => {
    const decoded = codec.decode(wire(firstRequest(name)));
    expect(decoded).toEqual({
      ok: true,
      value: {
        surface: "tencent-v3",
        operation: "AttachNetworkInterface",
        params: ATTACH,
        encoding: want.encoding,
        region: "ap-guangzhou",
        accessKeyId: "AKIDtest",
      },
    });
  });

  it("routes them here", () => {
    expect(codec.matches(post) && codec.matches(get)).toBe(true);
  });
});

describe("decode: refusals carry Tencent's code and HTTP 200", () => {
  it.each([
    ["body is not JSON", { given: { ...post, body: "{NetworkInterfaceId" }, want: "InvalidParameter" }],
    ["body is a JSON array", { given: { ...post, body: "[]" }, want: "InvalidParameter" }],
    [
      "POST with text/plain",
      { given: withHeaders(post, { "content-type": "text/plain" }), want: "InvalidParameter" },
    ],
    [
      "POST with a form body",
      {
        given: withHeaders(post, { "content-type": "application/x-www-form-urlencoded" }),
        want: "InvalidParameter",
      },
    ],
    [
      "GET with a JSON content type",
      { given: withHeaders(get, { "content-type": "application/json" }), want: "InvalidParameter" },
    ],
    [
      "GET with bad percent-encoding",
      { given: { ...get, url: "/?NetworkInterfaceId=%E0%A4%A" }, want: "InvalidParameter" },
    ],
    [
      "GET naming a key as value and list",
      { given: { ...get, url: "/?InstanceId=ins-test0001&InstanceId.0=x" }, want: "InvalidParameter" },
    ],
    [
      "GET with a prototype key",
      { given: { ...get, url: "/?__proto__.polluted=1" }, want: "InvalidParameter" },
    ],
    ["PUT", { given: { ...post, method: "PUT" }, want: "InvalidParameter" }],
    ["path other than /", { given: { ...post, url: "/v2/index.php" }, want: "InvalidParameter" }],
    [
      "missing X-TC-Action",
      { given: withHeaders(post, { "x-tc-action": undefined }), want: "MissingParameter" },
    ],
    [
      "unknown action",
      { given: withHeaders(post, { "x-tc-action": "DescribeNothing" }), want: "InvalidAction" },
    ],
    [
      "missing X-TC-Version",
      { given: withHeaders(post, { "x-tc-version": undefined }), want: "MissingParameter" },
    ],
    [
      "wrong X-TC-Version",
      { given: withHeaders(post, { "x-tc-version": "2020-01-01" }), want: "InvalidParameterValue" },
    ],
    [
      "missing X-TC-Region (F-009)",
      { given: withHeaders(post, { "x-tc-region": undefined }), want: "MissingParameter" },
    ],
    [
      "malformed X-TC-Region",
      { given: withHeaders(post, { "x-tc-region": "Guangzhou" }), want: "InvalidParameterValue" },
    ],
    [
      "missing X-TC-Timestamp",
      { given: withHeaders(post, { "x-tc-timestamp": undefined }), want: "MissingParameter" },
    ],
    [
      "unknown X-TC-Language",
      { given: withHeaders(post, { "x-tc-language": "fr-FR" }), want: "InvalidParameterValue" },
    ],
    [
      "missing InstanceId",
      { given: { ...post, body: '{"NetworkInterfaceId":"eni-test0001"}' }, want: "MissingParameter" },
    ],
    [
      "undefined parameter",
      {
        given: {
          ...post,
          body: '{"NetworkInterfaceId":"eni-test0001","InstanceId":"ins-test0001","Force":true}',
        },
        want: "UnknownParameter",
      },
    ],
    [
      "malformed ENI id",
      {
        given: { ...post, body: '{"NetworkInterfaceId":"eni-TEST","InstanceId":"ins-test0001"}' },
        want: "InvalidParameterValue.Malformed",
      },
    ],
    [
      "malformed instance id in the query",
      {
        given: { ...get, url: "/?NetworkInterfaceId=eni-test0001&InstanceId=ins-ins-r8hr2upy" },
        want: "InvalidParameterValue.Malformed",
      },
    ],
    [
      "AttachType as a JSON string",
      {
        given: {
          ...post,
          body: '{"NetworkInterfaceId":"eni-test0001","InstanceId":"ins-test0001","AttachType":"1"}',
        },
        want: "InvalidParameter",
      },
    ],
    [
      "AttachType outside 0/1 in the query",
      { given: { ...get, url: `${get.url}&AttachType=2` }, want: "InvalidParameter" },
    ],
  ] as [string, { given: WireRequest; want: string }][])("%s", (_name, { given, want }) => {
    const decoded = codec.decode(given);
    expect(decoded.ok ? "ok" : decoded.error.code).toBe(want);
    if (!decoded.ok) expect(codec.encodeError(decoded.error, REQUEST_ID).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("decode: flattened and coerced query values", () => {
  it("rebuilds 0-based lists and objects and coerces integers", () => {
    const url =
      "/?Filters.0.Name=vpc-id&Filters.0.Values.0=vpc-a&Filters.0.Values.1=vpc%20b&Offset=5&Limit=10";
    const decoded = codec.decode(withHeaders(get, { "x-tc-action": "DescribeNetworkInterfaces" }, { url }));
    expect(decoded.ok && decoded.value.params).toEqual({
      Filters: [{ Name: "vpc-id", Values: ["vpc-a", "vpc b"] }],
      Offset: 5,
      Limit: 10,
    });
  });
});

const samples: Record<string, Record<string, unknown>> = {
  AttachNetworkInterface: { ...ATTACH, AttachType: 1, ClientToken: "token with spaces & = ?" },
  DetachNetworkInterface: ATTACH,
  DescribeNetworkInterfaces: {
    NetworkInterfaceIds: ["eni-test0001", "eni-test0002"],
    Filters: [{ Name: "attachment.instance-id", Values: ["ins-test0001"] }],
    Limit: 100,
  },
  DescribeVpcTaskResult: { TaskId: REQUEST_ID },
};

describe("encodeRequest + sign give requests that verify and decode", () => {
  const clock = fixedClock("2026-11-22T00:00:00Z");
  const credentials = { accessKeyId: "AKIDtest", secret: "testkey", token: "sts" };
  const cases = operations.flatMap((o) => codec.encodings.map((e) => [o.operation, e] as [string, string]));
  it.each(cases)("%s over %s", (operation, encoding) => {
    const params = samples[operation] ?? {};
    const unsigned = codec.encodeRequest(operation, params, {
      encoding,
      region: "ap-shanghai",
      host: "127.0.0.1:8080",
    });
    const signed = signer.sign(unsigned, {
      credentials,
      clock,
      random: seededRandom(1),
      region: "ap-shanghai",
    });
    expect(signer.verify(signed, { lookupSecret: () => "testkey", clock })).toMatchObject({ ok: true });
    expect(codec.matches(signed)).toBe(true);
    expect(codec.decode(signed)).toEqual({
      ok: true,
      value: {
        surface: "tencent-v3",
        operation,
        params,
        encoding,
        region: "ap-shanghai",
        accessKeyId: "AKIDtest",
      },
    });
  });

  it("sends an operation it does not know under its own name, which decodes to InvalidAction", () => {
    const unsigned = codec.encodeRequest(
      "DescribeNothing",
      {},
      { region: "ap-guangzhou", host: "vpc.tencentcloudapi.com" },
    );
    const signed = signer.sign(unsigned, {
      credentials,
      clock,
      random: seededRandom(1),
      region: "ap-guangzhou",
    });
    expect(signed.headers["x-tc-action"]).toBe("DescribeNothing");
    const decoded = codec.decode(signed);
    expect(decoded.ok ? "ok" : decoded.error.code).toBe("InvalidAction");
  });

  it("encodes like the SDK capture (JSON POST body, 0-based GET query)", () => {
    const options = { region: "ap-guangzhou", host: "127.0.0.1:45083" };
    expect(codec.encodeRequest("AttachNetworkInterface", ATTACH, options).body).toBe(post.body);
    expect(
      codec.encodeRequest("AttachNetworkInterface", ATTACH, { ...options, encoding: "get-query" }).url,
    ).toBe(get.url);
  });
});

describe("matches", () => {
  it.each([
    ["X-TC-Action header", { given: { "x-tc-action": "AttachNetworkInterface" }, want: true }],
    [
      "TC3 Authorization alone",
      { given: { authorization: "TC3-HMAC-SHA256 Credential=a/b/c/tc3_request" }, want: true },
    ],
    [
      "Aliyun ACS3 request",
      {
        given: { "x-acs-action": "AttachNetworkInterface", authorization: "ACS3-HMAC-SHA256 Credential=a" },
        want: false,
      },
    ],
    ["JD request", { given: { authorization: "JDCLOUD2-HMAC-SHA256 Credential=a" }, want: false }],
  ] as [string, { given: Record<string, string>; want: boolean }][])("%s", (_name, { given, want }) => {
    expect(codec.matches({ method: "POST", url: "/", headers: given, body: "" })).toBe(want);
  });
});
