/**
 * Parsing the JD Authorization header: a header read right after one with the same text before its
 * signature (the cached prefix) parses exactly as it does on its own, for well-formed and broken
 * headers alike.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAuthorization } from "./authorization.ts";

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
/** A signature part: mostly valid, sometimes short, upper-case, padded or with a tail. */
const signature = fc.oneof(
  hex64,
  hex64.map((s) => s.slice(1)),
  hex64.map((s) => s.toUpperCase()),
  hex64.map((s) => `${s} `),
  hex64.map((s) => `${s}, Signature=${s}`),
  hex64.map((s) => `${s}x`),
);
const prefix = fc
  .record({
    version: fc.constantFrom("JDCLOUD2", "JDCLOUD3"),
    ak: fc.constantFrom("AKIDtest", "AK,comma", "AKIDother"),
    date: fc.constantFrom("20261206", "2026126"),
    terminator: fc.constantFrom("jdcloud2_request", "jdcloud3_request"),
    signed: fc.constantFrom("content-type;host;x-jdcloud-date;x-jdcloud-nonce", "host;host", "Host"),
    spaces: fc.constantFrom(" ", "  ", ""),
  })
  .map(
    (p) =>
      `${p.version}-HMAC-SHA256${p.spaces || " "}Credential=${p.ak}/${p.date}/cn-north-1/vm/${p.terminator},${p.spaces}SignedHeaders=${p.signed},${p.spaces}Signature=`,
  );
/** A header that shares nothing with the ones above (another key): it resets the cached prefix. */
const OTHER = `JDCLOUD2-HMAC-SHA256 Credential=AKIDelse/20261206/cn-north-1/vm/jdcloud2_request, SignedHeaders=host, Signature=${"0".repeat(64)}`;

describe("parseAuthorization", () => {
  it("reads a header after one with the same prefix as it reads it on its own", () => {
    fc.assert(
      fc.property(prefix, signature, signature, (p, first, second) => {
        parseAuthorization(OTHER);
        const alone = parseAuthorization(`${p}${second}`);
        parseAuthorization(OTHER);
        parseAuthorization(`${p}${first}`);
        const after = parseAuthorization(`${p}${second}`);
        expect(after).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });

  it("takes a well-formed header apart", () => {
    const sig = "a".repeat(64);
    expect(
      parseAuthorization(
        `JDCLOUD2-HMAC-SHA256 Credential=AKIDtest/20261206/cn-north-1/vm/jdcloud2_request, SignedHeaders=host;x-jdcloud-date, Signature=${sig}`,
      ),
    ).toEqual({
      version: "JDCLOUD2",
      accessKeyId: "AKIDtest",
      date: "20261206",
      region: "cn-north-1",
      service: "vm",
      signedHeaders: ["host", "x-jdcloud-date"],
      signature: sig,
    });
  });
});
