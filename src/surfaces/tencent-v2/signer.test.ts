/**
 * The tencent-v2 signer pinned by the published vectors of protocols.md §1.3 (two DescribeInstances
 * requests on cvm.api.qcloud.com and the DERIVED AttachNetworkInterface vector), and by hand-built
 * requests (no official SDK speaks v2, so there are no captures) in both encodings and both methods,
 * each of which must verify and must fail once tampered with, with the cloud's codes.
 */
import { describe, expect, it } from "vitest";
import { fixedClock, type Random, seededRandom } from "../../core/clock.ts";
import { rawQuery, type WireRequest } from "../../core/wire.ts";
import { createNonceStore } from "../shared/nonce-store.ts";
import type { VerifyContext } from "../types.ts";
import { requestParams, sortPairs, sourceString } from "./canonical.ts";
import { codec } from "./codec.ts";
import { signer, TIMESTAMP_WINDOW_MS } from "./signer.ts";

const VECTOR_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
const VECTOR_KEY = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
const VECTOR_TIME = 1465185768_000;

/** A Random whose uint32 always answers `n` (so the signer's Nonce is 1 + n). */
const constantRandom = (n: number): Random => ({ ...seededRandom(1), uint32: () => n });

const query = (req: WireRequest) => new URLSearchParams(rawQuery(req.url));
const signatureParam = (req: WireRequest) =>
  new URLSearchParams(req.method === "GET" ? rawQuery(req.url) : req.body).get("Signature");

describe("published and derived vectors (protocols.md §1.3)", () => {
  const describeInstances = (method: string) => ({
    method: "GET",
    url: `/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SignatureMethod=${method}&Timestamp=1465185768`,
    headers: { host: "cvm.api.qcloud.com" },
    body: "",
  });
  const attach = codec.encodeRequest(
    "AttachNetworkInterface",
    { vpcId: "vpc-7t9nf3pu", networkInterfaceId: "eni-m6dyj72l", instanceId: "ins-xx44545f" },
    { region: "gz", host: "vpc.api.qcloud.com" },
  );

  it.each([
    [
      "DescribeInstances, HmacSHA256 (published)",
      {
        given: describeInstances("HmacSHA256"),
        scheme: "HmacSHA256",
        want: "0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=",
        onWire: "Signature=0EEm%2FHtGRr%2FVJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s%3D",
        source:
          "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&Timestamp=1465185768",
      },
    ],
    [
      "DescribeInstances, HmacSHA1 (published)",
      {
        given: describeInstances("HmacSHA1"),
        scheme: "HmacSHA1",
        want: "nPVnY6njQmwQ8ciqbPl5Qe+Oru4=",
        onWire: "Signature=nPVnY6njQmwQ8ciqbPl5Qe%2BOru4%3D",
        source:
          "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA1&Timestamp=1465185768",
      },
    ],
    [
      "AttachNetworkInterface, HmacSHA1 implicit (DERIVED; encoded by the codec, nonce drawn)",
      {
        given: attach,
        scheme: undefined,
        want: "06pB86KeLXnXICmfxWvGSQlOYfQ=",
        onWire: "Signature=06pB86KeLXnXICmfxWvGSQlOYfQ%3D",
        source:
          "GETvpc.api.qcloud.com/v2/index.php?Action=AttachNetworkInterface&Nonce=11886&Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1465185768&instanceId=ins-xx44545f&networkInterfaceId=eni-m6dyj72l&vpcId=vpc-7t9nf3pu",
      },
    ],
  ])("%s", (_name, { given, scheme, want, onWire, source }) => {
    const clock = fixedClock(VECTOR_TIME);
    const signed = signer.sign(given, {
      credentials: { accessKeyId: VECTOR_ID, secret: VECTOR_KEY },
      clock,
      random: constantRandom(11885),
      region: "gz",
      ...(scheme ? { scheme } : {}),
    });
    expect(signatureParam(signed)).toBe(want);
    expect(signed.url).toContain(onWire);
    const read = requestParams(signed);
    if (!read.ok) throw new Error(read.reason);
    expect(sourceString(signed.method, signed.headers.host ?? "", "/v2/index.php", read.pairs)).toBe(source);
    const verified = signer.verify(signed, { lookupSecret: () => VECTOR_KEY, clock });
    expect(verified).toEqual({ ok: true, accessKeyId: VECTOR_ID, scheme: scheme ?? "HmacSHA1" });
  });

  it("sorts keys in byte order (InstanceIds.12 before InstanceIds.2, upper case first)", () => {
    const keys = sortPairs([
      ["instanceId", ""],
      ["InstanceIds.2", ""],
      ["Timestamp", ""],
      ["InstanceIds.12", ""],
    ]).map(([k]) => k);
    expect(keys).toEqual(["InstanceIds.12", "InstanceIds.2", "Timestamp", "instanceId"]);
  });
});

