/**
 * Tencent Cloud API 3.0 requests in and out (protocols.md §2.1, sdk-clients.md §2): the common
 * parameters travel in `X-TC-*` headers, the action parameters either as a JSON body of `POST /`
 * (encoding `json`, what the official SDK sends) or flattened 0-based in the query of `GET /`
 * (encoding `get-query`, the SDK's `reqMethod: 'GET'`).
 */

import { rfc3986 } from "../../core/crypto.ts";
import type { ApiError, NeutralError } from "../../core/errors.ts";
import { SuiteError } from "../../core/errors.ts";
import { parseForm, rawPath, rawQuery, type WireRequest } from "../../core/wire.ts";
import { flatten, unflatten } from "../shared/flatten.ts";
import { validateParams } from "../shared/params.ts";
import type { DecodeResult, EncodeOptions } from "../types.ts";
import { parseAuthorization } from "./canonical.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";

/** The wire forms, the official SDK's default first. */
export const ENCODINGS = ["json", "get-query"] as const;

/** The API version of the VPC service (X-TC-Version). */
const API_VERSION = "2017-03-12";

const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";
/** The spec's Region parameter pattern (components.parameters.Region). */
const REGION = /^[a-z]{2}-[a-z]+(-[a-z0-9]+)*$/;
/** The spec's Timestamp parameter pattern (components.parameters.Timestamp). */
const TIMESTAMP = /^[0-9]{1,12}$/;
const LANGUAGES = new Set(["zh-CN", "en-US"]);
/** Key segments that would reach an object's prototype when the query is rebuilt into objects. */
const UNSAFE_SEGMENT = new Set(["__proto__", "constructor", "prototype"]);

type Refusal = { ok: false; error: ApiError; operation?: string };

function refuse(kind: NeutralError, message: string, param?: string, operation?: string): Refusal {
  const error = errors.error(kind, message, param);
  return operation === undefined ? { ok: false, error } : { ok: false, error, operation };
}

/** The media type of a Content-Type value, lower-case, without parameters. */
function mediaType(value: string | undefined): string {
  const text = value ?? "";
  // Every request of a client sends the same content type: the last answer is kept.
  if (text !== lastMediaType.value) {
    lastMediaType.value = text;
    lastMediaType.type = text.split(";")[0]?.trim().toLowerCase() ?? "";
  }
  return lastMediaType.type;
}

const lastMediaType = { value: "", type: "" };

/** The encoding a request uses, or a refusal: POST needs a JSON body, GET a form content type. */
function encodingOf(req: WireRequest): string | Refusal {
  const method = req.method.toUpperCase();
  const type = mediaType(req.headers["content-type"]);
  if (method === "POST") {
    if (type === JSON_TYPE) return "json";
    return refuse("request.malformed", `A POST request must have the content type ${JSON_TYPE}.`);
  }
  if (method === "GET") {
    if (type === FORM_TYPE) return "get-query";
    return refuse("request.malformed", `A GET request must have the content type ${FORM_TYPE}.`);
  }
  return refuse("request.malformed", "Only GET and POST requests are supported.");
}

/** Check the common `X-TC-*` headers other than the action (spec components.parameters). */
function commonHeaderProblem(req: WireRequest, operation: string): Refusal | undefined {
  const h = req.headers;
  const version = h["x-tc-version"];
  if (version === undefined || version === "")
    return refuse("param.missing", "The parameter X-TC-Version is required.", "X-TC-Version", operation);
  if (version !== API_VERSION)
    return refuse("param.invalid", `X-TC-Version must be ${API_VERSION}.`, "X-TC-Version", operation);
  // F-009: the contract follows the document and requires X-TC-Region.
  const region = h["x-tc-region"];
  if (region === undefined || region === "")
    return refuse("param.missing", "The parameter X-TC-Region is required.", "X-TC-Region", operation);
  if (!REGION.test(region))
    return refuse("param.malformed", "The value of X-TC-Region is malformed.", "X-TC-Region", operation);
  const timestamp = h["x-tc-timestamp"];
  if (timestamp === undefined)
    return refuse("param.missing", "The parameter X-TC-Timestamp is required.", "X-TC-Timestamp", operation);
  if (!TIMESTAMP.test(timestamp))
    return refuse(
      "param.malformed",
      "X-TC-Timestamp must be a UNIX time in seconds.",
      "X-TC-Timestamp",
      operation,
    );
  const language = h["x-tc-language"];
  if (language !== undefined && !LANGUAGES.has(language))
    return refuse("param.invalid", "X-TC-Language must be zh-CN or en-US.", "X-TC-Language", operation);
  return undefined;
}

