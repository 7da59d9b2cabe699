import { describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import {
  capturedRequests,
  fixedNonce,
  sample,
  VECTORS,
  type Vector,
  verifyContext,
} from "../../testing/jdcloud-vm.ts";
import type { SignContext } from "../types.ts";
import { signer, signForService } from "./signer.ts";

function signVector(v: Vector): WireRequest {
  const ctx: SignContext = {
    credentials: { accessKeyId: v.ak, secret: v.sk },
    clock: fixedClock(v.at),
    random: fixedNonce(v.nonce),
    region: "cn-north-1",
    ...(v.scheme === undefined ? {} : { scheme: v.scheme }),
  };
  return v.service === undefined ? signer.sign(v.req, ctx) : signForService(v.req, ctx, v.service);
}

const signatureOf = (req: WireRequest) =>
  /Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? "")?.[1];
const vectors = VECTORS.map((v): [string, Vector] => [v.name, v]);

describe("published and derived vectors (protocols §4.2)", () => {
  it.each(vectors)("%s reproduces", (_, v) => {
    expect(signatureOf(signVector(v))).toBe(v.want);
  });

  it.each(vectors)("%s verifies", (_, v) => {
    expect(signer.verify(signVector(v), verifyContext(v.at, { [v.ak]: v.sk }))).toEqual({
      ok: true,
      accessKeyId: v.ak,
      scheme: v.scheme ?? "JDCLOUD2-HMAC-SHA256",
    });
  });
});

describe("captured jdcloud-sdk-js requests (sdk-clients.md §4)", () => {
  it.each(capturedRequests)("%s verifies with testkey", (_, req) => {
    expect(signer.verify(req, verifyContext(req.receivedAt, { AKIDtest: "testkey" }))).toEqual({
      ok: true,
      accessKeyId: "AKIDtest",
      scheme: "JDCLOUD2-HMAC-SHA256",
    });
  });

  it.each(capturedRequests)("%s fails with another secret", (_, req) => {
    const result = signer.verify(req, verifyContext(req.receivedAt, { AKIDtest: "otherkey" }));
    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" }, accessKeyId: "AKIDtest" });
  });
});

describe("sign", () => {
  const ctx = (scheme?: string, token?: string): SignContext => ({
    credentials: { accessKeyId: "AKIDtest", secret: "testkey", ...(token === undefined ? {} : { token }) },
    clock: fixedClock("2026-11-21T23:55:14Z"),
    random: fixedNonce("6dbb798b-ead7-41a7-ac3f-a8055026f8e1"),
    region: "cn-north-1",
    ...(scheme === undefined ? {} : { scheme }),
  });
  // The request as the SDK held it when signing: node-fetch adds content-length, accept-encoding and
  // connection afterwards (they are in the capture but not in its SignedHeaders).
  const atSigning = ["accept", "user-agent", "content-type", "host"];
  const bare: WireRequest = {
    method: sample.method,
    url: sample.url,
    headers: Object.fromEntries(atSigning.map((name) => [name, sample.headers[name] as string])),
    body: sample.body,
  };

  it("reproduces the captured jdcloud-sdk-js signature from the same inputs", () => {
    expect(signer.sign(bare, ctx()).headers.authorization).toBe(sample.headers.authorization);
  });

  it("leaves its input untouched and replaces an earlier Authorization", () => {
    const input = { ...bare, headers: { ...bare.headers, authorization: "stale" } };
    const signed = signer.sign(input, ctx());
    expect(input.headers.authorization).toBe("stale");
    expect(signed.headers.authorization).toBe(sample.headers.authorization);
  });

  it.each(signer.schemes.map((s) => [s]))("%s round-trips through verify", (scheme) => {
    const signed = signer.sign(bare, ctx(scheme));
    const result = signer.verify(signed, verifyContext(sample.receivedAt, { AKIDtest: "testkey" }));
    expect(result).toEqual({ ok: true, accessKeyId: "AKIDtest", scheme });
  });

  it("JDCLOUD3 signs the literal colon and %3A alike; JDCLOUD2 does not (F-035)", () => {
    const literal = { ...bare, url: bare.url.replace("%3A", ":") };
    const v3 = [bare, literal].map((r) => signatureOf(signer.sign(r, ctx("JDCLOUD3-HMAC-SHA256"))));
    const v2 = [bare, literal].map((r) => signatureOf(signer.sign(r, ctx())));
    expect(v3[0]).toBe(v3[1]);
    expect(v2[0]).not.toBe(v2[1]);
  });

  it("scopes describeNetworkInterface to the vpc service", () => {
    const url = "/v1/regions/cn-north-1/networkInterfaces/port-n2h70001se";
    const req = { method: "GET", url, headers: { host: "vpc.jdcloud-api.com" }, body: "" };
    expect(signer.sign(req, ctx()).headers.authorization).toContain("/cn-north-1/vpc/jdcloud2_request");
  });

  it("sends and signs a base64 security token for temporary credentials", () => {
    const signed = signer.sign(bare, ctx(undefined, "tok"));
    expect(signed.headers["x-jdcloud-security-token"]).toBe("dG9r");
    expect(signed.headers.authorization).toContain("x-jdcloud-nonce;x-jdcloud-security-token,");
  });

  it("refuses an unknown scheme with ENIC_CONFIG", () => {
    expect(() => signer.sign(bare, ctx("HmacSHA1"))).toThrow(
      expect.objectContaining({ code: "ENIC_CONFIG" }),
    );
  });
});
