/**
 * JD Cloud VM's wire codec, encoding `rest-json` (protocols §4.1): the operation is the method plus
 * the path (`POST /v1/regions/{regionId}/instances/{instanceId}:attachNetworkInterface`, the colon
 * literal or `%3A`), the action parameters are the path parameters plus the JSON body's fields (the
 * path wins where an SDK repeats them in the body; F-036), and GET parameters travel in the query.
 */
import { rfc3986 } from "../../core/crypto.ts";
import { SuiteError } from "../../core/errors.ts";
import { parseForm, rawPath, rawQuery, type WireRequest } from "../../core/wire.ts";
import { flatten, unflatten } from "../shared/flatten.ts";
import { validateParams } from "../shared/params.ts";
import type { Codec, DecodeResult, EncodeOptions } from "../types.ts";
import { claimedAccessKeyId } from "./authorization.ts";
import { decodeResponse, encodeError, encodeResult } from "./envelope.ts";
import { errors } from "./errors.ts";
import { operations } from "./operations.ts";
import { buildPath, methodOf, pathParamNames, route } from "./routes.ts";

const SURFACE = "jdcloud-vm";
const ENCODING = "rest-json";

/** True for a request under `/v1/regions/` (every operation of this surface lives there). */
function matches(req: WireRequest): boolean {
  return rawPath(req.url).startsWith("/v1/regions/");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(message: string, operation?: string): DecodeResult {
  const error = errors.error("request.malformed", message);
  return operation === undefined ? { ok: false, error } : { ok: false, error, operation };
}

/** The JSON body of a POST as an object; a string saying why when it cannot be read. */
function readBody(req: WireRequest): Record<string, unknown> | string {
  if (req.body.trim() === "") return {};
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return "The request body must be application/json.";
  try {
    const value: unknown = JSON.parse(req.body);
    return isObject(value) ? value : "The request body must be a JSON object.";
  } catch {
    return "The request body is not valid JSON.";
  }
}

/**
 * Understand a request: route on the decoded path, gather query, body and path parameters (the
 * path's values win), validate ("json" mode for POST bodies, "text" for query and path values).
 */
function decode(req: WireRequest): DecodeResult {
  const found = route(req.method, rawPath(req.url));
  if (found.kind === "malformed") return malformed(found.reason);
  if (found.kind === "unknown") {
    return {
      ok: false,
      error: errors.error("action.unknown", `No operation ${req.method} ${rawPath(req.url)}.`),
    };
  }
  const { operation, pathParams } = found;
  const pairs = parseForm(rawQuery(req.url));
  const query = pairs && unflatten(pairs);
  if (!query) return malformed("The query string is malformed.", operation);
  const post = req.method.toUpperCase() === "POST";
  const body = post ? readBody(req) : {};
  if (typeof body === "string") return malformed(body, operation);
  const params: Record<string, unknown> = { ...query, ...body };
  for (const name of pathParamNames(operation)) delete params[name];
  Object.assign(params, pathParams);
  const checked = validateParams(SURFACE, operation, params, post ? "json" : "text");
  if (!checked.ok) {
    const { kind, message, param } = checked.problem;
    return { ok: false, error: errors.error(kind, message, param), operation };
  }
  const accessKeyId = claimedAccessKeyId(req.headers.authorization);
  return {
    ok: true,
    value: {
      surface: SURFACE,
      operation,
      params: checked.params,
      encoding: ENCODING,
      ...(pathParams.regionId === undefined ? {} : { region: pathParams.regionId }),
      ...(accessKeyId === undefined ? {} : { accessKeyId }),
    },
  };
}

/**
 * Put a call on the wire as jdcloud-sdk-js does (sdk-clients.md §2): path parameters in the path
 * (`%3A` before the verb; `regionId` defaults to options.region), the other parameters in a JSON
 * body for POST or in the query for GET (flattened 1-based, RFC 3986), headers `accept`, `content-type` and `host`.
 */
function encodeRequest(
  operation: string,
  params: Record<string, unknown>,
  options: EncodeOptions,
): WireRequest {
  if (options.encoding !== undefined && options.encoding !== ENCODING) {
    throw new SuiteError("ENIC_CONFIG", `${SURFACE} has no encoding ${options.encoding}`);
  }
  const method = methodOf(operation);
  const names = pathParamNames(operation);
  const pathParams: Record<string, unknown> = { regionId: options.region };
  const rest: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (names.includes(name)) pathParams[name] = value;
    else if (value !== undefined) rest[name] = value;
  }
  let url = buildPath(operation, pathParams);
  let body = "";
  if (method === "POST") body = JSON.stringify(rest);
  else if (Object.keys(rest).length > 0) {
    url += `?${flatten(rest, 1)
      .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
      .join("&")}`;
  }
  return {
    method,
    url,
    headers: { accept: "application/json", "content-type": "application/json", host: options.host },
    body,
  };
}

/** The action a request names: the operation its method and REST path route to (protocols §4.1); "" when none. */
export function actionOf(req: WireRequest): string {
  const found = route(req.method, rawPath(req.url));
  if (found.kind !== "found") return "";
  return operations.find((o) => o.operation === found.operation)?.action ?? found.operation;
}

/** The jdcloud-vm codec. */
export const codec: Codec = {
  encodings: [ENCODING],
  matches,
  decode,
  encodeRequest,
  encodeResult,
  encodeError,
  decodeResponse,
};