const credentials = { accessKeyId: "AKIDtest", secret: "testkey" };
const NOW = Date.parse("2026-11-22T00:00:00Z");
const HOST = "127.0.0.1:8080";
const verifyContext = (over: Partial<VerifyContext> = {}): VerifyContext => ({
  lookupSecret: (id) => (id === "AKIDtest" ? "testkey" : undefined),
  clock: fixedClock(NOW),
  ...over,
});

const migrate = {
  vpcId: "vpc-7t9nf3pu",
  networkInterfaceId: "eni-m6dyj72l",
  oldInstanceId: "ins-xx44545f",
  newInstanceId: "ins-cddddu74",
};

/** A hand-built, signed request: `encoding` × `scheme`. */
function build(
  encoding: "get" | "post-form",
  scheme: "HmacSHA1" | "HmacSHA256",
  token?: string,
): WireRequest {
  const wire = codec.encodeRequest("MigrateNetworkInterface", migrate, {
    region: "ap-guangzhou",
    host: HOST,
    encoding,
  });
  return signer.sign(wire, {
    credentials: token ? { ...credentials, token } : credentials,
    clock: fixedClock(NOW),
    random: seededRandom(42),
    region: "ap-guangzhou",
    scheme,
  });
}

const tampers: [string, (r: WireRequest) => WireRequest][] = [
  ["another secret", (r) => r],
  ["a changed action parameter", (r) => swap(r, "ins-cddddu74", "ins-cddddu75")],
  ["a changed common parameter", (r) => swap(r, "Region=ap-guangzhou", "Region=ap-shanghai")],
  ["an added parameter", (r) => swap(r, "Action=", "extra=1&Action=")],
  ["a changed path", (r) => ({ ...r, url: r.url.replace("/v2/index.php", "/v2/index.php5") })],
  ["a changed Host header", (r) => ({ ...r, headers: { ...r.headers, host: "127.0.0.1:8081" } })],
  ["a changed method (same parameters)", (r) => otherMethod(r)],
];

/** The same parameters sent with the other method: GET as a POST form, a POST form as a GET. */
function otherMethod(r: WireRequest): WireRequest {
  if (r.method === "GET") {
    const headers = { ...r.headers, "content-type": "application/x-www-form-urlencoded" };
    return { method: "POST", url: "/v2/index.php", headers, body: rawQuery(r.url) };
  }
  const { "content-type": _, ...headers } = r.headers;
  return { method: "GET", url: `/v2/index.php?${r.body}`, headers, body: "" };
}

/** Replace text in the part of the request that carries the parameters. */
function swap(r: WireRequest, from: string, to: string): WireRequest {
  return r.method === "GET"
    ? { ...r, url: r.url.replace(from, to) }
    : { ...r, body: r.body.replace(from, to) };
}

