import { describe, expect, it } from "vitest";
import { fixedClock, seededRandom } from "../../core/clock.ts";
import { sha256Hex } from "../../core/crypto.ts";
import type { WireRequest } from "../../core/wire.ts";
import { capturedRequests, codeOf, pinned, verifier, withHeader } from "../../testing/aliyun-ecs.ts";
import type { VerifyContext } from "../types.ts";
import { acs3CanonicalRequest } from "./canonical.ts";
import { codec } from "./codec.ts";
import { signer } from "./signer.ts";

const context = (secret: string, at: string, id = "testid") => ({
  credentials: { accessKeyId: id, secret },
  clock: fixedClock(at),
  random: pinned(""),
  region: "cn-hangzhou",
});

const V1_AT = "2016-02-23T12:46:24Z";
const V1_NONCE = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf";
const DESCRIBE_REGIONS = "Action=DescribeRegions&Format=XML&Version=2014-05-26";
const ATTACH_MASKED =
  "Action=AttachNetworkInterface&Format=JSON&Version=2014-05-26&RegionId=cn-hangzhou" +
  "&InstanceId=i-bp16qstyvxj9gpqw%2A%2A%2A%2A&NetworkInterfaceId=eni-bp17pdijfczax1huji%2A%2A%2A%2A";

describe("published and derived signature V1 vectors (protocols.md §3.2)", () => {
  it.each([
    [
      "DescribeRegions GET (published)",
      {
        given: { method: "GET", url: `/?${DESCRIBE_REGIONS}`, body: "", headers: {} },
        want: "OLeaidS1JvxuMvnyHOwuJ+uX5qY=",
      },
    ],
    [
      "DescribeRegions POST, query (published)",
      {
        given: { method: "POST", url: `/?${DESCRIBE_REGIONS}`, body: "", headers: {} },
        want: "MxbnVAM4w6sft9xjVpe/GCKueuk=",
      },
    ],
    [
      "DescribeRegions POST, form body (published)",
      {
        given: {
          method: "POST",
          url: "/",
          body: DESCRIBE_REGIONS,
          headers: { "content-type": "application/x-www-form-urlencoded" },
        },
        want: "MxbnVAM4w6sft9xjVpe/GCKueuk=",
      },
    ],
    [
      "AttachNetworkInterface GET with **** ids (derived)",
      {
        given: { method: "GET", url: `/?${ATTACH_MASKED}`, body: "", headers: {} },
        want: "dMjUex/abt+7/iktJBciVrJR6LY=",
      },
    ],
  ] satisfies [string, { given: WireRequest; want: string }][])("%s", (_name, { given, want }) => {
    const signed = signer.sign(given, { ...context("testsecret", V1_AT), random: pinned(V1_NONCE) });
    const text = given.body === "" ? signed.url.slice(signed.url.indexOf("?") + 1) : signed.body;
    expect(new URLSearchParams(text).get("Signature")).toBe(want);
    expect(signer.verify(signed, verifier("testid", "testsecret", V1_AT))).toEqual({
      ok: true,
      accessKeyId: "testid",
      scheme: "HMAC-SHA1",
    });
  });
});

