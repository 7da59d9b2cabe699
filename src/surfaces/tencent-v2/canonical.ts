/**
 * The parameter set of a Tencent Cloud legacy v2 request and the string its signature covers
 * (protocols.md §1.1 request encoding, §1.3 signature). Shared by the signer and the codec so that
 * both read a request the same way: the query, plus the form body of a POST, keys with `_` turned
 * into `.`, values percent-decoded.
 */
import { hmac, rfc3986 } from "../../core/crypto.ts";
import { parseForm, rawQuery, type WireRequest } from "../../core/wire.ts";

/** The one path of the legacy API (protocols.md §1.1). */
export const API_PATH = "/v2/index.php";

/** Content type of a POST body (protocols.md §1.1). */
export const FORM_TYPE = "application/x-www-form-urlencoded";

/**
 * Common parameters: upper-case, never action parameters (protocols.md §1.1). `Token` is the
 * temporary-credential parameter of Tencent's v1-style signer; it is treated as common when sent.
 */
export const COMMON_PARAMS: ReadonlySet<string> = new Set([
  "Action",
  "Region",
  "Timestamp",
  "Nonce",
  "SecretId",
  "Signature",
  "SignatureMethod",
  "Token",
]);

/** Ordered `[key, value]` pairs, decoded. */
export type Pairs = [string, string][];

/** True when the request carries a form-encoded body. */
export function isForm(req: WireRequest): boolean {
  return (req.headers["content-type"] ?? "").toLowerCase().includes(FORM_TYPE);
}

/** A key as it is signed: `_` becomes `.` (protocols.md §1.1, `Placement_Zone` → `Placement.Zone`). */
export function normaliseKey(key: string): string {
  return key.replaceAll("_", ".");
}

/** Outcome of reading a request's parameters. */
export type ParamsResult = { ok: true; pairs: Pairs } | { ok: false; reason: string };

/**
 * Every parameter of a request, decoded and with normalised keys: the query, then (for a POST with a
 * form body) the body (protocols.md §1.1: GET carries all in the query, POST the same set in the
 * body). Refuses invalid percent-escapes and a key sent twice, which the signature could not cover
 * unambiguously.
 */
export function requestParams(req: WireRequest): ParamsResult {
  const query = parseForm(rawQuery(req.url));
  if (!query) return { ok: false, reason: "The query string has an invalid percent-escape." };
  let body: Pairs = [];
  if (req.method === "POST" && isForm(req)) {
    const parsed = parseForm(req.body);
    if (!parsed) return { ok: false, reason: "The form body has an invalid percent-escape." };
    body = parsed;
  }
  const pairs: Pairs = [];
  const seen = new Set<string>();
  for (const [rawKey, value] of [...query, ...body]) {
    const key = normaliseKey(rawKey);
    if (seen.has(key)) return { ok: false, reason: `The parameter ${key} is sent more than once.` };
    seen.add(key);
    pairs.push([key, value]);
  }
  return { ok: true, pairs };
}

/** The value of `key` among `pairs` (keys already normalised). */
export function paramValue(pairs: Pairs, key: string): string | undefined {
  return pairs.find(([k]) => k === key)?.[1];
}

/** Pairs sorted by key in ascending byte order (protocols.md §1.3 step 2: `Timestamp` < `instanceId`). */
export function sortPairs(pairs: Pairs): Pairs {
  return [...pairs].sort(([a], [b]) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
}

/**
 * The source string (protocols.md §1.3 steps 1–4): METHOD + host + path + `?` + every parameter but
 * `Signature`, sorted, as raw `k=v` joined by `&`. `host` is the Host header as sent, port included
 * (`127.0.0.1:PORT` for a local simulator), because that is the host the client signs.
 */
export function sourceString(method: string, host: string, path: string, pairs: Pairs): string {
  const joined = sortPairs(pairs.filter(([k]) => k !== "Signature"))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  return `${method.toUpperCase()}${host}${path}?${joined}`;
}

/** The hash a SignatureMethod selects: SHA-256 only for `HmacSHA256`, else SHA-1 (protocols.md §1.1). */
export function hashFor(signatureMethod: string | undefined): "sha1" | "sha256" {
  return signatureMethod === "HmacSHA256" ? "sha256" : "sha1";
}

/** base64(HMAC(secret, source)) (protocols.md §1.3 step 5), before URL-encoding. */
export function signatureOf(secret: string, source: string, hash: "sha1" | "sha256"): string {
  return hmac(hash, secret, source).toString("base64");
}

/**
 * Pairs written as a query string or form body: keys and values percent-encoded once (RFC 3986), so
 * the base64 signature's `/`, `+` and `=` become `%2F`, `%2B`, `%3D` (protocols.md §1.3 step 6).
 */
export function encodePairs(pairs: Pairs): string {
  return pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join("&");
}
