/**
 * The building blocks of Tencent Cloud's TC3-HMAC-SHA256 signature (protocols.md §2.2): the
 * canonical request, the string to sign, the derived key chain and the Authorization header, plus
 * the host rules the official SDK needs (sdk-clients.md §1 and §4). The signer composes these.
 */
import { hmac, sha256Hex } from "../../core/crypto.ts";

/** The only algorithm name of API 3.0 header signing. */
export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

/** The last element of the credential scope. */
const TERMINATOR = "tc3_request";

/** What the canonical request is made of. */
export interface CanonicalParts {
  /** Upper-case HTTP method. */
  method: string;
  /** The request path (`/` for every API 3.0 request). */
  uri: string;
  /** The raw query string for GET, "" for POST (protocols.md §2.2 step 1). */
  query: string;
  /** The signed headers in SignedHeaders order: lower-case name and the value as sent. */
  headers: readonly (readonly [string, string])[];
  /** Lower-case hex SHA-256 of the payload. */
  payloadHash: string;
}

/** A parsed `Authorization: TC3-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`. */
export interface Tc3Authorization {
  accessKeyId: string;
  /** Scope date `YYYY-MM-DD`. */
  date: string;
  /** Scope service (`vpc`, or `127` when the SDK was pointed at an IP). */
  service: string;
  signedHeaders: readonly string[];
  signature: string;
}

/**
 * The canonical request (protocols.md §2.2 step 1): method, URI, query, one `name:value\n` per
 * signed header with the value trimmed and lower-cased (the document's rule, e.g.
 * `x-tc-action:describeinstances`), the SignedHeaders list, and the payload hash.
 */
export function canonicalRequest(parts: CanonicalParts): string {
  const headers = parts.headers.map(([name, value]) => `${name}:${value.trim().toLowerCase()}\n`).join("");
  const signed = parts.headers.map(([name]) => name).join(";");
  return [parts.method, parts.uri, parts.query, headers, signed, parts.payloadHash].join("\n");
}

/** The UTC date `YYYY-MM-DD` of a UNIX timestamp in seconds (protocols.md §2.2 step 2: never local time). */
export function utcDate(timestampSeconds: number): string {
  // Every request of a day asks for the same date: the last day's text is kept (formatting a Date
  // was about 2.5% of the simulator's time per request).
  const day = Math.floor(timestampSeconds / 86_400);
  if (day !== lastDay.day) {
    lastDay.day = day;
    lastDay.text = new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
  }
  return lastDay.text;
}

const lastDay = { day: Number.NaN, text: "" };

/** `TC3-HMAC-SHA256\n<timestamp>\n<date>/<service>/tc3_request\n<hex sha256 of the canonical request>`. */
export function stringToSign(timestamp: string, date: string, service: string, canonical: string): string {
  return `${TC3_ALGORITHM}\n${timestamp}\n${date}/${service}/${TERMINATOR}\n${sha256Hex(canonical)}`;
}

/**
 * The signature (protocols.md §2.2 step 3): SecretDate = HMAC("TC3" + key, date), SecretService =
 * HMAC(SecretDate, service), SecretSigning = HMAC(SecretService, "tc3_request"), then the lower-case
 * hex HMAC of the string to sign.
 */
export function tc3Signature(secret: string, date: string, service: string, toSign: string): string {
  return hmac("sha256", signingKey(secret, date, service), toSign).toString("hex");
}

/**
 * SecretSigning per secret, date and service. The chain depends on nothing else, so a verifier
 * serving many requests a day derives it once instead of three HMACs per request. Bounded: the
 * date and service come from requests, so the memory is emptied when it fills.
 */
const signingKeys = new Map<string, Buffer>();

function signingKey(secret: string, date: string, service: string): Buffer {
  const id = `${secret}\n${date}\n${service}`;
  let key = signingKeys.get(id);
  if (!key) {
    const secretDate = hmac("sha256", `TC3${secret}`, date);
    const secretService = hmac("sha256", secretDate, service);
    key = hmac("sha256", secretService, TERMINATOR);
    if (signingKeys.size >= 256) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
}

/** The Authorization header value (protocols.md §2.2 step 4: comma + space separators). */
export function formatAuthorization(auth: Tc3Authorization): string {
  return (
    `${TC3_ALGORITHM} Credential=${auth.accessKeyId}/${auth.date}/${auth.service}/${TERMINATOR}, ` +
    `SignedHeaders=${auth.signedHeaders.join(";")}, Signature=${auth.signature}`
  );
}

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 +Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9_-]+)\/tc3_request, *SignedHeaders=([a-z0-9;-]+), *Signature=([0-9a-f]{64})$/;

/**
 * Parse an Authorization header of the spec's form (securitySchemes.TC3 x-pattern), tolerating
 * extra spaces after the separators. Undefined when it is not one.
 */
export function parseAuthorization(value: string): Tc3Authorization | undefined {
  const m = AUTHORIZATION.exec(value.trim());
  if (!m) return undefined;
  const [, accessKeyId, date, service, signed, signature] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const signedHeaders = signedList(signed);
  if (signedHeaders.some((h) => h === "")) return undefined;
  return { accessKeyId, date, service, signedHeaders, signature };
}

/**
 * The SignedHeaders list split at `;`. A client signs the same headers on every request: the last
 * list is kept (callers must not change it).
 */
function signedList(signed: string): string[] {
  if (signed !== lastSigned.text) {
    lastSigned.text = signed;
    lastSigned.list = signed.split(";");
  }
  return lastSigned.list;
}

const lastSigned: { text: string | undefined; list: string[] } = { text: undefined, list: [] };

/** `host[:port]` without the port (IPv6 literals keep their brackets). */
export function stripPort(host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*):\d*$/.exec(host);
  return m ? (m[1] as string) : host;
}

/**
 * The TC3 scope service the official SDK derives from its endpoint: the first label of the host
 * (`vpc` for vpc.tencentcloudapi.com, `127` for 127.0.0.1:PORT; sdk-clients.md §1).
 */
export function serviceOfHost(host: string): string {
  // Every request of a client names the same host: the last answer is kept.
  if (host !== lastService.host) {
    lastService.host = host;
    lastService.service = (stripPort(host.trim().toLowerCase()).split(".")[0] as string) ?? "";
  }
  return lastService.service;
}

const lastService = { host: "", service: "" };

/** SHA-256 of "UNSIGNED-PAYLOAD", used when `X-TC-Content-SHA256: UNSIGNED-PAYLOAD` (protocols.md §2.1). */
const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

/** The HashedRequestPayload of a request: of the raw body, or of "UNSIGNED-PAYLOAD" when the client says so. */
export function payloadHash(headers: Record<string, string>, body: string): string {
  return sha256Hex(headers["x-tc-content-sha256"] === UNSIGNED_PAYLOAD ? UNSIGNED_PAYLOAD : body);
}