describe.each([
  ["GET, HmacSHA1", "get", "HmacSHA1"],
  ["GET, HmacSHA256", "get", "HmacSHA256"],
  ["POST form, HmacSHA1", "post-form", "HmacSHA1"],
  ["POST form, HmacSHA256", "post-form", "HmacSHA256"],
] as const)("hand-built request %s", (_name, encoding, scheme) => {
  const signed = build(encoding, scheme);

  it("verifies with testkey and decodes", () => {
    expect(signer.verify(signed, verifyContext())).toEqual({ ok: true, accessKeyId: "AKIDtest", scheme });
    expect(codec.decode(signed)).toMatchObject({
      ok: true,
      value: { operation: "MigrateNetworkInterface", encoding },
    });
    if (encoding === "post-form") expect(rawQuery(signed.url)).toBe("");
    else expect(signed.body).toBe("");
  });

  it.each(tampers)("fails with 4100 after %s", (name, tamper) => {
    const ctx = name === "another secret" ? verifyContext({ lookupSecret: () => "other" }) : verifyContext();
    const changed = tamper(signed);
    if (name !== "another secret") expect(changed).not.toEqual(signed);
    expect(signer.verify(changed, ctx)).toMatchObject({
      ok: false,
      error: { code: "4100" },
      accessKeyId: "AKIDtest",
    });
  });
});

describe("verification failures answer the cloud's codes (protocols.md §1.4)", () => {
  const signed = build("get", "HmacSHA1");
  const drop = (name: string): WireRequest => {
    const q = query(signed);
    q.delete(name);
    return { ...signed, url: `/v2/index.php?${q.toString()}` };
  };

  it.each([
    [
      "unknown SecretId",
      { given: signed, ctx: verifyContext({ lookupSecret: () => undefined }), want: "4104" },
    ],
    [
      "Timestamp 6 minutes old",
      { given: signed, ctx: verifyContext({ clock: fixedClock(NOW + 6 * 60_000) }), want: "4500" },
    ],
    [
      "Timestamp 6 minutes ahead",
      { given: signed, ctx: verifyContext({ clock: fixedClock(NOW - 6 * 60_000) }), want: "4500" },
    ],
    [
      "Timestamp 3 hours old (outside both windows, F-011)",
      { given: signed, ctx: verifyContext({ clock: fixedClock(NOW + 3 * 3600_000) }), want: "4500" },
    ],
    ["Signature missing", { given: drop("Signature"), ctx: verifyContext(), want: "4000" }],
    ["SecretId missing", { given: drop("SecretId"), ctx: verifyContext(), want: "4000" }],
    ["Timestamp missing", { given: drop("Timestamp"), ctx: verifyContext(), want: "4000" }],
    ["Nonce missing", { given: drop("Nonce"), ctx: verifyContext(), want: "4000" }],
    [
      "Timestamp not a number",
      { given: swap(signed, "Timestamp=", "Timestamp=x"), ctx: verifyContext(), want: "4000" },
    ],
    ["Host header missing", { given: { ...signed, headers: {} }, ctx: verifyContext(), want: "4000" }],
    [
      "bad percent-escape",
      { given: { ...signed, url: `${signed.url}&x=%zz` }, ctx: verifyContext(), want: "4000" },
    ],
  ])("%s", (_name, { given, ctx, want }) => {
    expect(signer.verify(given, ctx)).toMatchObject({ ok: false, error: { code: want } });
  });

  it("accepts a Timestamp just inside the 5-minute window", () => {
    const ctx = verifyContext({ clock: fixedClock(NOW + TIMESTAMP_WINDOW_MS) });
    expect(signer.verify(signed, ctx).ok).toBe(true);
  });

  it("refuses a replayed Nonce with 4500 when it keeps nonces, and not otherwise", () => {
    const nonces = createNonceStore(fixedClock(NOW));
    expect(signer.verify(signed, verifyContext({ nonces })).ok).toBe(true);
    expect(signer.verify(signed, verifyContext({ nonces }))).toMatchObject({
      ok: false,
      error: { code: "4500" },
    });
    expect(signer.verify(signed, verifyContext()).ok).toBe(true);
  });

  it("takes the same Nonce with another Timestamp as a new request, and the same pair as a replay (F-058)", () => {
    const nonces = createNonceStore(fixedClock(NOW));
    const sign = (at: number) =>
      signer.sign(
        codec.encodeRequest("MigrateNetworkInterface", migrate, { region: "ap-guangzhou", host: HOST }),
        {
          credentials,
          clock: fixedClock(at),
          // The same draw, hence the same Nonce, for both requests.
          random: seededRandom(42),
          region: "ap-guangzhou",
        },
      );
    const first = sign(NOW);
    const later = sign(NOW + 1000);
    expect(query(later).get("Nonce")).toBe(query(first).get("Nonce"));
    expect(query(later).get("Timestamp")).not.toBe(query(first).get("Timestamp"));
    expect(signer.verify(first, verifyContext({ nonces })).ok).toBe(true);
    expect(signer.verify(later, verifyContext({ nonces })).ok).toBe(true);
    expect(signer.verify(later, verifyContext({ nonces }))).toMatchObject({
      ok: false,
      error: { code: "4500" },
    });
  });

  it("does not let a forged request burn a nonce", () => {
    const nonces = createNonceStore(fixedClock(NOW));
    expect(signer.verify(signed, verifyContext({ nonces, lookupSecret: () => "other" })).ok).toBe(false);
    expect(signer.verify(signed, verifyContext({ nonces })).ok).toBe(true);
  });

  it("refuses a signature sent without URL-encoding (its + reads back as a space) with 4100", () => {
    const v = signer.sign(
      {
        method: "GET",
        url: "/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&Timestamp=1465185768",
        headers: { host: "cvm.api.qcloud.com" },
        body: "",
      },
      {
        credentials: { accessKeyId: VECTOR_ID, secret: VECTOR_KEY },
        clock: fixedClock(VECTOR_TIME),
        random: seededRandom(1),
        region: "gz",
        scheme: "HmacSHA1",
      },
    );
    const ctx = { lookupSecret: () => VECTOR_KEY, clock: fixedClock(VECTOR_TIME) };
    expect(signer.verify(v, ctx).ok).toBe(true);
    const raw = { ...v, url: v.url.replace("%2B", "+") };
    expect(signer.verify(raw, ctx)).toMatchObject({ ok: false, error: { code: "4100" } });
  });
});

