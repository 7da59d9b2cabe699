/**
 * The tencent-v3 codec: request routing and decoding (request.ts) plus the API 3.0 envelopes
 * (protocols.md §2.3): success `{"Response": {...members, "RequestId"}}` and error
 * `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`, both with HTTP 200.
 */
import type { ApiError } from "../../core/errors.ts";
import { jsonResponse, type WireRequest, type WireResponse } from "../../core/wire.ts";
import { actionParam } from "../shared/wire-hints.ts";
import type { Codec, ResponseOutcome } from "../types.ts";
import { errors } from "./errors.ts";
import { decodeRequest, ENCODINGS, encodeRequest } from "./request.ts";

/**
 * True for an API 3.0 request: it names its action in `X-TC-Action` or carries a TC3
 * Authorization (sdk-clients.md, "Dispatch").
 */
function matches(req: WireRequest): boolean {
  return req.headers["x-tc-action"] !== undefined || (req.headers.authorization ?? "").startsWith("TC3-");
}

/** The success envelope: the result members, then the RequestId (the task id of async calls). */
function encodeResult(_operation: string, result: Record<string, unknown>, requestId: string): WireResponse {
  const { RequestId: _id, Error: _error, ...members } = result;
  return jsonResponse(200, { Response: { ...members, RequestId: requestId } });
}

/** The error envelope, with the HTTP status of the error's row (200 for every Tencent row). */
function encodeError(error: ApiError, requestId: string): WireResponse {
  return jsonResponse(errors.httpStatus(error.code, error.rowId), {
    Response: { Error: { Code: error.code, Message: error.message }, RequestId: requestId },
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Read an answer as the official Node.js SDK does (sdk-clients.md §3): only HTTP 200 is read (any
 * other status loses code and RequestId, so it is malformed with its status); the body must be JSON
 * with a `Response` object; `Response.Error` makes it an error, anything else is a success (even
 * `{"Response": {}}`). The content type is ignored.
 */
function decodeResponse(_operation: string, res: WireResponse): ResponseOutcome {
  const status = res.status;
  if (status !== 200) {
    return {
      kind: "malformed",
      reason: `HTTP ${status}: API 3.0 answers every request with HTTP 200`,
      status,
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return { kind: "malformed", reason: "the body is not JSON", status };
  }
  const response = isObject(body) ? body.Response : undefined;
  if (!isObject(response)) return { kind: "malformed", reason: "the body has no Response object", status };
  const requestId = typeof response.RequestId === "string" ? response.RequestId : undefined;
  const withId = <T extends object>(outcome: T) =>
    requestId === undefined ? outcome : { ...outcome, requestId };
  const error = response.Error;
  if (error !== undefined && error !== null) {
    if (!isObject(error) || typeof error.Code !== "string") {
      return { kind: "malformed", reason: "Response.Error has no Code", status };
    }
    const message = typeof error.Message === "string" ? error.Message : "";
    return withId({ kind: "error" as const, code: error.Code, message, status });
  }
  const { RequestId: _id, ...data } = response;
  return withId({ kind: "success" as const, data });
}

/**
 * The action a request names: its `X-TC-Action` header (protocols.md §2.1), else an `Action`
 * parameter (the signature v1 form of API 3.0, which this surface refuses but a client may send).
 */
export const actionOf = (req: WireRequest): string => req.headers["x-tc-action"] || actionParam(req);

/** The tencent-v3 codec. */
export const codec: Codec = {
  encodings: ENCODINGS,
  matches,
  decode: decodeRequest,
  encodeRequest,
  encodeResult,
  encodeError,
  decodeResponse,
};
