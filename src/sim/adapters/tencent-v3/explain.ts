/**
 * The signature diagnosis of Tencent Cloud API 3.0 (TC3-HMAC-SHA256): the canonical request and
 * string to sign the verifier builds (surfaces/tencent-v3/canonical.ts), over the Host without
 * its port and as sent, and the scope service, which the verifier requires to be the host's first
 * label or `vpc`.
 */
import { rawPath, rawQuery, type WireRequest } from "../../../core/wire.ts";
import {
  canonicalRequest,
  parseAuthorization,
  payloadHash,
  serviceOfHost,
  stringToSign,
  stripPort,
  TC3_ALGORITHM,
  type Tc3Authorization,
  tc3Signature,
  utcDate,
} from "../../../surfaces/tencent-v3/canonical.ts";
import type { Computed, Explainer } from "../../diagnose/explainer.ts";

/** The service every real VPC endpoint puts in its scope. */
const VPC = "vpc";

function authOf(req: WireRequest): Tc3Authorization | undefined {
  const header = req.headers.authorization;
  return header === undefined ? undefined : parseAuthorization(header);
}

/** The Host forms the verifier tries: without its port first, then as sent. */
function hostForms(req: WireRequest): string[] {
  const host = (req.headers.host ?? "").trim();
  return stripPort(host) === host ? [host] : [stripPort(host), host];
}

function canonicalFor(req: WireRequest, auth: Tc3Authorization, host: string): string {
  return canonicalRequest({
    method: req.method.toUpperCase(),
    uri: rawPath(req.url),
    query: req.method.toUpperCase() === "GET" ? rawQuery(req.url) : "",
    headers: auth.signedHeaders.map((n) => [n, n === "host" ? host : (req.headers[n] ?? "")] as const),
    payloadHash: payloadHash(req.headers, req.body),
  });
}

export const tc3Explainer: Explainer = {
  read(req) {
    const auth = authOf(req);
    if (!auth) return undefined;
    const ts = req.headers["x-tc-timestamp"];
    return {
      scheme: TC3_ALGORITHM,
      accessKeyId: auth.accessKeyId,
      signature: auth.signature,
      ...(ts !== undefined && /^\d{1,12}$/.test(ts) ? { time: Number(ts) * 1000 } : {}),
    };
  },
  computed(req): Computed | undefined {
    const auth = authOf(req);
    if (!auth) return undefined;
    const canonical = canonicalFor(req, auth, hostForms(req)[0] as string);
    return {
      canonicalRequest: canonical,
      stringToSign: stringToSign(req.headers["x-tc-timestamp"] ?? "", auth.date, auth.service, canonical),
      signedHeaders: [...auth.signedHeaders],
      hashedPayload: payloadHash(req.headers, req.body),
      credentialScope: `${auth.date}/${auth.service}/tc3_request`,
    };
  },
  signatures(req, secret, service) {
    const auth = authOf(req);
    if (!auth) return [];
    const svc = service ?? auth.service;
    const ts = req.headers["x-tc-timestamp"] ?? "";
    return hostForms(req).map((h) =>
      tc3Signature(secret, auth.date, svc, stringToSign(ts, auth.date, svc, canonicalFor(req, auth, h))),
    );
  },
  services(req) {
    const declared = authOf(req)?.service;
    return [...new Set([serviceOfHost(req.headers.host ?? ""), VPC, "cvm"])].filter((s) => s !== declared);
  },
  notes(req) {
    const auth = authOf(req);
    if (!auth) return undefined;
    const host = (req.headers.host ?? "").trim();
    const expected = serviceOfHost(host);
    const service = auth.service.toLowerCase();
    if (service !== expected && service !== VPC) {
      return {
        cause: "scope-service",
        summary: `The credential scope names the service "${auth.service}", but for the host ${host} the service is "${expected}" (the host's first label) or "${VPC}"; the signature is otherwise right for "${auth.service}": sign with the service of the endpoint.`,
      };
    }
    const ts = req.headers["x-tc-timestamp"] ?? "";
    if (/^\d{1,12}$/.test(ts) && auth.date !== utcDate(Number(ts))) {
      return {
        cause: "scope-date",
        summary: `The credential scope date ${auth.date} is not the UTC date of X-TC-Timestamp (${utcDate(Number(ts))}): take the date in UTC, never local time.`,
      };
    }
    return undefined;
  },
};
