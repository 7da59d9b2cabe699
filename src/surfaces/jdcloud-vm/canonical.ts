/**
 * The canonical request, string to sign and signing key of JD Cloud's JDCLOUD2-HMAC-SHA256 and
 * JDCLOUD3-HMAC-SHA256 (protocols §4.2). Both versions share the structure of AWS SigV4; they differ
 * in key seed, scope terminator and how the path and query are canonicalised.
 */
import { hmac, sha256Hex } from "../../core/crypto.ts";
import { rawPath, rawQuery, type WireRequest } from "../../core/wire.ts";

/** The two signature versions. */
export type JdVersion = "JDCLOUD2" | "JDCLOUD3";

/** The Authorization prefix of a version (`JDCLOUD2-HMAC-SHA256`). */
export function algorithmOf(version: JdVersion): string {
  return `${version}-HMAC-SHA256`;
}

/** The scope terminator of a version (`jdcloud2_request`). */
export function terminatorOf(version: JdVersion): string {
  return `${version.toLowerCase()}_request`;
}

/**
 * Python's `unquote` / `unquote_plus`, which the JDCLOUD3 signer uses: valid `%XY` escapes become
 * bytes (decoded as UTF-8, invalid sequences replaced), invalid escapes stay as they are.
 */
function lenientUnquote(text: string, plus: boolean): string {
  const source = plus ? text.replaceAll("+", " ") : text;
  if (!source.includes("%")) return source;
  const bytes: number[] = [];
  for (let i = 0; i < source.length; ) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 3;
      continue;
    }
    const cp = source.codePointAt(i) ?? 0;
    bytes.push(...Buffer.from(String.fromCodePoint(cp), "utf8"));
    i += cp > 0xffff ? 2 : 1;
  }
  return Buffer.from(bytes).toString("utf8");
}

const NEVER_QUOTED = /^[A-Za-z0-9_.\-~]*$/;