/** The action parameters of the body or query, undecoded values kept as JSON or text. */
function rawParams(req: WireRequest, encoding: string): Record<string, unknown> | string {
  if (encoding === "json") {
    if (req.body.trim() === "") return {};
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      return "The request body is not valid JSON.";
    }
    if (typeof body !== "object" || body === null || Array.isArray(body))
      return "The request body must be a JSON object.";
    return body as Record<string, unknown>;
  }
  const pairs = parseForm(rawQuery(req.url));
  if (!pairs) return "The query string is not valid percent-encoding.";
  if (pairs.some(([key]) => key.split(".").some((s) => UNSAFE_SEGMENT.has(s))))
    return "The query string has a parameter name that is not allowed.";
  return unflatten(pairs) ?? "The query string names a parameter both as a value and as a list or object.";
}

/**
 * Understand an incoming request: path `/`, encoding from method and content type, operation from
 * X-TC-Action, the common headers checked, the action parameters validated against the spec.
 */
export function decodeRequest(req: WireRequest): DecodeResult {
  if (rawPath(req.url) !== "/")
    return refuse("request.malformed", "API 3.0 requests are sent to the path /.");
  const encoding = encodingOf(req);
  if (typeof encoding !== "string") return encoding;
  const action = req.headers["x-tc-action"]?.trim();
  if (!action) return refuse("param.missing", "The parameter X-TC-Action is required.", "X-TC-Action");
  const info = operations.find((o) => o.action === action);
  if (!info) return refuse("action.unknown", `The action ${action.slice(0, 64)} does not exist.`);
  const operation = info.operation;
  const headerProblem = commonHeaderProblem(req, operation);
  if (headerProblem) return headerProblem;
  const raw = rawParams(req, encoding);
  if (typeof raw === "string") return refuse("request.malformed", raw, undefined, operation);
  const checked = validateParams("tencent-v3", operation, raw, encoding === "json" ? "json" : "text");
  if (!checked.ok)
    return refuse(checked.problem.kind, checked.problem.message, checked.problem.param, operation);
  const accessKeyId = parseAuthorization(req.headers.authorization ?? "")?.accessKeyId;
  return {
    ok: true,
    value: {
      surface: "tencent-v3",
      operation,
      params: checked.params,
      encoding,
      region: req.headers["x-tc-region"] as string,
      ...(accessKeyId === undefined ? {} : { accessKeyId }),
    },
  };
}

/** A copy without null or undefined members, at any depth (the SDK drops nulls before sending). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) out[k] = withoutNulls(v);
  return out;
}

/**
 * Put a call on the wire, unsigned, the way the official SDK does (sdk-clients.md §2). An operation
 * the table does not know is sent under its own name as the action (so a client can provoke
 * InvalidAction). The signer adds X-TC-Timestamp, X-TC-Token and Authorization.
 */
export function encodeRequest(
  operation: string,
  params: Record<string, unknown>,
  options: EncodeOptions,
): WireRequest {
  const encoding = options.encoding ?? ENCODINGS[0];
  const action = operations.find((o) => o.operation === operation)?.action ?? operation;
  const common: Record<string, string> = {
    host: options.host,
    "x-tc-action": action,
    "x-tc-version": API_VERSION,
    ...(options.region === "" ? {} : { "x-tc-region": options.region }),
  };
  if (encoding === "json") {
    return {
      method: "POST",
      url: "/",
      headers: { ...common, "content-type": JSON_TYPE },
      body: JSON.stringify(withoutNulls(params)),
    };
  }
  if (encoding === "get-query") {
    // protocols.md §2.1: `Name.0`, `Filters.0.Values.0`, 0-based; RFC 3986 so the raw query is canonical.
    const query = flatten(params, 0)
      .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
      .join("&");
    return {
      method: "GET",
      url: query === "" ? "/" : `/?${query}`,
      headers: { ...common, "content-type": FORM_TYPE },
      body: "",
    };
  }
  throw new SuiteError(
    "ENIC_CONFIG",
    `tencent-v3 has no encoding ${encoding} (use ${ENCODINGS.join(" or ")})`,
  );
}
