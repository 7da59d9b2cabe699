/**
 * The Tencent Cloud legacy v2 signature (protocols.md §1.3): base64 HMAC-SHA1, or HMAC-SHA256 when
 * `SignatureMethod=HmacSHA256`, over METHOD + host + path + `?` + the sorted raw parameters, sent as
 * the `Signature` parameter. Signs any host, path and action, so the published DescribeInstances
 * vectors on cvm.api.qcloud.com reproduce as well as our own VPC actions.
 */
import { safeEqual } from "../../core/crypto.ts";
import { SuiteError } from "../../core/errors.ts";
import type { SecretNames } from "../../core/redact.ts";
import { parseForm, rawPath, rawQuery, type WireRequest } from "../../core/wire.ts";
import type { SignContext, Signer, VerifyContext, VerifyResult } from "../types.ts";
import {
  encodePairs,
  hashFor,
  isForm,
  normaliseKey,
  type Pairs,
  paramValue,
  requestParams,
  signatureOf,
  sourceString,
} from "./canonical.ts";
import { errors } from "./errors.ts";

/** The two signature methods; HmacSHA1 is the default (SignatureMethod absent, protocols.md §1.1). */
const SCHEMES = ["HmacSHA1", "HmacSHA256"] as const;

/**
 * Allowed distance between Timestamp and server time, both directions. The legacy signature page
 * says 2 hours, the VPC error-code page 5 minutes (protocols.md §6.2, finding F-011); this verifier
 * uses the stricter 5 minutes, as the finding's resolution says a simulator should. Both answer 4500.
 */
export const TIMESTAMP_WINDOW_MS = 5 * 60_000;

/** The largest Nonce this signer draws (a positive 31-bit integer, protocols.md §1.1). */
const NONCE_MAX = 2 ** 31 - 1;

/** Where a request keeps its parameters while being signed: the query, or a POST's form body. */
class ParamPlaces {
  constructor(
    readonly query: Pairs,
    readonly body: Pairs,
    private readonly inBody: boolean,
  ) {}
  all(): Pairs {
    return [...this.query, ...this.body].map(([k, v]) => [normaliseKey(k), v]);
  }
  get(key: string): string | undefined {
    return paramValue(this.all(), key);
  }
  put(key: string, value: string): void {
    for (const list of [this.query, this.body]) {
      for (let i = list.length - 1; i >= 0; i--)
        if (normaliseKey(list[i]?.[0] ?? "") === key) list.splice(i, 1);
    }
    (this.inBody ? this.body : this.query).push([key, value]);
  }
}

/**
 * A signed copy of `req` (protocols.md §1.3). Adds SecretId, Token (temporary credentials), Region
 * (when absent), Timestamp and Nonce (when absent: callers may pin them, as the vectors do) and
 * SignatureMethod (when `ctx.scheme` names one; HmacSHA1 is otherwise left implicit, as in the
 * documents' examples). GET requests carry everything in the query, POST form requests in the body.
 */
function sign(req: WireRequest, ctx: SignContext): WireRequest {
  const host = req.headers.host;
  if (!host) throw new SuiteError("ENIC_CONFIG", "tencent-v2: cannot sign a request without a Host header");
  const form = req.method === "POST" && isForm(req);
  const places = new ParamPlaces(
    parseForm(rawQuery(req.url)) ?? [],
    form ? (parseForm(req.body) ?? []) : [],
    form,
  );
  places.put("SecretId", ctx.credentials.accessKeyId);
  if (ctx.credentials.token) places.put("Token", ctx.credentials.token);
  if (places.get("Region") === undefined && ctx.region) places.put("Region", ctx.region);
  if (places.get("Timestamp") === undefined) {
    places.put("Timestamp", String(Math.floor(ctx.clock.now() / 1000)));
  }
  if (places.get("Nonce") === undefined) places.put("Nonce", String(1 + (ctx.random.uint32() % NONCE_MAX)));
  if (ctx.scheme !== undefined) {
    if (!(SCHEMES as readonly string[]).includes(ctx.scheme)) {
      throw new SuiteError("ENIC_CONFIG", `tencent-v2: unknown signature scheme ${ctx.scheme}`);
    }
    places.put("SignatureMethod", ctx.scheme);
  }
  const path = rawPath(req.url);
  const pairs = places.all().filter(([k]) => k !== "Signature");
  const hash = hashFor(paramValue(pairs, "SignatureMethod"));
  places.put(
    "Signature",
    signatureOf(ctx.credentials.secret, sourceString(req.method, host, path, pairs), hash),
  );
  return {
    method: req.method,
    url: places.query.length > 0 ? `${path}?${encodePairs(places.query)}` : path,
    headers: { ...req.headers },
    body: form ? encodePairs(places.body) : req.body,
  };
}

