/**
 * Reading and writing JD Cloud's `Authorization` header (protocols §4.2 step 4):
 * `JDCLOUD2-HMAC-SHA256 Credential=<AK>/<YYYYMMDD>/<region>/<service>/jdcloud2_request,
 * SignedHeaders=<a;b;c>, Signature=<64 hex>` (or the same with JDCLOUD3 / jdcloud3_request).
 */
import { algorithmOf, type JdVersion, type Scope, terminatorOf } from "./canonical.ts";

/** An Authorization header, taken apart. */
export interface ParsedAuthorization extends Scope {
  version: JdVersion;
  accessKeyId: string;
  signedHeaders: readonly string[];
  signature: string;
}

const HEADER =
  /^(JDCLOUD[23])-HMAC-SHA256 +Credential=([^,]*), *SignedHeaders=([^,]*), *Signature=([0-9a-f]{64})$/;

/**
 * Take an Authorization header apart; a message saying what is wrong when it does not have the
 * JDCLOUD2/JDCLOUD3 shape, or when its scope terminator does not belong to its version.
 */
export function parseAuthorization(value: string): ParsedAuthorization | { problem: string } {
  // Verifying and decoding one request each ask: the last answer is kept (callers must not change it).
  if (value === lastParsed.value && lastParsed.parsed !== undefined) return lastParsed.parsed;
  const parsed = parseValue(value);
  lastParsed.value = value;
  lastParsed.parsed = parsed;
  return parsed;
}

const lastParsed: {
  value: string | undefined;
  parsed: ParsedAuthorization | { problem: string } | undefined;
} = { value: undefined, parsed: undefined };

/** The signature that ends a header: 64 lower-case hex digits. */
const SIGNATURE = /^[0-9a-f]{64}$/;

/**
 * The last header that parsed, cut before its signature: a client's headers differ in their
 * signature alone for a day (the credential scope and the signed-header list stay), so a header
 * with the same text before `Signature=` parses as that one did, with its own signature.
 */
const lastPrefix: { text: string | undefined; parsed: ParsedAuthorization | undefined } = {
  text: undefined,
  parsed: undefined,
};

function parseValue(value: string): ParsedAuthorization | { problem: string } {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf("Signature=");
  if (at !== -1 && lastPrefix.parsed !== undefined && trimmed.startsWith(lastPrefix.text as string)) {
    const signature = trimmed.slice(at + 10);
    // The same text up to the last `Signature=` and 64 hex digits after it: what HEADER matches.
    if (at === (lastPrefix.text as string).length && SIGNATURE.test(signature))
      return { ...lastPrefix.parsed, signature };
  }
  const parsed = parseFull(trimmed);
  if (!("problem" in parsed) && at !== -1) {
    lastPrefix.text = trimmed.slice(0, at);
    lastPrefix.parsed = parsed;
  }
  return parsed;
}

function parseFull(trimmed: string): ParsedAuthorization | { problem: string } {
  const m = HEADER.exec(trimmed);
  if (!m) return { problem: "The Authorization header is not a JDCLOUD2 or JDCLOUD3 signature." };
  const version = m[1] as JdVersion;
  const credential = (m[2] ?? "").split("/");
  if (credential.length !== 5)
    return { problem: "The credential scope of the Authorization header is malformed." };
  const [accessKeyId, date, region, service, terminator] = credential as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d{8}$/.test(date) || region === "" || service === "" || terminator !== terminatorOf(version)) {
    return { problem: "The credential scope of the Authorization header is malformed." };
  }
  const signedHeaders = signedList(m[3] ?? "");
  if (!signedHeaders) return { problem: "The SignedHeaders of the Authorization header are malformed." };
  return { version, accessKeyId, date, region, service, signedHeaders, signature: m[4] ?? "" };
}

/**
 * The SignedHeaders list split at `;`, or undefined when a name is not `[a-z0-9-]+` or repeats. A
 * client signs the same headers on every request: the last answer is kept (callers must not change it).
 */
function signedList(text: string): readonly string[] | undefined {
  if (text !== lastSigned.text) {
    const list = text.split(";");
    lastSigned.text = text;
    lastSigned.list =
      list.some((h) => !/^[a-z0-9-]+$/.test(h)) || new Set(list).size !== list.length ? undefined : list;
  }
  return lastSigned.list;
}

const lastSigned: { text: string | undefined; list: readonly string[] | undefined } = {
  text: undefined,
  list: undefined,
};

/** The access key id an Authorization header claims, if it can be read. */
export function claimedAccessKeyId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseAuthorization(value);
  return "problem" in parsed ? undefined : parsed.accessKeyId;
}

/** The Authorization header for a signature. */
export function formatAuthorization(
  version: JdVersion,
  accessKeyId: string,
  scope: Scope,
  signedHeaders: readonly string[],
  signature: string,
): string {
  const credential = `${accessKeyId}/${scope.date}/${scope.region}/${scope.service}/${terminatorOf(version)}`;
  return `${algorithmOf(version)} Credential=${credential}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`;
}
