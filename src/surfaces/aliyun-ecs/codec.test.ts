import { describe, expect, it } from "vitest";
import { fixedClock, seededRandom } from "../../core/clock.ts";
import { ATTACH, acs3, capturedRequests, OK_QUERY, req, v1 } from "../../testing/aliyun-ecs.ts";
import { codec } from "./codec.ts";
import { signer } from "./signer.ts";

describe("captured official-SDK requests decode", () => {
  it.each(capturedRequests().map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(codec.matches(c.req)).toBe(true);
    expect(codec.decode(c.req)).toEqual({
      ok: true,
      value: {
        surface: "aliyun-ecs",
        operation: "AttachNetworkInterface",
        params: ATTACH,
        encoding: c.encoding,
        region: "cn-hangzhou",
        accessKeyId: "AKIDtest",
      },
    });
  });
});

describe("matches", () => {
  it.each([
    ["ECS signature V1 query", { given: v1(OK_QUERY), want: true }],
    ["ECS unsigned ACS3", { given: acs3(OK_QUERY), want: true }],
    [
      "ECS V1 form body",
      {
        given: req("POST", "/", {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: `Action=X&Version=2014-05-26`,
        }),
        want: true,
      },
    ],
    [
      "Tencent API 3.0, legacy Action query",
      {
        given: req("GET", "/?Action=AttachNetworkInterface&Version=2017-03-12&Region=ap-guangzhou"),
        want: false,
      },
    ],
    [
      "Tencent TC3",
      {
        given: req("POST", "/", {
          headers: { "x-tc-action": "AttachNetworkInterface", authorization: "TC3-HMAC-SHA256 Credential=x" },
          body: "{}",
        }),
        want: false,
      },
    ],
    ["Tencent v2", { given: req("GET", "/v2/index.php?Action=AttachNetworkInterface"), want: false }],
    [
      "JD Cloud",
      { given: req("POST", "/v1/regions/cn-north-1/instances/i-x%3AattachNetworkInterface"), want: false },
    ],
    [
      "ECS action on another path",
      { given: req("GET", "/x?Action=AttachNetworkInterface&Version=2014-05-26"), want: false },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(codec.matches(given)).toBe(want);
  });
});

describe("encodeRequest", () => {
  const host = "127.0.0.1:8080";
  it.each([
    ["acs3-query", { method: "POST", url: `/?${OK_QUERY}`, body: "" }],
    [
      "rpc-get",
      {
        method: "GET",
        url: `/?Action=AttachNetworkInterface&Format=JSON&Version=2014-05-26&${OK_QUERY}`,
        body: "",
      },
    ],
    [
      "rpc-post-form",
      {
        method: "POST",
        url: "/",
        body: `Action=AttachNetworkInterface&Format=JSON&Version=2014-05-26&${OK_QUERY}`,
      },
    ],
    [
      "rpc-post-query",
      {
        method: "POST",
        url: `/?Action=AttachNetworkInterface&Format=JSON&Version=2014-05-26&${OK_QUERY}`,
        body: "",
      },
    ],
  ])("%s puts the parameters where the clients do", (encoding, want) => {
    const wire = codec.encodeRequest("AttachNetworkInterface", ATTACH, {
      encoding,
      region: "cn-hangzhou",
      host,
    });
    expect({ method: wire.method, url: wire.url, body: wire.body }).toEqual(want);
    expect(wire.headers.host).toBe(host);
    if (encoding === "acs3-query") expect(wire.headers["x-acs-action"]).toBe("AttachNetworkInterface");
  });

  const describeParams = {
    RegionId: "cn-hangzhou",
    "NetworkInterfaceId.1": "eni-test0001",
    "NetworkInterfaceId.2": "eni-test0002",
    ServiceManaged: false,
    PageSize: 100,
    NetworkInterfaceName: "a b+c*~/&=",
  };
  const cases = codec.encodings.flatMap(
    (encoding) =>
      [
        [
          `AttachNetworkInterface over ${encoding}`,
          {
            operation: "AttachNetworkInterface",
            params: { ...ATTACH, NetworkCardIndex: 1, WaitForNetworkConfigurationReady: true },
            encoding,
          },
        ],
        [
          `DetachNetworkInterfacePost over ${encoding}`,
          { operation: "DetachNetworkInterfacePost", params: ATTACH, encoding },
        ],
        [
          `DescribeNetworkInterfaces over ${encoding}`,
          { operation: "DescribeNetworkInterfaces", params: describeParams, encoding },
        ],
      ] as const,
  );
  it.each(cases)("%s: signs, verifies and decodes back", (_name, { operation, params, encoding }) => {
    const clock = fixedClock("2026-11-22T00:00:00Z");
    const wire = codec.encodeRequest(operation, params, { encoding, region: "cn-hangzhou", host });
    const signed = signer.sign(wire, {
      credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
      clock,
      random: seededRandom(3),
      region: "cn-hangzhou",
    });
    expect(signer.verify(signed, { lookupSecret: () => "testkey", clock }).ok).toBe(true);
    expect(codec.matches(signed)).toBe(true);
    const decoded = codec.decode(signed);
    expect(decoded.ok && decoded.value).toMatchObject({
      operation: operation.replace("Post", ""),
      encoding,
      params,
    });
  });

  it("lists are flattened from 1, and an unknown operation is sent as the action", () => {
    const wire = codec.encodeRequest(
      "NoSuchAction",
      { RegionId: "cn-hangzhou", NetworkInterfaceId: ["eni-a", "eni-b"] },
      { encoding: "rpc-get", region: "cn-hangzhou", host },
    );
    expect(wire.url).toBe(
      "/?Action=NoSuchAction&Format=JSON&Version=2014-05-26&RegionId=cn-hangzhou&NetworkInterfaceId.1=eni-a&NetworkInterfaceId.2=eni-b",
    );
  });
});
