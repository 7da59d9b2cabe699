import type { ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../contracts/ajv.ts";
import { schemaFile } from "../../contracts/json-schema.ts";
import { readJson } from "../../contracts/surfaces.ts";
import { ApiError } from "../../core/errors.ts";
import type { WireResponse } from "../../core/wire.ts";
import { capture } from "../../testing/jdcloud-vm.ts";
import { surfaceRows } from "../shared/error-table.ts";
import type { ResponseOutcome } from "../types.ts";
import { codec } from "./codec.ts";
import { errors } from "./errors.ts";

const OPS = [
  "attachNetworkInterface",
  "detachNetworkInterface",
  "describeNetworkInterface",
  "describeInstance",
];
const INSTANCE = "i-eumm0001d6";
const ENI = "port-n2h70001se";
const REQUEST_ID = "c2hmmaan8w06w19qcdfuic4w03f7ft2d";

const ajv = createAjv();
const compiled = new Map<string, ValidateFunction>();
function schema(operation: string, kind: "error" | "response"): ValidateFunction {
  const file = schemaFile("jdcloud-vm", operation, kind);
  let fn = compiled.get(file);
  if (!fn) {
    fn = ajv.compile(readJson(file) as object);
    compiled.set(file, fn);
  }
  return fn;
}

/** Every error row, under its own operation, or under every operation for common rows. */
const rowCases = surfaceRows("jdcloud-vm").flatMap((row) =>
  (row.operation ? [row.operation] : OPS).map((op): [string, { row: typeof row; op: string }] => [
    `${row.id} (${op})`,
    { row, op },
  ]),
);

describe("encodeError: every error row of the spec", () => {
  it.each(rowCases)("%s", (_, { row, op }) => {
    const res = codec.encodeError(new ApiError(row.code, "", row.id), REQUEST_ID);
    const body = JSON.parse(res.body) as { error: unknown };
    expect(res.status).toBe(row.http);
    expect(res.headers["x-jdcloud-request-id"]).toBe(REQUEST_ID);
    expect(body.error).toEqual({ code: row.http, status: row.code, message: row.message ?? row.meaning });
    const validate = schema(op, "error");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(rowCases)("%s reads back through decodeResponse", (_, { row, op }) => {
    const res = codec.encodeError(new ApiError(row.code, "m", row.id), REQUEST_ID);
    const want = { kind: "error", code: row.code, message: "m", requestId: REQUEST_ID, status: row.http };
    expect(codec.decodeResponse(op, res)).toEqual(want);
  });

  it("keeps the ApiError's own message", () => {
    const message = "The parameter networkInterfaceId is required.";
    const res = codec.encodeError(errors.error("param.missing", message), REQUEST_ID);
    expect(JSON.parse(res.body)).toEqual({
      requestId: REQUEST_ID,
      error: { code: 400, status: "INVALID_ARGUMENT", message },
    });
  });
});

const results: [string, Record<string, unknown>][] = [
  ["attachNetworkInterface", {}],
  ["detachNetworkInterface", {}],
  [
    "describeNetworkInterface",
    {
      networkInterface: {
        networkInterfaceId: ENI,
        role: "Secondary",
        vpcId: "vpc-1",
        subnetId: "subnet-1",
        attachmentStatus: "attached",
        deviceIndex: 2,
        instanceId: INSTANCE,
      },
    },
  ],
  [
    "describeInstance",
    {
      instance: {
        instanceId: INSTANCE,
        status: "running",
        secondaryNetworkInterfaces: [
          { deviceIndex: 2, autoDelete: false, networkInterface: { networkInterfaceId: ENI } },
        ],
      },
    },
  ],
];

describe("encodeResult", () => {
  it.each(results)("%s validates and reads back", (op, result) => {
    const res = codec.encodeResult(op, result, REQUEST_ID);
    expect([res.status, res.headers["x-jdcloud-request-id"]]).toEqual([200, REQUEST_ID]);
    const validate = schema(op, "response");
    expect(validate(JSON.parse(res.body)), JSON.stringify(validate.errors)).toBe(true);
    expect(codec.decodeResponse(op, res)).toEqual({ kind: "success", data: result, requestId: REQUEST_ID });
  });

  it.each([
    ["a JD-shaped id is kept", REQUEST_ID, REQUEST_ID],
    ["a UUID loses its dashes", "F23D1450-ED00-4442-98D4-BE409E625E6C", "f23d1450ed00444298d4be409e625e6c"],
    ["another id is hashed", "req-0001", "12e1c1ff8535e49a18a7fc10cf61f989"],
  ])("request id: %s", (_, given, want) => {
    const res = codec.encodeResult(
      "describeInstance",
      { instance: { instanceId: INSTANCE, status: "running" } },
      given,
    );
    expect([res.headers["x-jdcloud-request-id"], JSON.parse(res.body).requestId]).toEqual([want, want]);
    expect(JSON.parse(codec.encodeError(errors.error("internal", "x"), given).body).requestId).toBe(want);
  });
});

const success = (requestId?: string): ResponseOutcome => ({
  kind: "success",
  data: {},
  ...(requestId ? { requestId } : {}),
});
const failure = (code: string, message: string, requestId: string, status: number): ResponseOutcome => ({
  kind: "error",
  code,
  message,
  requestId,
  status,
});
const malformed = (status: number): ResponseOutcome => ({
  kind: "malformed",
  reason: `HTTP ${status} answer is not a JSON object.`,
  status,
});

/** What a careful client makes of each canned answer of the SDK capture (sdk-clients.md §3). */
const answers: Record<string, ResponseOutcome> = {
  success: success("req-success-1"),
  success_with_result_object: success("req-success-2"),
  success_region_argument: success("req-success-1"),
  success_callback_style: success("req-success-1"),
  error_404_NOT_FOUND: failure("NOT_FOUND", "x", "r", 404),
  error_400_INVALID_ARGUMENT: failure("INVALID_ARGUMENT", "bad", "r400", 400),
  http_500: failure("INTERNAL", "boom", "r500", 500),
  http_503: failure("UNAVAILABLE", "later", "r503", 503),
  http_429_throttled: failure("RESOURCE_EXHAUSTED", "slow down", "r429", 429),
  http_200_with_error_in_body: failure("NOT_FOUND", "x", "r200", 200),
  minimal_success_empty_object: success(),
  bad_success_not_json: malformed(200),
  error_502_not_json: malformed(502),
  read_timeout_default_probe_cap_75s: success("req-success-1"),
  connection_refused: success("req-success-1"),
};

describe("decodeResponse", () => {
  const lower = (h: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

  it.each(Object.entries(capture.scenarios))("captured answer %s", (name, { response }) => {
    const res: WireResponse = {
      status: response.status,
      headers: lower(response.headers),
      body: typeof response.body === "string" ? response.body : JSON.stringify(response.body),
    };
    expect(codec.decodeResponse("attachNetworkInterface", res)).toEqual(answers[name]);
  });

  it.each([
    ["4xx JSON without error", { status: 400, headers: {}, body: '{"requestId":"r"}' }, "malformed"],
    ["error without status", { status: 400, headers: {}, body: '{"error":{"code":400}}' }, "malformed"],
    ["result that is not an object", { status: 200, headers: {}, body: '{"result":[]}' }, "malformed"],
    [
      "request id only in the header",
      { status: 200, headers: { "x-jdcloud-request-id": "h" }, body: "{}" },
      "success",
    ],
  ])("%s is %s", (_, res, kind) => {
    expect(codec.decodeResponse("attachNetworkInterface", res).kind).toBe(kind);
  });
});
