/**
 * The ECS RPC wire forms (protocols.md §3.1, sdk-clients.md §2), all on path `/`:
 * - `acs3-query`: POST, every action parameter in the query (insertion order), empty body, action
 *   and version in `x-acs-action` / `x-acs-version`, signed ACS3 (@alicloud/ecs20140526 7.x default);
 * - `rpc-get`: GET, common and action parameters in the query, signature V1 (pop-core default);
 * - `rpc-post-form`: POST, the same set as an `application/x-www-form-urlencoded` body (pop-core POST);
 * - `rpc-post-query`: POST, the same set in the query, empty body (openapi-client signature v2).
 * Answers are in envelope.ts.
 */

import { listOperations } from "../../contracts/spec.ts";
import { rfc3986 } from "../../core/crypto.ts";
import { type NeutralError, SuiteError } from "../../core/errors.ts";
import { rawPath, type WireRequest } from "../../core/wire.ts";
import { flatten } from "../shared/flatten.ts";
import { validateParams } from "../shared/params.ts";
import { actionParam } from "../shared/wire-hints.ts";
import type { Codec, Decoded, DecodeResult, EncodeOptions } from "../types.ts";
import { parseAcs3Authorization } from "./canonical.ts";
import { decodeResponse, encodeError, encodeResult } from "./envelope.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { claimedScheme, ECS_VERSION, first, hasFormBody, readPairs, V1_COMMON } from "./wire-params.ts";

/** The wire forms, the current SDK's first. */
export const ENCODINGS = ["acs3-query", "rpc-get", "rpc-post-form", "rpc-post-query"] as const;
/** One of the ECS wire forms. */
export type Encoding = (typeof ENCODINGS)[number];

/** Formats a V1 request may ask for (spec parameter Format). */
const FORMATS = new Set(["JSON", "XML", "json", "xml"]);

/** operationId (either wire form's) or action name → action name. */
const ACTIONS = new Map<string, string>();
for (const op of listOperations("aliyun-ecs")) {
  ACTIONS.set(op.operationId, op.action);
  ACTIONS.set(op.action, op.action);
}

function refuse(kind: NeutralError, message: string, param?: string, operation?: string): DecodeResult {
  const out: DecodeResult = { ok: false, error: errors.error(kind, message, param) };
  if (operation !== undefined) out.operation = operation;
  return out;
}

/**
 * True for an ECS request: path `/` and either an `x-acs-action` header with an ACS3 Authorization
 * (or, unsigned, with `x-acs-version: 2014-05-26`), or an `Action` parameter in the query or form body
 * together with `Version=2014-05-26`. Tencent API 3.0 also sends `Action` to `/`, with its own Version.
 */
function matches(req: WireRequest): boolean {
  if (rawPath(req.url) !== "/") return false;
  if (req.headers["x-acs-action"] !== undefined) {
    if ((req.headers.authorization ?? "").startsWith("ACS3-HMAC-SHA256 ")) return true;
    if (req.headers["x-acs-version"] === ECS_VERSION) return true;
  }
  const pairs = readPairs(req);
  if (!pairs) return false;
  const all = [...pairs.query, ...pairs.form];
  return first(all, "Action") !== undefined && first(all, "Version") === ECS_VERSION;
}

/**
 * Pairs → object (first value of a repeated name wins, see wire-params.first); names such as
 * `__proto__` or `constructor` stay ordinary (unknown) parameters. Assignment makes an own property
 * of every name but `__proto__` (the one accessor of Object.prototype): with that name among the
 * pairs the object is built through a Map, as Object.fromEntries defines properties.
 */
function toParams(pairs: readonly [string, string][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of pairs) {
    if (k === "__proto__") return viaMap(pairs);
    if (!Object.hasOwn(out, k)) out[k] = v;
  }
  return out;
}

function viaMap(pairs: readonly [string, string][]): Record<string, unknown> {
  const seen = new Map<string, string>();
  for (const [k, v] of pairs) if (!seen.has(k)) seen.set(k, v);
  return Object.fromEntries(seen);
}

/**
 * Understand a request: its wire form, action, and the action parameters only (V1's common
 * parameters and ACS3's `x-acs-*` headers are not parameters), validated as text. Never throws.
 */
