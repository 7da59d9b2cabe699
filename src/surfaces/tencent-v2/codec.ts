/**
 * The Tencent Cloud legacy v2 codec (protocols.md §1.1): every action goes to `/v2/index.php`, as a
 * GET with all parameters in the query (`get`, the documents' examples) or as a POST with the same
 * `k=v` set in an `application/x-www-form-urlencoded` body (`post-form`). The `Action` parameter
 * names the operation; upper-case parameters are common, lower-case ones are the action's.
 */
import { loadSpec } from "../../contracts/spec.ts";
import { type ApiError, type NeutralError, SuiteError } from "../../core/errors.ts";
import { rawPath, type WireRequest } from "../../core/wire.ts";
import { flatten, unflatten } from "../shared/flatten.ts";
import { validateParams } from "../shared/params.ts";
import { actionParam } from "../shared/wire-hints.ts";
import type { Codec, Decoded, DecodeResult, EncodeOptions } from "../types.ts";
import {
  API_PATH,
  COMMON_PARAMS,
  encodePairs,
  FORM_TYPE,
  isForm,
  paramValue,
  requestParams,
} from "./canonical.ts";
import { errors } from "./errors.ts";
import { operationOfAction, resolveOperation } from "./operations.ts";
import { decodeResponse, encodeError, encodeResult } from "./responses.ts";

/** The wire forms, the documents' GET first. */
const ENCODINGS = ["get", "post-form"] as const;

/** The Region pattern of the spec (legacy `gz` or long `ap-guangzhou`). */
const REGION = (() => {
  const schemas = loadSpec("tencent-v2").components.schemas as Record<string, { pattern?: string }>;
  return new RegExp(schemas.Region?.pattern ?? "^.+$");
})();

function refuse(kind: NeutralError, message: string, param?: string, operation?: string): DecodeResult {
  const error: ApiError = errors.error(kind, message, param);
  return operation === undefined ? { ok: false, error } : { ok: false, error, operation };
}

/**
 * Understand a request: method and content type, the parameters (query, plus a POST's form body),
 * the action, then the action parameters (every non-common key, `name.0` arrays rebuilt) validated
 * against the operation's schema. Never throws.
 */
function decode(req: WireRequest): DecodeResult {
  if (req.method !== "GET" && req.method !== "POST") {
    return refuse("request.malformed", "Only GET and POST are supported.");
  }
  if (req.method === "POST" && req.body !== "" && !isForm(req)) {
    return refuse("request.malformed", `A POST body must be ${FORM_TYPE}.`);
  }
  const read = requestParams(req);
  if (!read.ok) return refuse("request.malformed", read.reason);
  const action = paramValue(read.pairs, "Action");
  if (!action) return refuse("param.missing", "The parameter Action is required.", "Action");
  const operation = operationOfAction(action);
  if (!operation) return refuse("action.unknown", "The action is not supported by this endpoint.");
  const region = paramValue(read.pairs, "Region");
  if (region !== undefined && !REGION.test(region)) {
    return refuse("param.malformed", "The value of Region is malformed.", "Region", operation);
  }
  const nested = unflatten(read.pairs.filter(([k]) => !COMMON_PARAMS.has(k)));
  if (!nested)
    return refuse("request.malformed", "The parameter names contradict each other.", undefined, operation);
  const checked = validateParams("tencent-v2", operation, nested, "text");
  if (!checked.ok) {
    const { kind, message, param } = checked.problem;
    return refuse(kind, message, param, operation);
  }
  const value: Decoded = {
    surface: "tencent-v2",
    operation,
    params: checked.params,
    encoding: req.method === "GET" ? "get" : "post-form",
  };
  if (region) value.region = region;
  const secretId = paramValue(read.pairs, "SecretId");
  if (secretId) value.accessKeyId = secretId;
  return { ok: true, value };
}

/**
 * Put a call on the wire, unsigned: Action, Region, then the action parameters flattened with
 * 0-based indexes (`name.0`, protocols.md §1.1). `operation` may be the GET operationId or its
 * `...Post` twin (which defaults to `post-form`).
 */
function encodeRequest(
  operation: string,
  params: Record<string, unknown>,
  options: EncodeOptions,
): WireRequest {
  const op = resolveOperation(operation);
  if (!op) throw new SuiteError("ENIC_CONFIG", `tencent-v2 has no operation ${operation}`);
  const encoding = options.encoding ?? op.encoding;
  if (!(ENCODINGS as readonly string[]).includes(encoding)) {
    throw new SuiteError("ENIC_CONFIG", `tencent-v2 has no encoding ${encoding}`);
  }
  const pairs: [string, string][] = [["Action", op.action]];
  if (options.region) pairs.push(["Region", options.region]);
  pairs.push(...flatten(params, 0));
  const text = encodePairs(pairs);
  if (encoding === "get") {
    return { method: "GET", url: `${API_PATH}?${text}`, headers: { host: options.host }, body: "" };
  }
  return {
    method: "POST",
    url: API_PATH,
    headers: { host: options.host, "content-type": FORM_TYPE },
    body: text,
  };
}

/** The action a request names: its `Action` parameter, in the query or the form body (protocols.md §1.1). */
export const actionOf = (req: WireRequest): string => actionParam(req);

/** The tencent-v2 codec. */
export const codec: Codec = {
  encodings: ENCODINGS,
  matches: (req) => rawPath(req.url) === API_PATH,
  decode,
  encodeRequest,
  encodeResult,
  encodeError,
  decodeResponse,
};
