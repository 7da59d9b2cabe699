/**
 * TC3-HMAC-SHA256 signing and verification for Tencent Cloud API 3.0 (protocols.md §2.2 and §5,
 * sdk-clients.md §2 and §4). Signs like the official Node.js SDK: only `content-type;host`, the host
 * without its port, the timestamp bound through the string to sign. TC3 has no nonce.
 *
 * Not supported: "signature v1 on API 3.0" (protocols.md §2.1: Action/Nonce/SecretId/Signature in
 * the query or a form body). The official SDKs use TC3 by default, and the v1 form would need its
 * own encodings tied to its own scheme; such requests do not match this surface.
 */

import { safeEqual } from "../../core/crypto.ts";
import type { ApiError } from "../../core/errors.ts";
import { SuiteError } from "../../core/errors.ts";
import type { SecretNames } from "../../core/redact.ts";
import { rawPath, rawQuery, type WireRequest } from "../../core/wire.ts";
import type { SignContext, Signer, VerifyContext, VerifyResult } from "../types.ts";
import {
  canonicalRequest,
  formatAuthorization,
  parseAuthorization,
  payloadHash,
  serviceOfHost,
  stringToSign,
  stripPort,
  TC3_ALGORITHM,
  tc3Signature,
  utcDate,
} from "./canonical.ts";
import { errors } from "./errors.ts";

/**
 * Allowed clock skew in seconds, either way: "more than 5 minutes" ⇒ AuthFailure.SignatureExpire
 * (protocols.md §2.1 and §5; the spec's Timestamp parameter and rule auth.timestamp-fresh).
 * Exactly 300 s is still accepted.
 */
const MAX_SKEW_SECONDS = 300;

/** The service every real VPC endpoint puts in its scope (first label of vpc.tencentcloudapi.com). */
const VPC_SERVICE = "vpc";

/** The query that is signed: the raw query for GET, "" for POST (protocols.md §2.2 step 1). */
function canonicalQuery(req: WireRequest): string {
  return req.method.toUpperCase() === "GET" ? rawQuery(req.url) : "";
}

/** Signature of `req` for one form of the Host value, with the given scope and signed headers. */
function signatureFor(
  req: WireRequest,
  signedHeaders: readonly string[],
  host: string,
  timestamp: string,
  date: string,
  service: string,
  secret: string,
): string {
  const canonical = canonicalRequest({
    method: req.method.toUpperCase(),
    // The document fixes CanonicalURI at "/"; signing the actual path gives the same bytes for every
    // valid request and makes a request sent to another path fail verification.
    uri: rawPath(req.url),
    query: canonicalQuery(req),
    headers: signedHeaders.map((name) => [name, name === "host" ? host : (req.headers[name] ?? "")] as const),
    payloadHash: payloadHash(req.headers, req.body),
  });
  return tc3Signature(secret, date, service, stringToSign(timestamp, date, service, canonical));
}

/**
 * Sign like the official SDK (sdk-clients.md §2): add X-TC-Timestamp (the clock, in seconds),
 * X-TC-Region (from the context, unless the request already names one), X-TC-Token for temporary
 * credentials, and an Authorization over `content-type;host` with the host's port stripped and the
 * scope service taken from the host's first label.
 */
function sign(req: WireRequest, ctx: SignContext): WireRequest {
  if (ctx.scheme !== undefined && ctx.scheme !== TC3_ALGORITHM) {
    throw new SuiteError("ENIC_CONFIG", `tencent-v3 signs only with ${TC3_ALGORITHM}, not ${ctx.scheme}`);
  }
  const timestampSeconds = Math.floor(ctx.clock.now() / 1000);
  const timestamp = String(timestampSeconds);
  const date = utcDate(timestampSeconds);
  const headers: Record<string, string> = { ...req.headers, "x-tc-timestamp": timestamp };
  if (!headers["x-tc-region"] && ctx.region !== "") headers["x-tc-region"] = ctx.region;
  if (ctx.credentials.token) headers["x-tc-token"] = ctx.credentials.token;
  const host = headers.host ?? "";
  const service = serviceOfHost(host);
  const signedHeaders = ["content-type", "host"];
  const signed = { ...req, headers };
  const signature = signatureFor(
    signed,
    signedHeaders,
    stripPort(host),
    timestamp,
    date,
    service,
    ctx.credentials.secret,
  );
  headers.authorization = formatAuthorization({
    accessKeyId: ctx.credentials.accessKeyId,
    date,
    service,
    signedHeaders,
    signature,
  });
  return signed;
}

