/**
 * ECS answer envelopes (protocols.md §3.4): success is HTTP 200 `{"RequestId": ..., ...result}`;
 * an error is the row's 4xx/5xx status with `{RequestId, HostId, Code, Message, Recommend}`. The
 * request id also travels in the `x-acs-request-id` header.
 *
 * Only JSON is produced. ECS answers signature V1 requests in XML when they ask `Format=XML` or send
 * no Format at all (its V1 default); this surface answers those in JSON too (no XML envelope is
 * written or read). Every client of the project sends `Format=JSON`, pop-core `JSON`, openapi-client
 * `json`, and ACS3 clients always get JSON, so the difference only shows for a hand-made V1 request.
 */
import type { ApiError } from "../../core/errors.ts";
import { jsonResponse, type WireResponse } from "../../core/wire.ts";
import type { ResponseOutcome } from "../types.ts";
import { errors } from "./errors.ts";

/** Header that carries the request id. */
export const REQUEST_ID_HEADER = "x-acs-request-id";
/** `HostId` of error answers: the central endpoint (003, section Examples). */
const HOST_ID = "ecs.aliyuncs.com";

/** ECS request ids are upper-case UUIDs (003's examples: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`). */
function upper(requestId: string): string {
  return requestId.toUpperCase();
}

/**
 * The success answer: HTTP 200, `RequestId` first, then the result members. A `Code` member is
 * dropped: pop-core treats any success body carrying `Code` as an error (sdk-clients.md §3).
 */
export function encodeResult(result: Record<string, unknown>, requestId: string): WireResponse {
  const { Code: _code, RequestId: _id, ...members } = result;
  const id = upper(requestId);
  return jsonResponse(200, { RequestId: id, ...members }, { [REQUEST_ID_HEADER]: id });
}

/** The error answer: status from the error row, the gateway's five fields (protocols.md §3.4). */
export function encodeError(error: ApiError, requestId: string): WireResponse {
  const id = upper(requestId);
  const body = {
    RequestId: id,
    HostId: HOST_ID,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Ecs&requestId=${id}`,
  };
  return jsonResponse(errors.httpStatus(error.code, error.rowId), body, { [REQUEST_ID_HEADER]: id });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The `Code` values pop-core reads as a success (sdk-clients.md §3): some products behind the same
 * gateway send `"Code":"200"` (with `"Success":true`) or `"Code":"Success"` in their success bodies
 * (src/contracts/fixtures/real-envelopes.jsonl).
 */
const SUCCESS_CODES = new Set(["200", "OK", "Success", "success"]);

/**
 * Read an answer as a careful client would: success needs a status below 400 and a JSON object
 * whose `Code` is absent or one of pop-core's success codes (openapi-core checks only the status,
 * pop-core only `Code`; sdk-clients.md §3, so both must hold). An error needs a JSON object with a
 * string `Code`. A 2xx carrying another `Code` is read as an error, as pop-core reads it. Anything
 * else is malformed. Never throws.
 */
export function decodeResponse(res: WireResponse): ResponseOutcome {
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return { kind: "malformed", reason: "The body is not JSON.", status: res.status };
  }
  if (!isObject(body))
    return { kind: "malformed", reason: "The body is not a JSON object.", status: res.status };
  const headerId = res.headers[REQUEST_ID_HEADER];
  const requestId = typeof body.RequestId === "string" ? body.RequestId : headerId;
  const withId = <T extends object>(outcome: T): T & { requestId?: string } =>
    requestId === undefined ? outcome : { ...outcome, requestId };
  const successCode = res.status < 400 && SUCCESS_CODES.has(String(body.Code));
  if ((typeof body.Code === "string" || typeof body.Code === "number") && !successCode) {
    const message = typeof body.Message === "string" ? body.Message : "";
    return withId({ kind: "error" as const, code: String(body.Code), message, status: res.status });
  }
  if (res.status >= 400)
    return { kind: "malformed", reason: "An error status without a Code in the body.", status: res.status };
  const { RequestId: _id, ...data } = body;
  return withId({ kind: "success" as const, data });
}
