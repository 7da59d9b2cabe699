/**
 * The hashing and encoding primitives the four signature schemes share. Each scheme's own
 * canonicalisation lives in its surface's signer; only the building blocks are here.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** HMAC of `data` with `key`, as raw bytes. */
export function hmac(algorithm: "sha1" | "sha256", key: string | Buffer, data: string): Buffer {
  return createHmac(algorithm, key).update(data, "utf8").digest();
}

/** Lower-case hex SHA-256 of a UTF-8 string. */
export function sha256Hex(data: string): string {
  return createHash("sha256").update(data, "utf8").digest("hex");
}

/**
 * RFC 3986 percent-encoding of a UTF-8 string: unreserved characters `A-Z a-z 0-9 - _ . ~` stay,
 * everything else becomes `%XY` with upper-case hex (space → `%20`, `*` → `%2A`). The Aliyun
 * signature rules (protocols: Alibaba signature V1 step 1) and the JD/TC3 canonical query use it.
 */
export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Constant-time comparison of two signatures given as strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}