/** Python's `quote(text, safe)`: UTF-8 bytes, `A-Za-z0-9_.-~` and `safe` kept, the rest `%XY`. */
function pyQuote(text: string, safe: string): string {
  // Only characters that are never quoted: the text as it is (ids, dates, hex).
  if (NEVER_QUOTED.test(text)) return text;
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    out +=
      /[A-Za-z0-9_.\-~]/.test(c) || safe.includes(c)
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * JDCLOUD2 canonical query (protocols §4.2; jdcloud-sdk-js `queryParamsToString`): pairs decoded,
 * name and value re-encoded with RFC 3986 rules, sorted by name then value.
 */
function canonicalQuery2(query: string): string {
  return query
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const eq = part.indexOf("=");
      const name = eq === -1 ? part : part.slice(0, eq);
      const value = eq === -1 ? "" : part.slice(eq + 1);
      return [pyQuote(lenientUnquote(name, true), ""), pyQuote(lenientUnquote(value, true), "")] as const;
    })
    .sort((a, b) => (a[0] === b[0] ? cmp(a[1], b[1]) : cmp(a[0], b[0])))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = cmp(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * JDCLOUD3 canonical query, exactly as jdcloud-sdk-python's `__normalize_query_string` computes it
 * (protocols §4.2): every `=`-separated piece decoded then re-encoded (safe `~`), the lists sorted,
 * pairs with an empty name or without `=` dropped, and, for a value holding further `=`, only the
 * pieces after the name joined with `%3D` (the SDK drops the name there; reproduced as is).
 */
function canonicalQuery3(query: string): string {
  const lists = query
    .split("&")
    .filter((part) => part !== "")
    .map((part) => part.split("=").map((piece) => pyQuote(lenientUnquote(piece, true), "~")));
  const out: string[] = [];
  for (const p of lists.sort(cmpLists)) {
    if (p[0] === "" || p.length < 2) continue;
    out.push(p.length === 2 ? `${p[0]}=${p[1]}` : p.slice(1).join("%3D"));
  }
  return out.join("&");
}

/**
 * JDCLOUD3 canonical URI (protocols §4.2): decoded (`+` is a space), runs of `/` collapsed, every
 * byte except `A-Za-z0-9-_.~/` percent-encoded, `/` when empty. So `:` and `%3A` sign alike.
 */
function canonicalPath3(path: string): string {
  const decoded = lenientUnquote(path, true).replace(/\/+/g, "/");
  if (decoded === "") return "/";
  const encoded = pyQuote(decoded, "/");
  return encoded.startsWith("/") ? encoded : `/${encoded}`;
}

/**
 * Canonical header value: JDCLOUD2 collapses whitespace runs and trims (jdcloud-sdk-js
 * `canonicalHeaderValues`, Go `stripExcessSpaces`); JDCLOUD3 only trims (jdcloud-sdk-python).
 */
function headerValue(version: JdVersion, value: string): string {
  // Most values (dates, nonces, hosts, hashes) hold no white space at all: nothing to fold or trim.
  if (!/\s/.test(value)) return value;
  return version === "JDCLOUD2" ? value.replace(/\s+/g, " ").trim() : value.trim();
}

/**
 * The canonical request over the given signed header names (protocols §4.2 step 1). JDCLOUD2 takes
 * the path exactly as sent (`%3A` and `:` differ; F-035); JDCLOUD3 normalises it. The payload hash
 * is the SHA-256 of the raw body. Returns undefined when a signed header is absent.
 */
export function canonicalRequest(
  version: JdVersion,
  req: WireRequest,
  signedHeaders: readonly string[],
): string | undefined {
  const path = rawPath(req.url);
  const query = rawQuery(req.url);
  const lines: string[] = [];
  for (const name of signedHeaders) {
    const value = req.headers[name];
    if (value === undefined) return undefined;
    lines.push(`${name}:${headerValue(version, value)}`);
  }
  return [
    req.method.toUpperCase(),
    version === "JDCLOUD2" ? path || "/" : canonicalPath3(path),
    version === "JDCLOUD2" ? canonicalQuery2(query) : canonicalQuery3(query),
    `${lines.join("\n")}\n`,
    signedHeaders.join(";"),
    sha256Hex(req.body),
  ].join("\n");
}

/** Scope of a signature: `<yyyymmdd>/<region>/<service>/<terminator>`. */
export interface Scope {
  date: string;
  region: string;
  service: string;
}

/**
 * The signature (protocols §4.2 steps 2 and 3): string to sign over the canonical request, key
 * chain `HMAC(version + secret, date)` → region → service → terminator, lower-case hex.
 */
export function computeSignature(
  version: JdVersion,
  secret: string,
  datetime: string,
  scope: Scope,
  canonical: string,
): string {
  const terminator = terminatorOf(version);
  const stringToSign = [
    algorithmOf(version),
    datetime,
    `${scope.date}/${scope.region}/${scope.service}/${terminator}`,
    sha256Hex(canonical),
  ].join("\n");
  return hmac("sha256", signingKey(version, secret, scope), stringToSign).toString("hex");
}

/**
 * kSigning per version, secret and scope. The chain depends on nothing else, so a verifier serving
 * many requests a day derives it once instead of four HMACs per request. Bounded: the scope comes
 * from requests, so the memory is emptied when it fills.
 */
const signingKeys = new Map<string, Buffer>();

function signingKey(version: JdVersion, secret: string, scope: Scope): Buffer {
  const id = `${version}\n${secret}\n${scope.date}\n${scope.region}\n${scope.service}`;
  let key = signingKeys.get(id);
  if (!key) {
    const kDate = hmac("sha256", `${version}${secret}`, scope.date);
    const kRegion = hmac("sha256", kDate, scope.region);
    const kService = hmac("sha256", kRegion, scope.service);
    key = hmac("sha256", kService, terminatorOf(version));
    if (signingKeys.size >= 256) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
}

/** `x-jdcloud-date` of an instant: UTC `YYYYMMDDTHHMMSSZ` (protocols §4.1). */
export function formatJdDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, "");
}

/** The instant of an `x-jdcloud-date`, or undefined when it is not a valid `YYYYMMDDTHHMMSSZ`. */
export function parseJdDate(value: string): number | undefined {
  // Requests of the same second carry the same text: the last one's answer is kept.
  if (value === lastParsed.text) return lastParsed.ms;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  const parsed = formatJdDate(ms) === value ? ms : undefined;
  lastParsed.text = value;
  lastParsed.ms = parsed;
  return parsed;
}

const lastParsed: { text: string | undefined; ms: number | undefined } = { text: undefined, ms: undefined };
