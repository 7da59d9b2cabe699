/**
 * JD Cloud's answer envelopes (protocols §4.3): success is HTTP 200
 * `{"requestId", "result": {...}}`; an error is a status equal to `error.code` with
 * `{"requestId", "error": {"code": <status>, "status": "<STATUS>", "message"}}`. Both carry the
 * request id in the `x-jdcloud-request-id` header too.
 */
import { sha256Hex } from "../../core/crypto.ts";
import type { ApiError } from "../../core/errors.ts";
import { jsonResponse, type WireResponse } from "../../core/wire.ts";
import type { ResponseOutcome } from "../types.ts";
import { errors } from "./errors.ts";

/** Header that carries the request id (protocols §4.1). */
export const REQUEST_ID_HEADER = "x-jdcloud-request-id";

/** A request id already in JD's form (the simulator's own are). */
const JD_FORM = /^[0-9a-z]{32}$/;

/**
 * A request id as JD writes it: 32 lower-case letters or digits (004, Response parameters; the
 * spec's RequestId pattern). An id already of that shape is kept; one that has it once lower-cased
 * and stripped of separators (a UUID) is kept that way; any other id is mapped to the first 32 hex
 * digits of its SHA-256, so the same id always gives the same answer.
 */
function jdRequestId(requestId: string): string {
  if (JD_FORM.test(requestId)) return requestId;
  const compact = requestId.toLowerCase().replace(/[^0-9a-z]/g, "");
  return compact.length === 32 ? compact : sha256Hex(requestId).slice(0, 32);
}

/** The success answer: HTTP 200 with the result members under `result`. */
export function encodeResult(
  _operation: string,
  result: Record<string, unknown>,
  requestId: string,
): WireResponse {
  const id = jdRequestId(requestId);
  return jsonResponse(200, { requestId: id, result }, { [REQUEST_ID_HEADER]: id });
}

/**
 * The error answer: HTTP status from the error row (`errors.httpStatus`), `error.code` the same
 * number, `error.status` the row's code. Rows that share a code (six FAILED_PRECONDITION rows,
 * F-049) are told apart by `rowId`; an ApiError without a message gets its row's message.
 */
export function encodeError(error: ApiError, requestId: string): WireResponse {
  const status = errors.httpStatus(error.code, error.rowId);
  const row = errors.rows.find((r) => r.id === error.rowId) ?? errors.rows.find((r) => r.code === error.code);
  const message = error.message || row?.message || row?.meaning || error.code;
  const id = jdRequestId(requestId);
  return jsonResponse(
    status,
    { requestId: id, error: { code: status, status: error.code, message } },
    { [REQUEST_ID_HEADER]: id },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read an answer as a careful client would (sdk-clients.md §3, stricter than jdcloud-sdk-js): a
 * success needs a 2xx status, a JSON object body and no `error` member; an `error` member with a
 * string `status` is an error (also on a 2xx, which the SDK would wrongly resolve); anything else is
 * malformed. The request id comes from the body, else from the `x-jdcloud-request-id` header.
 */
export function decodeResponse(_operation: string, res: WireResponse): ResponseOutcome {
  const body = parseObject(res.body);
  const ok = res.status >= 200 && res.status < 300;
  if (!body) {
    return {
      kind: "malformed",
      reason: `HTTP ${res.status} answer is not a JSON object.`,
      status: res.status,
    };
  }
  const fromBody = typeof body.requestId === "string" ? body.requestId : undefined;
  const requestId = fromBody ?? res.headers[REQUEST_ID_HEADER];
  const id = requestId === undefined ? {} : { requestId };
  if ("error" in body) {
    const error = body.error;
    if (!isObject(error) || typeof error.status !== "string") {
      return { kind: "malformed", reason: "The error envelope has no error.status.", status: res.status };
    }
    const message = typeof error.message === "string" ? error.message : "";
    return { kind: "error", code: error.status, message, status: res.status, ...id };
  }
  if (!ok) {
    return {
      kind: "malformed",
      reason: `HTTP ${res.status} answer has no error envelope.`,
      status: res.status,
    };
  }
  if (body.result !== undefined && !isObject(body.result)) {
    return {
      kind: "malformed",
      reason: "The success envelope's result is not an object.",
      status: res.status,
    };
  }
  return { kind: "success", data: isObject(body.result) ? body.result : {}, ...id };
}
