import { describe, expect, it } from "vitest";
import { REDACTED, redactRequest, redactResponse, redactText } from "./redact.ts";

const secret = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
/** The names to mask, as a surface module gives them (each surface's own: src/surfaces/secrets.test.ts). */
const NAMES = { headers: ["x-acs-security-token"], params: ["Signature", "SecurityToken"] };

describe("redaction", () => {
  it.each([
    [
      "TC3 Authorization keeps scheme, key id and scope, masks the signature",
      {
        given: {
          method: "POST",
          url: "/",
          headers: {
            authorization:
              "TC3-HMAC-SHA256 Credential=AKIDtest/2026-11-21/vpc/tc3_request, SignedHeaders=content-type;host, Signature=c73e04510491c8294f5c38dc8e1d4719c1a3df083d0ecc74c051a4bb269b49cf",
          },
          body: "{}",
        },
        gone: ["c73e04510491c8294f5c38dc8e1d4719c1a3df083d0ecc74c051a4bb269b49cf"],
        kept: ["Credential=AKIDtest/2026-11-21/vpc/tc3_request", "SignedHeaders=content-type;host"],
      },
    ],
    [
      "signature v1 in the query and a security token",
      {
        given: {
          method: "GET",
          url: "/?Action=AttachNetworkInterface&SecurityToken=tok123456&Signature=oh2kOkIGnDkDGux84I06qVQWhHg%3D",
          headers: { "x-acs-security-token": "tok123456" },
          body: "",
        },
        gone: ["oh2kOkIGnDkDGux84I06qVQWhHg", "tok123456"],
        kept: ["Action=AttachNetworkInterface"],
      },
    ],
    [
      "signature v1 in a form body",
      {
        given: {
          method: "POST",
          url: "/",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "AccessKeyId=AKIDtest&Signature=oh2kOkIGnDkDGux84I06qVQWhHg%3D",
        },
        gone: ["oh2kOkIGnDkDGux84I06qVQWhHg"],
        kept: ["AccessKeyId=AKIDtest"],
      },
    ],
    [
      "a literal secret anywhere (header, url, body), raw or percent-encoded",
      {
        given: {
          method: "POST",
          url: `/?echo=${encodeURIComponent(`${secret}/x`)}`,
          headers: { "x-debug": secret },
          body: `{"note":"${secret}"}`,
        },
        gone: [secret],
        kept: ["x-debug"],
      },
    ],
    [
      "a cookie whatever the names, and only the named headers and parameters",
      {
        given: {
          method: "GET",
          url: "/?Token=public-value&Signature=sig123456",
          headers: { cookie: "session=cookie123456", "x-other-token": "header-value" },
          body: "",
        },
        gone: ["cookie123456", "sig123456"],
        kept: ["Token=public-value", "header-value"],
      },
    ],
  ])("%s", (_name, { given, gone, kept }) => {
    const text = JSON.stringify(redactRequest(given, [secret], NAMES));
    for (const g of gone) expect(text).not.toContain(g);
    for (const k of kept) expect(text).toContain(k);
    expect(text).toMatch(/\[REDACTED\]|%5BREDACTED%5D/);
  });

  it("masks secrets in responses and free text", () => {
    expect(redactResponse({ status: 200, headers: { a: secret }, body: secret }, [secret]).body).toBe(
      REDACTED,
    );
    expect(redactText(`key ${secret} leaked`, [secret])).toBe(`key ${REDACTED} leaked`);
  });
});