describe("published ACS3 vector (protocols.md §3.3, RunInstances)", () => {
  const given: WireRequest = {
    method: "POST",
    url: "/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai",
    headers: {
      host: "ecs.cn-shanghai.aliyuncs.com",
      "x-acs-action": "RunInstances",
      "x-acs-version": "2014-05-26",
    },
    body: "",
  };
  const at = "2023-10-26T10:22:32Z";
  const signed = signer.sign(given, {
    ...context("YourAccessKeySecret", at, "YourAccessKeyId"),
    random: pinned("3156853299f313e23d1673dc12e1703d"),
  });

  it("reproduces the signed headers, canonical-request hash and signature", () => {
    expect(signed.headers.authorization).toBe(
      "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
    );
    const canonical = acs3CanonicalRequest({
      method: "POST",
      path: "/",
      query: [
        ["ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"],
        ["RegionId", "cn-shanghai"],
      ],
      headers: signed.headers,
      signedHeaders: [
        "host",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-version",
      ],
      payloadHash: sha256Hex(""),
    });
    expect(sha256Hex(canonical)).toBe("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
  });

  it("verifies", () => {
    expect(codeOf(signer.verify(signed, verifier("YourAccessKeyId", "YourAccessKeySecret", at)))).toBe("ok");
  });
});

const captures = capturedRequests();

/** A copy with a changed body: appended to, or (empty V1 query forms) a form body added. */
const tamperBody = (req: WireRequest): WireRequest => {
  if (req.body !== "") return { ...req, body: `${req.body}x` };
  if (req.headers.authorization) return { ...req, body: "x" };
  return {
    ...withHeader(req, "content-type", "application/x-www-form-urlencoded"),
    method: "POST",
    body: "X=1",
  };
};

describe("captured official-SDK requests (sdk-captures, secret testkey)", () => {
  it("has requests of every client and wire form", () => {
    expect(new Set(captures.map((c) => c.encoding))).toEqual(new Set(codec.encodings));
  });

  it.each(captures.map((c) => [c.name, c] as const))("%s verifies, and fails when tampered", (_name, c) => {
    const ctx = verifier("AKIDtest", "testkey", c.receivedAt);
    const acs3 = c.encoding === "acs3-query";
    const query = c.req.url.includes("?") ? `${c.req.url}&X=1` : `${c.req.url}?X=1`;
    const rows: [string, WireRequest, VerifyContext, string][] = [
      ["as sent", c.req, ctx, "ok"],
      ["another secret", c.req, verifier("AKIDtest", "otherkey", c.receivedAt), "SignatureDoesNotMatch"],
      ["tampered query", { ...c.req, url: query }, ctx, "SignatureDoesNotMatch"],
      // V1 signs a body only when it is a form, so the V1 query forms get a form body added.
      ["tampered body", tamperBody(c.req), ctx, "SignatureDoesNotMatch"],
      // Signature V1 signs neither path nor headers (protocols.md §3.2): only ACS3 notices these.
      [
        "tampered path",
        { ...c.req, url: c.req.url.replace(/^\//, "/x") },
        ctx,
        acs3 ? "SignatureDoesNotMatch" : "ok",
      ],
      [
        "tampered host header",
        withHeader(c.req, "host", "evil:1"),
        ctx,
        acs3 ? "SignatureDoesNotMatch" : "ok",
      ],
    ];
    if (acs3) {
      rows.push(
        [
          "tampered x-acs-credentials-provider",
          withHeader(c.req, "x-acs-credentials-provider", "sts"),
          ctx,
          "SignatureDoesNotMatch",
        ],
        [
          "tampered x-acs-action",
          withHeader(c.req, "x-acs-action", "DetachNetworkInterface"),
          ctx,
          "SignatureDoesNotMatch",
        ],
      );
    }
    for (const [row, req, vctx, want] of rows) expect(codeOf(signer.verify(req, vctx)), row).toBe(want);
  });
});

describe("sign then verify, every encoding", () => {
  const at = "2026-11-22T00:00:00Z";
  const params = { RegionId: "cn-hangzhou", InstanceId: "i-test0001", NetworkInterfaceId: "eni-test0001" };
  it.each(
    codec.encodings.flatMap((e) => [
      [`${e}, long-term key`, { encoding: e, token: undefined }],
      [`${e}, STS token`, { encoding: e, token: "sts-token/+=" }],
    ]),
  )("%s", (_name, { encoding, token }) => {
    const wire = codec.encodeRequest("AttachNetworkInterface", params, {
      encoding,
      region: "cn-hangzhou",
      host: "127.0.0.1:8080",
    });
    const credentials = token
      ? { accessKeyId: "AKIDtest", secret: "testkey", token }
      : { accessKeyId: "AKIDtest", secret: "testkey" };
    const signed = signer.sign(wire, { ...context("testkey", at), credentials, random: seededRandom(1) });
    expect(signer.verify(signed, verifier("AKIDtest", "testkey", at))).toMatchObject({
      ok: true,
      accessKeyId: "AKIDtest",
    });
    const text = `${signed.url} ${signed.body} ${JSON.stringify(signed.headers)}`;
    if (token) expect(text).toContain(encoding === "acs3-query" ? "x-acs-security-token" : "SecurityToken=");
    const resigned = signer.sign(signed, { ...context("testkey", at), credentials, random: seededRandom(2) });
    expect(codeOf(signer.verify(resigned, verifier("AKIDtest", "testkey", at)))).toBe("ok");
  });
});
