/**
 * TC3-HMAC-SHA256 pinned by the published vectors and the DERIVED ones of protocols.md §2.2, and by
 * every captured official-SDK request (sdk-clients.md §4); then each way a request can fail.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedClock, seededRandom } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import { capturedRequests, firstRequest, wire } from "../../testing/tencent-v3.ts";
import type { VerifyContext } from "../types.ts";
import {
  canonicalRequest,
  formatAuthorization,
  payloadHash,
  stringToSign,
  tc3Signature,
  utcDate,
} from "./canonical.ts";
import { signer } from "./signer.ts";

const EXAMPLE = {
  accessKeyId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
  secret: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
};
const at = (seconds: number) => fixedClock(seconds * 1000);
const known = (id: string, secret: string) => (k: string) => (k === id ? secret : undefined);
const signatureOf = (req: WireRequest) => /Signature=([0-9a-f]+)/.exec(req.headers.authorization ?? "")?.[1];

const POST_BODY = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
const cvmPost: WireRequest = {
  method: "POST",
  url: "/",
  headers: { "content-type": "application/json; charset=utf-8", host: "cvm.tencentcloudapi.com" },
  body: POST_BODY,
};

describe("published and derived TC3 vectors (protocols.md §2.2)", () => {
  it.each([
    [
      "published POST (literal \\u escapes)",
      {
        given: { req: cvmPost, ts: 1551113065 },
        want: "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
      },
    ],
    [
      "published GET Limit=10&Offset=0",
      {
        given: {
          req: {
            method: "GET",
            url: "/?Limit=10&Offset=0",
            headers: { "content-type": "application/x-www-form-urlencoded", host: "cvm.tencentcloudapi.com" },
            body: "",
          },
          ts: 1539084154,
        },
        want: "5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474",
      },
    ],
    [
      "DERIVED AttachNetworkInterface on vpc",
      {
        given: {
          req: {
            method: "POST",
            url: "/",
            headers: { "content-type": "application/json", host: "vpc.tencentcloudapi.com" },
            body: '{"NetworkInterfaceId":"eni-m6dyj72l","InstanceId":"ins-r8hr2upy"}',
          },
          ts: 1551113065,
        },
        want: "4e3b8f8361854fd78ca9868a46dcc65093ce93d57379283d5fe02aac2d0e45aa",
      },
    ],
  ] as const)("%s: sign reproduces the signature and verify accepts it", (_name, { given, want }) => {
    const signed = signer.sign(given.req, {
      credentials: EXAMPLE,
      clock: at(given.ts),
      random: seededRandom(1),
      region: "",
    });
    expect(signatureOf(signed)).toBe(want);
    expect(signed.headers["x-tc-timestamp"]).toBe(String(given.ts));
    const verified = signer.verify(signed, {
      lookupSecret: known(EXAMPLE.accessKeyId, EXAMPLE.secret),
      clock: at(given.ts),
    });
    expect(verified).toEqual({ ok: true, accessKeyId: EXAMPLE.accessKeyId, scheme: "TC3-HMAC-SHA256" });
  });

  it("DERIVED vector with x-tc-action signed (value lower-cased) reproduces and verifies", () => {
    const ts = 1551113065;
    const date = utcDate(ts);
    const req: WireRequest = {
      ...cvmPost,
      headers: { ...cvmPost.headers, "x-tc-action": "DescribeInstances", "x-tc-timestamp": String(ts) },
    };
    const names = ["content-type", "host", "x-tc-action"];
    const canonical = canonicalRequest({
      method: "POST",
      uri: "/",
      query: "",
      headers: names.map((n) => [n, req.headers[n] ?? ""] as const),
      payloadHash: payloadHash(req.headers, req.body),
    });
    expect(canonical).toContain("x-tc-action:describeinstances\n");
    const signature = tc3Signature(
      EXAMPLE.secret,
      date,
      "cvm",
      stringToSign(String(ts), date, "cvm", canonical),
    );
    expect(signature).toBe("644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26");
    const authorization = formatAuthorization({
      accessKeyId: EXAMPLE.accessKeyId,
      date,
      service: "cvm",
      signedHeaders: names,
      signature,
    });
    const verified = signer.verify(
      { ...req, headers: { ...req.headers, authorization } },
      { lookupSecret: known(EXAMPLE.accessKeyId, EXAMPLE.secret), clock: at(ts) },
    );
    expect(verified.ok).toBe(true);
  });
});

const captureContext = (r: { receivedAt: string }, secret = "testkey"): VerifyContext => ({
  lookupSecret: known("AKIDtest", secret),
  clock: fixedClock(r.receivedAt),
});

describe("captured official-SDK requests (tencentcloud-sdk-nodejs 4.1.313)", () => {
  it.each(capturedRequests)("%s verifies with testkey", (_name, r) => {
    expect(signer.verify(wire(r), captureContext(r))).toEqual({
      ok: true,
      accessKeyId: "AKIDtest",
      scheme: "TC3-HMAC-SHA256",
    });
  });

  it.each(capturedRequests)("%s fails with another secret", (_name, r) => {
    const result = signer.verify(wire(r), captureContext(r, "not-testkey"));
    expect(result.ok ? "ok" : result.error.code).toBe("AuthFailure.SignatureFailure");
  });
});

describe("sign", () => {
  const ctx = {
    credentials: { accessKeyId: "AKIDtest", secret: "testkey", token: "sts-token" },
    clock: at(1795305200),
    random: seededRandom(3),
    region: "ap-guangzhou",
  };
  const unsigned: WireRequest = {
    method: "POST",
    url: "/",
    headers: {
      "content-type": "application/json",
      host: "127.0.0.1:8080",
      "x-tc-action": "AttachNetworkInterface",
    },
    body: "{}",
  };

  it("adds the SDK's headers, signs content-type;host, and leaves its input untouched", () => {
    const before = structuredClone(unsigned);
    const signed = signer.sign(unsigned, ctx);
    expect(unsigned).toEqual(before);
    expect(signed.headers).toMatchObject({
      "x-tc-timestamp": "1795305200",
      "x-tc-region": "ap-guangzhou",
      "x-tc-token": "sts-token",
    });
    expect(signed.headers.authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDtest\/2026-11-21\/127\/tc3_request, SignedHeaders=content-type;host, Signature=[0-9a-f]{64}$/,
    );
    expect(signer.verify(signed, { lookupSecret: known("AKIDtest", "testkey"), clock: ctx.clock }).ok).toBe(
      true,
    );
  });

  it("reproduces the captured SDK signature from the captured request", () => {
    const r = firstRequest("success_real_hostname_via_agent");
    const { authorization, "x-tc-timestamp": _t, ...rest } = r.headers;
    const signed = signer.sign(
      { ...wire(r), headers: rest },
      {
        ...ctx,
        credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
        clock: fixedClock(r.receivedAt),
      },
    );
    expect(signed.headers.authorization).toBe(authorization);
  });

  it("refuses a scheme it does not have", () => {
    expect(() => signer.sign(unsigned, { ...ctx, scheme: "HmacSHA256" })).toThrow(
      expect.objectContaining({ code: "ENIC_CONFIG" }),
    );
  });
});

describe("utcDate", () => {
  it("is the UTC date of any timestamp, whatever day it was asked for before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4_102_444_800 }), { minLength: 1, maxLength: 20 }),
        (ts) => {
          for (const t of ts) expect(utcDate(t)).toBe(new Date(t * 1000).toISOString().slice(0, 10));
        },
      ),
      { numRuns: 200, seed: 7 },
    );
    // The last second of a day and the first of the next.
    expect(utcDate(86_399)).toBe("1970-01-01");
    expect(utcDate(86_400)).toBe("1970-01-02");
    expect(utcDate(86_399)).toBe("1970-01-01");
  });
});
