/**
 * How verification of TC3 requests fails (protocols.md §2.2 and §5, sdk-clients.md §4): each kind
 * of tampering, skew, scope, key and Authorization problem against a captured SDK request, and the
 * host and service forms that must still verify.
 */
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import { firstRequest, wire, withHeaders } from "../../testing/tencent-v3.ts";
import {
  canonicalRequest,
  formatAuthorization,
  payloadHash,
  stringToSign,
  tc3Signature,
  utcDate,
} from "./canonical.ts";
import { signer } from "./signer.ts";

const at = (seconds: number) => fixedClock(seconds * 1000);
const known = (id: string, secret: string) => (k: string) => (k === id ? secret : undefined);
const post = firstRequest("success");
const get = firstRequest("success_get_method");
const ts = (r: WireRequest) => Number(r.headers["x-tc-timestamp"]);
const signedBy = (r: WireRequest, signedHeaders: string[], host: string, service = "127"): WireRequest => {
  const t = String(ts(r));
  const date = utcDate(ts(r));
  const canonical = canonicalRequest({
    method: r.method,
    uri: "/",
    query: "",
    headers: signedHeaders.map((n) => [n, n === "host" ? host : (r.headers[n] ?? "")] as const),
    payloadHash: payloadHash(r.headers, r.body),
  });
  const signature = tc3Signature("testkey", date, service, stringToSign(t, date, service, canonical));
  return withHeaders(r, {
    authorization: formatAuthorization({ accessKeyId: "AKIDtest", date, service, signedHeaders, signature }),
  });
};

describe("verification outcomes", () => {
  it.each([
    [
      "tampered body",
      {
        given: { req: { ...wire(post), body: post.body.replace("0001", "0002") } },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "tampered query",
      {
        given: { req: { ...wire(get), url: `${get.url}&AttachType=1` } },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "tampered path",
      { given: { req: { ...wire(post), url: "/v2/index.php" } }, want: "AuthFailure.SignatureFailure" },
    ],
    [
      "tampered signed header content-type",
      {
        given: { req: withHeaders(wire(post), { "content-type": "application/json; charset=utf-8" }) },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "tampered signed header host",
      {
        given: { req: withHeaders(wire(post), { host: "127.0.0.2:45083" }) },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "tampered timestamp (bound by the string to sign)",
      {
        given: { req: withHeaders(wire(post), { "x-tc-timestamp": String(ts(post) + 1) }) },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "scope date is not the timestamp's UTC date",
      {
        given: {
          req: withHeaders(wire(post), {
            authorization: post.headers.authorization?.replace("2026-11-21", "2026-11-22"),
          }),
        },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "scope service is neither the host's first label nor vpc",
      {
        given: {
          req: withHeaders(wire(post), {
            authorization: post.headers.authorization?.replace("/127/", "/cvm/"),
          }),
        },
        want: "AuthFailure.SignatureFailure",
      },
    ],
    [
      "unknown SecretId",
      {
        given: {
          req: withHeaders(wire(post), {
            authorization: post.headers.authorization?.replace("AKIDtest", "AKIDother"),
          }),
        },
        want: "AuthFailure.SecretIdNotFound",
      },
    ],
    [
      "timestamp 301 s in the past",
      { given: { req: wire(post), now: ts(post) + 301 }, want: "AuthFailure.SignatureExpire" },
    ],
    [
      "timestamp 301 s in the future",
      { given: { req: wire(post), now: ts(post) - 301 }, want: "AuthFailure.SignatureExpire" },
    ],
    ["timestamp exactly 300 s in the past", { given: { req: wire(post), now: ts(post) + 300 }, want: "ok" }],
    [
      "timestamp exactly 300 s in the future",
      { given: { req: wire(post), now: ts(post) - 300 }, want: "ok" },
    ],
    [
      "missing Authorization",
      {
        given: { req: withHeaders(wire(post), { authorization: undefined }) },
        want: "AuthFailure.InvalidAuthorization",
      },
    ],
    [
      "Authorization of another scheme",
      {
        given: { req: withHeaders(wire(post), { authorization: "HMAC-SHA256 Credential=AKIDtest" }) },
        want: "AuthFailure.InvalidAuthorization",
      },
    ],
    [
      "truncated Authorization",
      {
        given: {
          req: withHeaders(wire(post), {
            authorization: "TC3-HMAC-SHA256 Credential=AKIDtest/2026-11-21/127/tc3_request",
          }),
        },
        want: "AuthFailure.InvalidAuthorization",
      },
    ],
    [
      "SignedHeaders without host",
      {
        given: { req: signedBy(wire(post), ["content-type"], "127.0.0.1") },
        want: "AuthFailure.InvalidAuthorization",
      },
    ],
    [
      "missing X-TC-Timestamp",
      { given: { req: withHeaders(wire(post), { "x-tc-timestamp": undefined }) }, want: "MissingParameter" },
    ],
    [
      "non-numeric X-TC-Timestamp",
      {
        given: { req: withHeaders(wire(post), { "x-tc-timestamp": "soon" }) },
        want: "InvalidParameterValue",
      },
    ],
    [
      "host signed with its port (as sent) also verifies",
      { given: { req: signedBy(wire(post), ["content-type", "host"], "127.0.0.1:45083") }, want: "ok" },
    ],
    [
      "scope service vpc with an IP host verifies (SDKs that name the service)",
      { given: { req: signedBy(wire(post), ["content-type", "host"], "127.0.0.1", "vpc") }, want: "ok" },
    ],
    [
      "extra signed header x-tc-action verifies",
      {
        given: { req: signedBy(wire(post), ["content-type", "host", "x-tc-action"], "127.0.0.1") },
        want: "ok",
      },
    ],
    [
      "unsigned X-TC-Region may change (the SDK signs only content-type;host)",
      { given: { req: withHeaders(wire(post), { "x-tc-region": "ap-beijing" }) }, want: "ok" },
    ],
  ] as [string, { given: { req: WireRequest; now?: number }; want: string }][])(
    "%s",
    (_name, { given, want }) => {
      const clock = given.now === undefined ? fixedClock(post.receivedAt) : at(given.now);
      const result = signer.verify(given.req, { lookupSecret: known("AKIDtest", "testkey"), clock });
      expect(result.ok ? "ok" : result.error.code).toBe(want);
    },
  );
});