function decode(req: WireRequest): DecodeResult {
  if (rawPath(req.url) !== "/")
    return refuse("action.unknown", "Specified api is not found, please check your url and method.");
  if (req.method !== "GET" && req.method !== "POST")
    return refuse("request.malformed", `The HTTP method ${req.method} is not supported.`);
  const pairs = readPairs(req);
  if (!pairs) return refuse("request.malformed", "The request has an invalid percent-encoding.");
  if (req.method === "POST" && req.body !== "" && !hasFormBody(req))
    return refuse("request.malformed", "A request body must be application/x-www-form-urlencoded.");
  const scheme = claimedScheme(req, pairs);
  let encoding: Encoding;
  let action: string | undefined;
  let version: string | undefined;
  let actionPairs: [string, string][];
  let accessKeyId: string | undefined;
  if (scheme === "acs3") {
    encoding = "acs3-query";
    action = req.headers["x-acs-action"];
    version = req.headers["x-acs-version"];
    actionPairs = [...pairs.query, ...pairs.form];
    accessKeyId = parseAcs3Authorization(req.headers.authorization ?? "")?.accessKeyId;
  } else {
    const all = [...pairs.query, ...pairs.form];
    encoding = req.method === "GET" ? "rpc-get" : hasFormBody(req) ? "rpc-post-form" : "rpc-post-query";
    action = first(all, "Action");
    version = first(all, "Version");
    actionPairs = all.filter(([k]) => !V1_COMMON.has(k));
    accessKeyId = first(all, "AccessKeyId");
    const format = first(all, "Format");
    if (format !== undefined && !FORMATS.has(format))
      return refuse("param.invalid", "The value of Format must be JSON or XML.", "Format");
  }
  if (!action) return refuse("param.missing", "The parameter Action is required.", "Action");
  if (!version) return refuse("param.missing", "The parameter Version is required.", "Version");
  const info = operations.find((o) => o.action === action);
  if (!info || version !== ECS_VERSION)
    return refuse("action.unknown", "Specified api is not found, please check your url and method.");
  const checked = validateParams("aliyun-ecs", info.operation, toParams(actionPairs), "text");
  if (!checked.ok) {
    const { kind, message, param } = checked.problem;
    return refuse(kind, message, param, info.operation);
  }
  const value: Decoded = {
    surface: "aliyun-ecs",
    operation: info.operation,
    params: checked.params,
    encoding,
  };
  if (typeof checked.params.RegionId === "string") value.region = checked.params.RegionId;
  if (accessKeyId !== undefined) value.accessKeyId = accessKeyId;
  return { ok: true, value };
}

/**
 * Put a call on the wire, unsigned (the signer adds the signature fields). `operation` is an
 * operationId or an action name; an unknown one is sent verbatim as the action (so unknown actions
 * can be tried). Lists and objects are flattened `Name.N` from 1; `RegionId` is an action parameter
 * and is sent only when `params` has it (`options.region` is not added: omitting it is a test case).
 */
function encodeRequest(
  operation: string,
  params: Record<string, unknown>,
  options: EncodeOptions,
): WireRequest {
  const action = ACTIONS.get(operation) ?? operation;
  const encoding = options.encoding ?? ENCODINGS[0];
  if (!(ENCODINGS as readonly string[]).includes(encoding))
    throw new SuiteError("ENIC_CONFIG", `aliyun-ecs has no encoding ${encoding} (${ENCODINGS.join(", ")})`);
  const own = flatten(params, 1);
  const text = (pairs: [string, string][]) => pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join("&");
  const withQuery = (pairs: [string, string][]) => (pairs.length === 0 ? "/" : `/?${text(pairs)}`);
  if (encoding === "acs3-query") {
    return {
      method: "POST",
      url: withQuery(own),
      headers: {
        host: options.host,
        "x-acs-action": action,
        "x-acs-version": ECS_VERSION,
        accept: "application/json",
      },
      body: "",
    };
  }
  const all: [string, string][] = [["Action", action], ["Format", "JSON"], ["Version", ECS_VERSION], ...own];
  if (encoding === "rpc-post-form") {
    return {
      method: "POST",
      url: "/",
      headers: { host: options.host, "content-type": "application/x-www-form-urlencoded" },
      body: text(all),
    };
  }
  return {
    method: encoding === "rpc-get" ? "GET" : "POST",
    url: withQuery(all),
    headers: { host: options.host },
    body: "",
  };
}

/**
 * The action a request names: its `x-acs-action` header (ACS3, protocols.md §3.1), else its `Action`
 * parameter in the query or the form body (signature V1).
 */
export const actionOf = (req: WireRequest): string => req.headers["x-acs-action"] || actionParam(req);

/** The ECS codec. */
export const codec: Codec = {
  encodings: ENCODINGS,
  matches,
  decode,
  encodeRequest,
  encodeResult: (_operation, result, requestId) => encodeResult(result, requestId),
  encodeError,
  decodeResponse: (_operation, res) => decodeResponse(res),
};
