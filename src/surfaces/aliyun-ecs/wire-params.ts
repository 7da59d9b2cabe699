/**
 * Where the parameters of an ECS RPC request travel (protocols.md §3.1): in the query string, or in
 * an `application/x-www-form-urlencoded` body of a POST (pop-core), and how a request tells which of
 * the two signature schemes it uses. Shared by the signer and the codec.
 */
import { parseForm, rawQuery, type WireRequest } from "../../core/wire.ts";
import { ACS3 } from "./canonical.ts";

/** The common parameters of signature V1 (protocols.md §3.1 table): never action parameters. */
export const V1_COMMON = new Set([
  "Action",
  "Version",
  "AccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
  "Format",
  "SecurityToken",
]);

/** The API version every ECS action of this surface names. */
export const ECS_VERSION = "2014-05-26";

/** True when the request carries an `application/x-www-form-urlencoded` body. */
export function hasFormBody(req: WireRequest): boolean {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  return req.method === "POST" && req.body !== "" && type === "application/x-www-form-urlencoded";
}

/** Decoded query and form-body pairs; undefined when either has a bad percent-escape. */
export interface RequestPairs {
  query: [string, string][];
  form: [string, string][];
}

/**
 * The decoded parameters of a request: its query, and its form body when it has one. Routing,
 * verifying and decoding one request each ask; the last request's answer is kept (for the same
 * request object with the same method, URL, content type and body), so callers must not change it.
 */
export function readPairs(req: WireRequest): RequestPairs | undefined {
  const type = req.headers["content-type"];
  if (
    last !== undefined &&
    last.req === req &&
    last.method === req.method &&
    last.url === req.url &&
    last.type === type &&
    last.body === req.body
  )
    return last.pairs;
  const query = parseForm(rawQuery(req.url));
  const form = hasFormBody(req) ? parseForm(req.body) : [];
  const pairs = query && form ? { query, form } : undefined;
  last = { req, method: req.method, url: req.url, type, body: req.body, pairs };
  return pairs;
}

let last:
  | {
      req: WireRequest;
      method: string;
      url: string;
      type: string | undefined;
      body: string;
      pairs: RequestPairs | undefined;
    }
  | undefined;

/**
 * The first value of `name` among `pairs`. Which of repeated values the POP gateway reads is not
 * documented; the first is what a Java servlet's getParameter returns.
 */
export function first(pairs: readonly [string, string][], name: string): string | undefined {
  return pairs.find(([k]) => k === name)?.[1];
}

/** The signature scheme a request claims, from its shape. */
export type Claimed = "acs3" | "v1" | "none";

/**
 * Which scheme a request uses: an `Authorization: ACS3-HMAC-SHA256 ...` header means V3; otherwise
 * an `Action` or `Signature` parameter means V1 (pop-core and openapi-client v2 also send `x-acs-action`
 * headers beside a V1 query, sdk-clients.md §2, so the header alone does not decide); otherwise an
 * `x-acs-action` header means an (unsigned) V3 request.
 */
export function claimedScheme(req: WireRequest, pairs: RequestPairs | undefined): Claimed {
  if ((req.headers.authorization ?? "").startsWith(`${ACS3} `)) return "acs3";
  const all = pairs ? [...pairs.query, ...pairs.form] : [];
  if (all.some(([k]) => k === "Action" || k === "Signature")) return "v1";
  if (req.headers["x-acs-action"] !== undefined) return "acs3";
  return "none";
}
