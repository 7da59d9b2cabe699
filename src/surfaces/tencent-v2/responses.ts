/**
 * The answers of the Tencent Cloud legacy v2 API (protocols.md §1.4): always HTTP 200, success
 * `{"code": 0, "message": "", "codeDesc": "Success", ...members}`, error
 * `{"code": <non-zero integer>, "message", "codeDesc": "<string code>"}`. The API has no request id,
 * neither in the body (the envelopes allow no extra member) nor in a documented header, so the
 * request id given to the encoders is not sent.
 */
import type { ApiError } from "../../core/errors.ts";
import { jsonResponse, type WireResponse } from "../../core/wire.ts";
import type { ResponseOutcome } from "../types.ts";
import { errors, wireCode } from "./errors.ts";
import { resolveOperation, TASK_OPERATIONS } from "./operations.ts";

type Members = Record<string, unknown>;

function isRecord(value: unknown): value is Members {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The result members as sent. A task action's `taskId` goes under `data` (`data.taskId`, the current
 * Chinese page, 000's example and the Go SDK; the English output tables put it at the top level,
 * finding F-001 — the success schema accepts both). A bare `{taskId}` or `{status}` is nested under
 * `data` for the handler's convenience; members already shaped are sent as they are.
 */
function shapeResult(operation: string, result: Members): Members {
  const { taskId, status, ...rest } = result;
  if (TASK_OPERATIONS.has(operation) && taskId !== undefined && rest.data === undefined) {
    return { ...rest, data: { taskId } };
  }
  if (operation === "DescribeVpcTaskResult" && status !== undefined && rest.data === undefined) {
    return { ...rest, data: { status } };
  }
  return result;
}

/** The success answer of `operation` (protocols.md §1.4). */
export function encodeResult(operation: string, result: Members, _requestId: string): WireResponse {
  const op = resolveOperation(operation)?.operation ?? operation;
  return jsonResponse(200, { code: 0, message: "", codeDesc: "Success", ...shapeResult(op, result) });
}

/**
 * The error answer (protocols.md §1.4): `code` the common number (4000, 4100, ...) or, for a
 * business code, the number chosen in errors.ts (F-005); `codeDesc` the business code or the common
 * code's name (F-017). The status comes from the spec's rows (all 200).
 */
export function encodeError(error: ApiError, _requestId: string): WireResponse {
  const { code, codeDesc } = wireCode(error.code);
  return jsonResponse(errors.httpStatus(error.code, error.rowId), { code, message: error.message, codeDesc });
}

const isTaskId = (v: unknown) =>
  (typeof v === "number" && Number.isInteger(v) && v >= 0) || (typeof v === "string" && /^\d+$/.test(v));

/** What a careful client needs in a success answer; undefined when it is there. */
function missingMember(operation: string, members: Members): string | undefined {
  const data = members.data;
  if (TASK_OPERATIONS.has(operation)) {
    // taskId at the top level (English tables) or under data (current page); a CVM-legacy page
    // sends it as a numeric string, so digits are accepted too (protocols.md §6.1).
    const ok = isTaskId(members.taskId) || (isRecord(data) && isTaskId(data.taskId));
    return ok ? undefined : "The answer carries no taskId.";
  }
  if (operation === "DescribeVpcTaskResult") {
    return isRecord(data) && [0, 1, 2].includes(data.status as number)
      ? undefined
      : "The answer carries no task status (data.status 0, 1 or 2).";
  }
  if (operation === "DescribeNetworkInterfaces") {
    return Array.isArray(data) ? undefined : "The answer carries no data list.";
  }
  return undefined;
}

/**
 * Read an answer as a careful client does (protocols.md §1.4): success when `code` is 0 or "0"
 * (finding F-002), the data being every member but code/message/codeDesc; otherwise an error whose
 * code is `codeDesc` when present (the Go SDK's reading) or else the numeric code as a string.
 * Never throws.
 */
export function decodeResponse(operation: string, res: WireResponse): ResponseOutcome {
  const malformed = (reason: string): ResponseOutcome => ({ kind: "malformed", reason, status: res.status });
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return malformed("The answer is not JSON.");
  }
  if (!isRecord(body)) return malformed("The answer is not a JSON object.");
  const { code, message, codeDesc, ...members } = body;
  if (code === 0 || code === "0") {
    const op = resolveOperation(operation)?.operation ?? operation;
    const missing = missingMember(op, members);
    return missing ? malformed(missing) : { kind: "success", data: members };
  }
  const numeric =
    typeof code === "number" ? Number.isInteger(code) : typeof code === "string" && /^-?\d+$/.test(code);
  if (!numeric) return malformed("The answer has no integer code.");
  const hasDesc = typeof codeDesc === "string" && codeDesc !== "";
  return {
    kind: "error",
    code: hasDesc ? codeDesc : String(code),
    message: typeof message === "string" ? message : "",
    status: res.status,
    // The common rows are documented by their number (4000, 4100 ...): keep it beside codeDesc.
    ...(hasDesc ? { alternateCode: String(code) } : {}),
  };
}