describe("signing details", () => {
  it("signs the Token of temporary credentials, so changing it breaks the signature", () => {
    const signed = build("post-form", "HmacSHA256", "session-token");
    expect(new URLSearchParams(signed.body).get("Token")).toBe("session-token");
    expect(signer.verify(signed, verifyContext()).ok).toBe(true);
    const changed = { ...signed, body: signed.body.replace("session-token", "session-tokem") };
    expect(signer.verify(changed, verifyContext())).toMatchObject({ ok: false, error: { code: "4100" } });
  });

  it("signs keys with `_` as `.` (protocols.md §1.1), and verifies them the same way", () => {
    const wire: WireRequest = {
      method: "GET",
      url: "/v2/index.php?Action=DescribeInstances&Placement_Zone=ap-guangzhou-2",
      headers: { host: "cvm.api.qcloud.com" },
      body: "",
    };
    const signed = signer.sign(wire, {
      credentials,
      clock: fixedClock(NOW),
      random: seededRandom(3),
      region: "gz",
    });
    expect(signed.url).toContain("Placement_Zone=ap-guangzhou-2");
    const read = requestParams(signed);
    if (!read.ok) throw new Error(read.reason);
    expect(sourceString("GET", "cvm.api.qcloud.com", "/v2/index.php", read.pairs)).toContain(
      "&Placement.Zone=",
    );
    expect(signer.verify(signed, verifyContext()).ok).toBe(true);
  });

  it("adds Region, Timestamp, a positive Nonce and SecretId, and leaves HmacSHA1 implicit by default", () => {
    const wire: WireRequest = {
      method: "GET",
      url: "/v2/index.php?Action=DescribeVpcTaskResult&taskId=1",
      headers: { host: HOST },
      body: "",
    };
    const q = query(
      signer.sign(wire, {
        credentials,
        clock: fixedClock(NOW),
        random: constantRandom(2 ** 32 - 1),
        region: "gz",
      }),
    );
    expect(q.get("Region")).toBe("gz");
    expect(q.get("Timestamp")).toBe(String(NOW / 1000));
    expect(Number(q.get("Nonce"))).toBeGreaterThan(0);
    expect(q.get("SecretId")).toBe("AKIDtest");
    expect(q.has("SignatureMethod")).toBe(false);
  });
});