/** Fields every signed request carries (protocols.md §1.1 common parameters). */
const REQUIRED = ["SecretId", "Signature", "Timestamp", "Nonce"] as const;

/**
 * Check a request as the service does (protocols.md §1.3, §1.4, §5): the source string is rebuilt
 * from the decoded parameters and the Host header as received. Order: fields present and well-formed
 * (4000), SecretId known (4104), signature (4100, compared in constant time), Timestamp within
 * {@link TIMESTAMP_WINDOW_MS} (4500), Nonce unused with this Timestamp (4500, only with `ctx.nonces`, and only once the
 * signature holds so that forged requests cannot burn nonces). A base64 signature sent without
 * URL-encoding reads back with spaces for `+` and fails as 4100, as the error-code page describes.
 */
function verify(req: WireRequest, ctx: VerifyContext): VerifyResult {
  const fail = (kind: Parameters<typeof errors.error>[0], message: string, accessKeyId?: string) =>
    accessKeyId === undefined
      ? { ok: false as const, error: errors.error(kind, message) }
      : { ok: false as const, error: errors.error(kind, message), accessKeyId };
  const read = requestParams(req);
  if (!read.ok) return fail("auth.malformed", read.reason);
  const pairs = read.pairs;
  for (const name of REQUIRED) {
    if (!paramValue(pairs, name)) return fail("auth.missing", `The parameter ${name} is required.`);
  }
  const id = paramValue(pairs, "SecretId") as string;
  const signature = paramValue(pairs, "Signature") as string;
  const timestamp = paramValue(pairs, "Timestamp") as string;
  const nonce = paramValue(pairs, "Nonce") as string;
  const host = req.headers.host;
  if (!host) return fail("auth.malformed", "The Host header is required.", id);
  if (!/^\d{1,12}$/.test(timestamp)) return fail("auth.malformed", "Timestamp must be UNIX seconds.", id);
  if (!/^[1-9]\d{0,18}$/.test(nonce)) return fail("auth.malformed", "Nonce must be a positive integer.", id);
  const secret = ctx.lookupSecret(id);
  if (secret === undefined)
    return fail("auth.unknown-key", "The SecretId does not exist or is disabled.", id);
  const hash = hashFor(paramValue(pairs, "SignatureMethod"));
  const expected = signatureOf(secret, sourceString(req.method, host, rawPath(req.url), pairs), hash);
  if (!safeEqual(expected, signature)) {
    return fail("auth.bad-signature", "The signature does not match the request.", id);
  }
  if (Math.abs(ctx.clock.now() - Number(timestamp) * 1000) > TIMESTAMP_WINDOW_MS) {
    return fail("auth.expired", "The Timestamp is too far from the server time.", id);
  }
  // A replay is the same Nonce with the same Timestamp (finding F-058): the documents pair the two
  // against replay, and clients of this API draw the Nonce from as little as 0–65535.
  if (ctx.nonces && !ctx.nonces.check(id, `${timestamp}:${nonce}`)) {
    return fail("auth.nonce-reused", "The Nonce has already been used.", id);
  }
  return { ok: true, accessKeyId: id, scheme: hash === "sha256" ? "HmacSHA256" : "HmacSHA1" };
}

/** The tencent-v2 signer. */
export const signer: Signer = { schemes: SCHEMES, sign, verify };

/**
 * The secret parts of a v2 request: the `Signature` and `Token` (temporary credentials) parameters
 * this signer writes (protocols.md §1.3), and `SecretKey`, the secret's own name, should a client
 * put it on the wire. v2 carries nothing secret in headers.
 */
export const secrets: SecretNames = { headers: [], params: ["Signature", "Token", "SecretKey"] };
