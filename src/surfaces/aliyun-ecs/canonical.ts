/**
 * The canonical strings of Alibaba Cloud's two RPC signature schemes: signature V1 (HMAC-SHA1,
 * protocols.md §3.2) and signature V3 (ACS3-HMAC-SHA256, protocols.md §3.3), plus the request-time
 * format both use. Pure functions over decoded parameters; signer.ts decides what goes in.
 */
import { hmac, rfc3986, sha256Hex } from "../../core/crypto.ts";

/** Scheme name of signature V3 (the `Authorization` prefix). */
export const ACS3 = "ACS3-HMAC-SHA256";
/** Scheme name of signature V1 (the `SignatureMethod` value). */
export const V1 = "HMAC-SHA1";

/** Order two parameter names by their UTF-8 bytes ("sort by parameter name (byte order)", §3.2 step 2). */
function byKey(a: [string, string], b: [string, string]): number {
  // Without surrogates or code units above them, UTF-16 order is code point order, which is UTF-8
  // byte order: the strings compare as they are (parameter names are ASCII), without two buffers.
  if (!BEYOND_SURROGATES.test(a[0]) && !BEYOND_SURROGATES.test(b[0])) {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  }
  return Buffer.compare(Buffer.from(a[0], "utf8"), Buffer.from(b[0], "utf8"));
}

const BEYOND_SURROGATES = /[\uD800-\uFFFF]/;

/** Pairs sorted by name (stable, so repeated names keep their order), each side RFC 3986-encoded. */
function canonicalPairs(pairs: readonly [string, string][]): string {
  return [...pairs]
    .sort(byKey)
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .join("&");
}

/**
 * Signature V1 string to sign (protocols.md §3.2 steps 2-4): every parameter but `Signature`, sorted,
 * `percentEncode(k)=percentEncode(v)` joined by `&`, then `METHOD&%2F&percentEncode(that)`. Host,
 * headers and path take no part.
 */
export function v1StringToSign(method: string, pairs: readonly [string, string][]): string {
  const canonical = canonicalPairs(pairs.filter(([k]) => k !== "Signature"));
  return `${method.toUpperCase()}&${rfc3986("/")}&${rfc3986(canonical)}`;
}

/** Signature V1 (§3.2 step 5): base64 HMAC-SHA1 keyed with `AccessKeySecret + "&"`. */
export function v1Signature(secret: string, stringToSign: string): string {
  return hmac("sha1", `${secret}&`, stringToSign).toString("base64");
}

/** What an ACS3 canonical request is built from. */
export interface Acs3Parts {
  method: string;
  /** `/` for RPC-style APIs. */
  path: string;
  /** The DECODED query parameters; they are re-encoded RFC 3986 and sorted here. */
  query: readonly [string, string][];
  /** Lower-case header names and values. */
  headers: Readonly<Record<string, string>>;
  /** The signed header names, lower-case, in the order they are listed. */
  signedHeaders: readonly string[];
  /** Lower-hex SHA-256 of the body (the `x-acs-content-sha256` value). */
  payloadHash: string;
}

/**
 * The ACS3 canonical request (protocols.md §3.3 step 1): method, canonical URI, sorted re-encoded
 * query, `name:trimmed-value\n` per signed header, the signed header list, the payload hash.
 */
export function acs3CanonicalRequest(parts: Acs3Parts): string {
  const headerLines = parts.signedHeaders
    .map((name) => `${name}:${(parts.headers[name] ?? "").trim()}\n`)
    .join("");
  return [
    parts.method.toUpperCase(),
    parts.path === "" ? "/" : parts.path,
    canonicalPairs(parts.query),
    headerLines,
    parts.signedHeaders.join(";"),
    parts.payloadHash,
  ].join("\n");
}

/** ACS3 signature (§3.3 steps 2-3): lower-hex HMAC-SHA256 with the raw secret, no key derivation. */
export function acs3Signature(secret: string, canonicalRequest: string): string {
  return hmac("sha256", secret, `${ACS3}\n${sha256Hex(canonicalRequest)}`).toString("hex");
}

/** True for a header ACS3 requires to be signed: `host`, `content-type` and every `x-acs-*` (§3.3). */
export function mustSign(name: string): boolean {
  return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}

/** The fields of an ACS3 `Authorization` header. */
export interface Acs3Authorization {
  accessKeyId: string;
  signedHeaders: readonly string[];
  signature: string;
}

/**
 * Parse `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>` (§3.3 step 4; the
 * SDKs write the commas without spaces, spaces after them are tolerated). Undefined when a field is
 * missing or empty.
 */
export function parseAcs3Authorization(value: string): Acs3Authorization | undefined {
  // Verifying and decoding one request each ask: the last answer is kept (callers must not change it).
  if (value === lastAuthorization.value) return lastAuthorization.parsed;
  const parsed = parseAuthorizationValue(value);
  lastAuthorization.value = value;
  lastAuthorization.parsed = parsed;
  return parsed;
}

const lastAuthorization: { value: string | undefined; parsed: Acs3Authorization | undefined } = {
  value: undefined,
  parsed: undefined,
};

function parseAuthorizationValue(value: string): Acs3Authorization | undefined {
  if (!value.startsWith(`${ACS3} `)) return undefined;
  // The three fields read (the last of a repeated name wins; other names are ignored).
  let accessKeyId: string | undefined;
  let signedHeaders: string | undefined;
  let signature: string | undefined;
  for (const part of value.slice(ACS3.length + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === "Credential") accessKeyId = part.slice(eq + 1).trim();
    else if (name === "SignedHeaders") signedHeaders = part.slice(eq + 1).trim();
    else if (name === "Signature") signature = part.slice(eq + 1).trim();
  }
  if (!accessKeyId || !signedHeaders || !signature) return undefined;
  return { accessKeyId, signedHeaders: signedList(signedHeaders), signature };
}

/**
 * The SignedHeaders list, split at `;` and lower-cased. A client signs the same headers on every
 * request: the last list is kept (callers must not change it).
 */
function signedList(text: string): readonly string[] {
  if (text !== lastSigned.text) {
    lastSigned.text = text;
    lastSigned.list = text.split(";").map((h) => h.toLowerCase());
  }
  return lastSigned.list;
}

const lastSigned: { text: string | undefined; list: readonly string[] } = { text: undefined, list: [] };

/** The request time format of both schemes: ISO 8601 UTC to the second, `yyyy-MM-ddTHH:mm:ssZ`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

/** Milliseconds of a `yyyy-MM-ddTHH:mm:ssZ` time, or undefined when it is not exactly that (§3.1). */
export function parseIsoSeconds(text: string): number | undefined {
  // Requests of the same second carry the same text: the last one's answer is kept.
  if (text === lastParsed.text) return lastParsed.ms;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(text)) return undefined;
  const parsed = Date.parse(text);
  const ms = Number.isNaN(parsed) || isoSeconds(parsed) !== text ? undefined : parsed;
  lastParsed.text = text;
  lastParsed.ms = ms;
  return ms;
}

const lastParsed: { text: string | undefined; ms: number | undefined } = { text: undefined, ms: undefined };
