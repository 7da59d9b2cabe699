import { describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import { sha256Hex } from "../../core/crypto.ts";
import type { WireRequest } from "../../core/wire.ts";
import { capturedRequests, codeOf, verifier, withHeader } from "../../testing/aliyun-ecs.ts";
import { createNonceStore } from "../shared/nonce-store.ts";
import { signer } from "./signer.ts";

const captures = capturedRequests();
const acs3Capture = captures.find((c) => c.encoding === "acs3-query") as (typeof captures)[number];
const v1Capture = captures.find((c) => c.encoding === "rpc-get") as (typeof captures)[number];
const minutes = (c: (typeof captures)[number], m: number) => Date.parse(c.receivedAt) + m * 60_000;
const dropParam = (req: WireRequest, name: string): WireRequest => ({
  ...req,
  url: req.url.replace(new RegExp(`[&?]${name}=[^&]*`), (m) => (m.startsWith("?") ? "?" : "")),
});

describe("verification failures give the ECS codes (protocols.md §3.4)", () => {
  it.each([
    [
      "ACS3 unknown key",
      {
        given: { c: acs3Capture, ctx: verifier("someone-else", "testkey", acs3Capture.receivedAt) },
        want: "InvalidAccessKeyId.NotFound",
      },
    ],
    [
      "V1 unknown key",
      {
        given: { c: v1Capture, ctx: verifier("someone-else", "testkey", v1Capture.receivedAt) },
        want: "InvalidAccessKeyId.NotFound",
      },
    ],
    [
      "ACS3 16 min old",
      {
        given: { c: acs3Capture, ctx: verifier("AKIDtest", "testkey", minutes(acs3Capture, 16)) },
        want: "InvalidTimeStamp.Expired",
      },
    ],
    [
      "ACS3 16 min ahead",
      {
        given: { c: acs3Capture, ctx: verifier("AKIDtest", "testkey", minutes(acs3Capture, -16)) },
        want: "InvalidTimeStamp.Expired",
      },
    ],
    [
      "ACS3 14 min old",
      {
        given: { c: acs3Capture, ctx: verifier("AKIDtest", "testkey", minutes(acs3Capture, 14)) },
        want: "ok",
      },
    ],
    [
      "V1 16 min old",
      {
        given: { c: v1Capture, ctx: verifier("AKIDtest", "testkey", minutes(v1Capture, 16)) },
        want: "InvalidTimeStamp.Expired",
      },
    ],
    [
      "V1 16 min ahead",
      {
        given: { c: v1Capture, ctx: verifier("AKIDtest", "testkey", minutes(v1Capture, -16)) },
        want: "InvalidTimeStamp.Expired",
      },
    ],
  ])("%s → %s", (_name, { given, want }) => {
    expect(codeOf(signer.verify(given.c.req, given.ctx))).toBe(want);
  });

  const acs3 = acs3Capture.req;
  const v1 = v1Capture.req;
  it.each([
    [
      "ACS3 without Authorization",
      { given: withHeader(acs3, "authorization", undefined), want: "IncompleteSignature" },
    ],
    [
      "ACS3 Authorization without Signature",
      {
        given: withHeader(acs3, "authorization", "ACS3-HMAC-SHA256 Credential=AKIDtest,SignedHeaders=host"),
        want: "IncompleteSignature",
      },
    ],
    [
      "ACS3 without x-acs-date",
      { given: withHeader(acs3, "x-acs-date", undefined), want: "IncompleteSignature" },
    ],
    [
      "ACS3 with an unsigned x-acs-* header",
      { given: withHeader(acs3, "x-acs-extra", "1"), want: "IncompleteSignature" },
    ],
    [
      "ACS3 with an unsigned content-type",
      { given: withHeader(acs3, "content-type", "application/json"), want: "IncompleteSignature" },
    ],
    [
      "ACS3 with a wrong x-acs-content-sha256",
      { given: withHeader(acs3, "x-acs-content-sha256", sha256Hex("x")), want: "SignatureDoesNotMatch" },
    ],
    ["V1 without Signature", { given: dropParam(v1, "Signature"), want: "IncompleteSignature" }],
    ["V1 without SignatureNonce", { given: dropParam(v1, "SignatureNonce"), want: "IncompleteSignature" }],
    ["V1 without Timestamp", { given: dropParam(v1, "Timestamp"), want: "IncompleteSignature" }],
    [
      "V1 with SignatureMethod HMAC-SHA256",
      { given: { ...v1, url: v1.url.replace("HMAC-SHA1", "HMAC-SHA256") }, want: "IncompleteSignature" },
    ],
    [
      "a request with no signature at all",
      { given: { method: "GET", url: "/", headers: {}, body: "" }, want: "IncompleteSignature" },
    ],
    [
      "a foreign Authorization scheme",
      {
        given: { method: "POST", url: "/", headers: { authorization: "TC3-HMAC-SHA256 x" }, body: "" },
        want: "IncompleteSignature",
      },
    ],
  ])("%s → %s", (_name, { given, want }) => {
    expect(codeOf(signer.verify(given, verifier("AKIDtest", "testkey", acs3Capture.receivedAt)))).toBe(want);
  });

  it.each([
    ["ACS3", acs3Capture],
    ["V1", v1Capture],
  ])("%s: a replayed nonce is SignatureNonceUsed when a nonce store is given", (_name, c) => {
    const clock = fixedClock(c.receivedAt);
    const ctx = { ...verifier("AKIDtest", "testkey", c.receivedAt), nonces: createNonceStore(clock) };
    expect(codeOf(signer.verify(c.req, ctx))).toBe("ok");
    expect(codeOf(signer.verify(c.req, ctx))).toBe("SignatureNonceUsed");
    expect(codeOf(signer.verify(c.req, verifier("AKIDtest", "testkey", c.receivedAt)))).toBe("ok");
  });

  it("a request that fails its signature does not use up its nonce", () => {
    const clock = fixedClock(acs3Capture.receivedAt);
    const ctx = {
      ...verifier("AKIDtest", "testkey", acs3Capture.receivedAt),
      nonces: createNonceStore(clock),
    };
    const bad = withHeader(acs3Capture.req, "x-acs-action", "DetachNetworkInterface");
    expect(codeOf(signer.verify(bad, ctx))).toBe("SignatureDoesNotMatch");
    expect(codeOf(signer.verify(acs3Capture.req, ctx))).toBe("ok");
  });
});
