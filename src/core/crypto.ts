/**
 * The hashing and encoding primitives the four signature schemes share. Each scheme's own
 * canonicalisation lives in its surface's signer; only the building blocks are here.
 */
import { createHmac, createSecretKey, hash, type KeyObject, timingSafeEqual } from "node:crypto";

/** HMAC of `data` with `key`, as raw bytes. */
export function hmac(algorithm: "sha1" | "sha256", key: string | Buffer, data: string): Buffer {
  return createHmac(algorithm, typeof key === "string" ? secretKey(key) : key)
    .update(data, "utf8")
    .digest();
}

/**
 * A string key as a KeyObject (its UTF-8 bytes, as createHmac takes a string), kept per key: the
 * same few secrets key every request, and a key given as a string is converted on each call.
 * Bounded, as keys come from requests' claims: emptied when it fills.
 */
function secretKey(key: string): KeyObject {
  let object = secretKeys.get(key);
  if (!object) {
    object = createSecretKey(Buffer.from(key, "utf8"));
    if (secretKeys.size >= 256) secretKeys.clear();
    secretKeys.set(key, object);
  }
  return object;
}

const secretKeys = new Map<string, KeyObject>();

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(data: string): string {
  // An empty body (most GET and query-string requests) has a fixed hash.
  if (data === "") return EMPTY_SHA256;
  // The one-shot form (a string is hashed as UTF-8): about a third of a Hash object's cost.
  return hash("sha256", data, "hex");
}

const EMPTY_SHA256 = hash("sha256", "", "hex");

/**
 * RFC 3986 percent-encoding of a UTF-8 string: unreserved characters `A-Z a-z 0-9 - _ . ~` stay,
 * everything else becomes `%XY` with upper-case hex (space → `%20`, `*` → `%2A`). The Aliyun
 * signature rules (protocols: Alibaba signature V1 step 1) and the JD/TC3 canonical query use it.
 */
export function rfc3986(value: string): string {
  // Most names and values (ids, dates, hex) are unreserved characters only: nothing to encode.
  if (UNRESERVED_ONLY.test(value)) return value;
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;

/** Constant-time comparison of two signatures given as strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}
