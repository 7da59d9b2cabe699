/**
 * JD Cloud's request signer and verifier (protocols §4.2; sdk-clients.md §4). Signing is what
 * jdcloud-sdk-js does: JDCLOUD2-HMAC-SHA256 over every header except `authorization` and
 * `user-agent` (so `host` WITH its port), the path exactly as sent (`%3A`). Verification follows
 * the gateway's BackendSign: version from the Authorization prefix, region and service from the
 * credential scope, the header list from SignedHeaders, recomputed over the bytes received.
 */

import { safeEqual, sha256Hex } from "../../core/crypto.ts";
import { SuiteError } from "../../core/errors.ts";
import type { SecretNames } from "../../core/redact.ts";
import { rawPath, type WireRequest } from "../../core/wire.ts";
import type { SignContext, Signer, VerifyContext, VerifyResult } from "../types.ts";
import { formatAuthorization, parseAuthorization } from "./authorization.ts";
import {
  algorithmOf,
  canonicalRequest,
  computeSignature,
  formatJdDate,
  type JdVersion,
  parseJdDate,
} from "./canonical.ts";
import { errors } from "./errors.ts";
import { route } from "./routes.ts";

/**
 * Largest accepted distance between `x-jdcloud-date` and the server clock, either way. JD documents
 * no window (F-045, uncertain); 15 minutes is this project's choice (AWS SigV4, which JDCLOUD2 is
 * modelled on, uses the same).
 */
export const SKEW_MS = 15 * 60_000;

/** Headers jdcloud-sdk-js never signs (`unsignableHeaders` in signers/v2.js). */
const UNSIGNED = new Set(["authorization", "user-agent"]);

/** Headers every verified signature must cover (protocols §4.2 step 1). */
const MUST_SIGN = ["x-jdcloud-date", "x-jdcloud-nonce"];

const SCHEMES = ["JDCLOUD2-HMAC-SHA256", "JDCLOUD3-HMAC-SHA256"] as const;

function versionOf(scheme: string | undefined): JdVersion {
  if (scheme === undefined || scheme === SCHEMES[0]) return "JDCLOUD2";
  if (scheme === SCHEMES[1]) return "JDCLOUD3";
  throw new SuiteError("ENIC_CONFIG", `jdcloud-vm cannot sign with scheme ${scheme}`);
}

/**
 * Sign `req` for an explicit credential-scope `service` (the published vectors use services such as
 * `test`). Sets `x-jdcloud-date` (ctx.clock), `x-jdcloud-nonce` (ctx.random.uuid()) and, for
 * temporary credentials, `x-jdcloud-security-token` (base64, as the SDKs send it; protocols §4.1),
 * then signs every header present except authorization and user-agent, sorted.
 */
export function signForService(req: WireRequest, ctx: SignContext, service: string): WireRequest {
  const version = versionOf(ctx.scheme);
  const headers: Record<string, string> = { ...req.headers };
  delete headers.authorization;
  const datetime = formatJdDate(ctx.clock.now());
  headers["x-jdcloud-date"] = datetime;
  headers["x-jdcloud-nonce"] = ctx.random.uuid();
  if (ctx.credentials.token !== undefined) {
    headers["x-jdcloud-security-token"] = Buffer.from(ctx.credentials.token, "utf8").toString("base64");
  }
  const signed = Object.keys(headers)
    .filter((name) => !UNSIGNED.has(name))
    .sort();
  const out: WireRequest = { method: req.method, url: req.url, headers, body: req.body };
  const scope = { date: datetime.slice(0, 8), region: ctx.region, service };
  const canonical = canonicalRequest(version, out, signed) as string;
  const signature = computeSignature(version, ctx.credentials.secret, datetime, scope, canonical);
  headers.authorization = formatAuthorization(version, ctx.credentials.accessKeyId, scope, signed, signature);
  return out;
}

/**
 * Sign like the SDK: the scope's service is the operation's (`vm`, or `vpc` for
 * describeNetworkInterface), independent of the host (sdk-clients.md §2); `vm` for other paths.
 */
function sign(req: WireRequest, ctx: SignContext): WireRequest {
  const found = route(req.method, rawPath(req.url));
  return signForService(req, ctx, found.kind === "found" ? found.service : "vm");
}

function fail(kind: Parameters<typeof errors.error>[0], message: string, accessKeyId?: string): VerifyResult {
  const error = errors.error(kind, message);
  return accessKeyId === undefined ? { ok: false, error } : { ok: false, error, accessKeyId };
}

/**
 * Verify a request (protocols §4.2 step 5, §5): shape, then freshness, then the key, then the
 * signature, and only for a valid signature the nonce (so forged requests cannot burn nonces).
 */
function verify(req: WireRequest, ctx: VerifyContext): VerifyResult {
  const header = req.headers.authorization;
  if (header === undefined || header.trim() === "") {
    return fail("auth.missing", "The request carries no Authorization header.");
  }
  const auth = parseAuthorization(header);
  if ("problem" in auth) return fail("auth.malformed", auth.problem);
  const ak = auth.accessKeyId;
  const datetime = req.headers["x-jdcloud-date"];
  const nonce = req.headers["x-jdcloud-nonce"];
  if (datetime === undefined)
    return fail("auth.missing", "The request carries no x-jdcloud-date header.", ak);
  if (nonce === undefined || nonce === "") {
    return fail("auth.missing", "The request carries no x-jdcloud-nonce header.", ak);
  }
  const at = parseJdDate(datetime);
  if (at === undefined)
    return fail("auth.malformed", "The x-jdcloud-date header is not YYYYMMDDTHHMMSSZ.", ak);
  if (datetime.slice(0, 8) !== auth.date) {
    return fail("auth.malformed", "The credential scope date does not match x-jdcloud-date.", ak);
  }
  if (MUST_SIGN.some((name) => !auth.signedHeaders.includes(name))) {
    return fail("auth.malformed", "SignedHeaders must include x-jdcloud-date and x-jdcloud-nonce.", ak);
  }
  if (Math.abs(ctx.clock.now() - at) > SKEW_MS) {
    return fail("auth.expired", "The request time is too far from the server time.", ak);
  }
  const secret = ctx.lookupSecret(ak);
  if (secret === undefined) return fail("auth.unknown-key", "The access key does not exist.", ak);
  const canonical = canonicalRequest(auth.version, req, auth.signedHeaders);
  if (canonical === undefined) {
    return fail("auth.malformed", "A header named in SignedHeaders is missing from the request.", ak);
  }
  const declared = req.headers["x-jdcloud-content-sha256"];
  const expected = computeSignature(auth.version, secret, datetime, auth, canonical);
  if (!safeEqual(expected, auth.signature) || (declared !== undefined && declared !== sha256Hex(req.body))) {
    return fail("auth.bad-signature", "The request signature does not match.", ak);
  }
  if (ctx.nonces && !ctx.nonces.check(ak, nonce)) {
    return fail("auth.nonce-reused", "The x-jdcloud-nonce was already used.", ak);
  }
  return { ok: true, accessKeyId: ak, scheme: algorithmOf(auth.version) };
}

/** JD Cloud's signer: JDCLOUD2-HMAC-SHA256 by default, JDCLOUD3-HMAC-SHA256 on request. */
export const signer: Signer = { schemes: SCHEMES, sign, verify };

/**
 * The secret parts of a JD request: the `x-jdcloud-security-token` header of temporary credentials
 * (protocols §4.1). JD signs in the Authorization header only and puts nothing secret in parameters.
 */
export const secrets: SecretNames = { headers: ["x-jdcloud-security-token"], params: [] };
