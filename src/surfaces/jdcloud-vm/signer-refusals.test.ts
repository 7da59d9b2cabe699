import { describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import { sample, verifyContext } from "../../testing/jdcloud-vm.ts";
import { createNonceStore } from "../shared/nonce-store.ts";
import { errors } from "./errors.ts";
import { SKEW_MS, signer } from "./signer.ts";

const auth = sample.headers.authorization as string;
const url = (from: string, to: string): WireRequest => ({ ...sample, url: sample.url.replace(from, to) });
const header = (name: string, value: string): WireRequest => ({
  ...sample,
  headers: { ...sample.headers, [name]: value },
});
const authorization = (from: string, to: string) => header("authorization", auth.replace(from, to));
const without = (name: string): WireRequest => {
  const headers = { ...sample.headers };
  delete headers[name];
  return { ...sample, headers };
};
const received = Date.parse(sample.receivedAt);
const unauthenticated = ["UNAUTHENTICATED", 401] as const;
const forbidden = ["HTTP_FORBIDDEN", 403] as const;

/** One change per row to a valid captured request, and the code and HTTP status JD answers it with. */
const rows: [string, { given: WireRequest; at?: number; want: readonly [string, number] }][] = [
  ["tampered query", { given: { ...sample, url: `${sample.url}?x=1` }, want: unauthenticated }],
  ["tampered body", { given: { ...sample, body: '{"networkInterfaceId":"port-x"}' }, want: unauthenticated }],
  ["tampered path", { given: url("i-test0001", "i-test0002"), want: unauthenticated }],
  [
    "path re-sent with a literal colon (JDCLOUD2 signs the bytes)",
    { given: url("%3A", ":"), want: unauthenticated },
  ],
  ["tampered method", { given: { ...sample, method: "PUT" }, want: unauthenticated }],
  ["tampered signed header accept", { given: header("accept", "text/plain"), want: unauthenticated }],
  ["tampered signed header host", { given: header("host", "127.0.0.1:1"), want: unauthenticated }],
  [
    "tampered signed header x-jdcloud-nonce",
    { given: header("x-jdcloud-nonce", "n"), want: unauthenticated },
  ],
  [
    "content-sha256 not the body's",
    { given: header("x-jdcloud-content-sha256", "0".repeat(64)), want: unauthenticated },
  ],
  ["missing Authorization", { given: without("authorization"), want: unauthenticated }],
  ["Authorization of another scheme", { given: authorization("JDCLOUD2", "TC3"), want: unauthenticated }],
  [
    "JDCLOUD2 with a jdcloud3 terminator",
    { given: authorization("jdcloud2_", "jdcloud3_"), want: unauthenticated },
  ],
  [
    "SignedHeaders without x-jdcloud-nonce",
    { given: authorization(";x-jdcloud-nonce", ""), want: unauthenticated },
  ],
  ["signed header missing from the request", { given: without("accept"), want: unauthenticated }],
  ["missing x-jdcloud-date", { given: without("x-jdcloud-date"), want: unauthenticated }],
  ["missing x-jdcloud-nonce", { given: without("x-jdcloud-nonce"), want: unauthenticated }],
  [
    "x-jdcloud-date not YYYYMMDDTHHMMSSZ",
    { given: header("x-jdcloud-date", "2026-11-21"), want: unauthenticated },
  ],
  [
    "scope date not the x-jdcloud-date",
    { given: authorization("/20261121/", "/20261122/"), want: unauthenticated },
  ],
  ["unknown access key", { given: authorization("AKIDtest", "AKIDother"), want: forbidden }],
  ["empty access key", { given: authorization("AKIDtest", ""), want: forbidden }],
  ["expired timestamp", { given: sample, at: received + SKEW_MS + 1000, want: unauthenticated }],
  ["future timestamp", { given: sample, at: received - SKEW_MS - 1000, want: unauthenticated }],
];

describe("refusals", () => {
  it.each(rows)("%s", (_, { given, at, want }) => {
    const result = signer.verify(given, verifyContext(at ?? received, { AKIDtest: "testkey" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.error.code, errors.httpStatus(result.error.code, result.error.rowId)]).toEqual(want);
    expect(result.error.message).not.toContain("testkey");
  });

  it.each([
    ["late", received + SKEW_MS - 1000],
    ["early", received - SKEW_MS + 1000],
  ])("accepts a timestamp just inside the skew window (%s)", (_, at) => {
    expect(signer.verify(sample, verifyContext(at, { AKIDtest: "testkey" })).ok).toBe(true);
  });

  it("refuses a replayed nonce with APIGW_NONCE_CONFLICT 403 when given a nonce store", () => {
    const nonces = createNonceStore(fixedClock(received));
    const ctx = verifyContext(received, { AKIDtest: "testkey" }, { nonces });
    expect(signer.verify(sample, ctx).ok).toBe(true);
    const replay = signer.verify(sample, ctx);
    expect(replay).toMatchObject({
      ok: false,
      error: { code: "APIGW_NONCE_CONFLICT" },
      accessKeyId: "AKIDtest",
    });
    if (!replay.ok) expect(errors.httpStatus(replay.error.code, replay.error.rowId)).toBe(403);
  });

  it("does not check nonces without a nonce store", () => {
    const ctx = verifyContext(received, { AKIDtest: "testkey" });
    expect([signer.verify(sample, ctx).ok, signer.verify(sample, ctx).ok]).toEqual([true, true]);
  });

  it("does not spend a nonce on a request whose signature fails", () => {
    const nonces = createNonceStore(fixedClock(received));
    const ctx = verifyContext(received, { AKIDtest: "testkey" }, { nonces });
    expect(signer.verify({ ...sample, body: "{}" }, ctx).ok).toBe(false);
    expect(signer.verify(sample, ctx).ok).toBe(true);
  });
});