function refuse(error: ApiError, accessKeyId?: string): VerifyResult {
  return accessKeyId === undefined ? { ok: false, error } : { ok: false, error, accessKeyId };
}

/**
 * Verify as protocols.md §5 describes: SignedHeaders from the Authorization header (must include
 * content-type and host), values lower-cased, raw query for GET, raw body hash for POST; the scope
 * date must be the UTC date of X-TC-Timestamp and the skew at most 300 s. The Host is tried both as
 * sent and without its port, because the official SDK signs the hostname but sends host:port
 * (sdk-clients.md §4). The scope service must be the first label of the Host (what the SDK derives
 * from its endpoint) or `vpc` (what SDKs that name the service themselves send).
 */
function verify(req: WireRequest, ctx: VerifyContext): VerifyResult {
  const header = req.headers.authorization;
  if (header === undefined || header.trim() === "") {
    return refuse(errors.error("auth.missing", "The request has no Authorization header."));
  }
  const auth = parseAuthorization(header);
  if (!auth) {
    return refuse(
      errors.error(
        "auth.malformed",
        `The Authorization header is not a valid ${TC3_ALGORITHM} authorization.`,
      ),
    );
  }
  const id = auth.accessKeyId;
  if (!auth.signedHeaders.includes("content-type") || !auth.signedHeaders.includes("host")) {
    return refuse(errors.error("auth.malformed", "SignedHeaders must include content-type and host."), id);
  }
  const timestamp = req.headers["x-tc-timestamp"];
  if (timestamp === undefined) {
    return refuse(
      errors.error("param.missing", "The parameter X-TC-Timestamp is required.", "X-TC-Timestamp"),
      id,
    );
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    return refuse(
      errors.error("param.malformed", "X-TC-Timestamp must be a UNIX time in seconds.", "X-TC-Timestamp"),
      id,
    );
  }
  const seconds = Number(timestamp);
  if (Math.abs(Math.floor(ctx.clock.now() / 1000) - seconds) > MAX_SKEW_SECONDS) {
    return refuse(
      errors.error("auth.expired", "X-TC-Timestamp is more than 5 minutes away from the server time."),
      id,
    );
  }
  if (auth.date !== utcDate(seconds)) {
    return refuse(
      errors.error("auth.bad-signature", "The credential scope date is not the UTC date of X-TC-Timestamp."),
      id,
    );
  }
  const host = (req.headers.host ?? "").trim();
  const service = auth.service.toLowerCase();
  if (service !== serviceOfHost(host) && service !== VPC_SERVICE) {
    return refuse(
      errors.error("auth.bad-signature", "The credential scope service does not match the host."),
      id,
    );
  }
  const secret = ctx.lookupSecret(id);
  if (secret === undefined) {
    return refuse(errors.error("auth.unknown-key", "The SecretId does not exist."), id);
  }
  const hosts = stripPort(host) === host ? [host] : [stripPort(host), host];
  const matches = hosts.some((h) =>
    safeEqual(
      signatureFor(req, auth.signedHeaders, h, timestamp, auth.date, auth.service, secret),
      auth.signature,
    ),
  );
  if (!matches) {
    return refuse(errors.error("auth.bad-signature", "The signature does not match the request."), id);
  }
  return { ok: true, accessKeyId: id, scheme: TC3_ALGORITHM };
}

/** The tencent-v3 signer. */
export const signer: Signer = { schemes: [TC3_ALGORITHM], sign, verify };

/**
 * The secret parts of an API 3.0 request: the `X-TC-Token` header of temporary credentials
 * (protocols.md §2.2), and the `Signature`, `Token` and `SecretKey` parameters of the signature v1
 * form of API 3.0 (protocols.md §2.1), which this signer refuses but a client may still send.
 */
export const secrets: SecretNames = { headers: ["x-tc-token"], params: ["Signature", "Token", "SecretKey"] };
