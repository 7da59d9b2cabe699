/**
 * The tencent-v2 answers (protocols.md §1.4): every error row of the spec answered with its status
 * and a schema-valid envelope, the neutral mapping and retry rules, success answers valid against
 * the response schemas, and answers read back as a careful client does.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../contracts/ajv.ts";
import { schemaFile } from "../../contracts/json-schema.ts";
import { readJson } from "../../contracts/surfaces.ts";
import { ApiError, type NeutralError } from "../../core/errors.ts";
import { surfaceRows } from "../shared/error-table.ts";
import { codec } from "./codec.ts";
import { errors } from "./errors.ts";

const ajv = createAjv();
const schema = (op: string, kind: "response" | "error") =>
  ajv.getSchema(`urn:eni-conformance:schemas:tencent-v2:${op}.${kind}`) ??
  ajv.compile(readJson(schemaFile("tencent-v2", op, kind)) as object);

describe("encodeError", () => {
  it.each(surfaceRows("tencent-v2").map((r) => [r.id, r] as const))("%s", (_id, row) => {
    const res = codec.encodeError(new ApiError(row.code, `message for ${row.id}`, row.id), "req-1");
    expect(res.status).toBe(row.http);
    const body = JSON.parse(res.body);
    const validate = schema(row.operation ?? "AttachNetworkInterface", "error");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    if (row.kind === "common") {
      expect(body.code).toBe(Number(row.code));
    } else {
      // F-005: the numeric code of a business error is a choice (5000 for *.NotFound, else 5100).
      expect(body).toMatchObject({ codeDesc: row.code, code: row.code.endsWith(".NotFound") ? 5000 : 5100 });
    }
    expect(codec.decodeResponse(row.operation ?? "AttachNetworkInterface", res)).toEqual({
      kind: "error",
      code: body.codeDesc,
      message: `message for ${row.id}`,
      status: 200,
      // The numeric code travels beside codeDesc: common rows are documented by it.
      alternateCode: String(body.code),
    });
    expect([body.codeDesc, String(body.code)]).toContain(row.code);
  });

  it("maps every neutral refusal to a row of the spec", () => {
    const kinds: NeutralError[] = [
      "auth.missing",
      "auth.malformed",
      "auth.bad-signature",
      "auth.unknown-key",
      "auth.expired",
      "auth.nonce-reused",
      "request.malformed",
      "param.missing",
      "param.malformed",
      "param.invalid",
      "param.unknown",
      "action.unknown",
      "rate.throttled",
      "internal",
      "unavailable",
    ];
    const codes = new Set(surfaceRows("tencent-v2").map((r) => r.code));
    for (const kind of kinds) expect(codes, kind).toContain(errors.error(kind, "m").code);
  });

  it.each([
    ["4400", 200, true],
    ["RequestLimitExceeded", 200, true],
    ["InternalError", 200, true],
    ["6000", 200, true],
    ["InvalidParameter", 200, false],
    ["InvalidNetworkInterface.NotFound", 200, false],
    ["anything", 502, true],
  ] as const)("retryable(%s, %i) = %s", (code, status, want) => {
    expect(errors.retryable(code, status)).toBe(want);
  });

  it("answers 200 for a codeDesc read back and for a code without a row", () => {
    expect(errors.httpStatus("InvalidParameter")).toBe(200);
    expect(errors.httpStatus("Some.Other")).toBe(200);
    expect(JSON.parse(codec.encodeError(new ApiError("InvalidParameter", "m"), "r").body)).toMatchObject({
      code: 4000,
    });
  });
});

describe("encodeResult", () => {
  const eni = {
    vpcId: "vpc-7t9nf3pu",
    subnetId: "subnet-1a2b3c4d",
    zoneId: 100003,
    networkInterfaceId: "eni-m6dyj72l",
    primary: false,
    instanceSet: [{ instanceId: "ins-xx44545f", attachTime: "2016-02-15 19:20:54" }],
  };
  it.each([
    ["AttachNetworkInterface", { data: { taskId: 16284 } }, { data: { taskId: 16284 } }],
    ["AttachNetworkInterfacePost", { taskId: 7 }, { data: { taskId: 7 } }],
    ["MigrateNetworkInterface", { taskId: 1 }, { data: { taskId: 1 } }],
    ["DetachNetworkInterface", { data: { taskId: 2 } }, { data: { taskId: 2 } }],
    ["DescribeVpcTaskResult", { status: 2 }, { data: { status: 2 } }],
    ["DescribeVpcTaskResult", { data: { status: 0 } }, { data: { status: 0 } }],
    ["DescribeNetworkInterfaces", { totalCount: 1, data: [eni] }, { totalCount: 1, data: [eni] }],
  ] as const)("%s %j", (operation, result, members) => {
    const res = codec.encodeResult(operation, result, "req-1");
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body).toEqual({ code: 0, message: "", codeDesc: "Success", ...members });
    const validate = schema(operation.replace(/Post$/, ""), "response");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(codec.decodeResponse(operation, res)).toEqual({ kind: "success", data: members });
  });
});

describe("decodeResponse", () => {
  const res = (body: string, status = 200) => ({
    status,
    headers: { "content-type": "application/json" },
    body,
  });
  it.each([
    [
      "000's example (data.taskId, integer 0)",
      "MigrateNetworkInterface",
      res('{"code":0,"message":"","codeDesc":"Success","data":{"taskId":16284}}'),
      { kind: "success", data: { data: { taskId: 16284 } } },
    ],
    [
      '001\'s example (string "0", top-level taskId, F-001/F-002)',
      "AttachNetworkInterface",
      res('{"code":"0","message":"","taskId":16284}'),
      { kind: "success", data: { taskId: 16284 } },
    ],
    [
      "task status",
      "DescribeVpcTaskResult",
      res('{"code":0,"message":"","data":{"status":1}}'),
      { kind: "success", data: { data: { status: 1 } } },
    ],
    [
      "the error-return example",
      "AttachNetworkInterface",
      res('{"code":4000,"message":"(100004)projectIdIncorrect","codeDesc":"InvalidParameter"}'),
      { kind: "error", code: "InvalidParameter", message: "(100004)projectIdIncorrect", status: 200 },
    ],
    [
      "an error without codeDesc",
      "AttachNetworkInterface",
      res('{"code":4100,"message":"auth"}'),
      { kind: "error", code: "4100", message: "auth", status: 200 },
    ],
    [
      "not JSON",
      "AttachNetworkInterface",
      res("<html>bad gateway</html>", 502),
      { kind: "malformed", status: 502 },
    ],
    ["a JSON array", "AttachNetworkInterface", res("[]"), { kind: "malformed" }],
    ["no code", "AttachNetworkInterface", res('{"message":""}'), { kind: "malformed" }],
    [
      "success without taskId",
      "AttachNetworkInterface",
      res('{"code":0,"message":""}'),
      { kind: "malformed" },
    ],
    [
      "success without task status",
      "DescribeVpcTaskResult",
      res('{"code":0,"message":"","data":{}}'),
      { kind: "malformed" },
    ],
    [
      "success without a data list",
      "DescribeNetworkInterfaces",
      res('{"code":0,"message":"","totalCount":0}'),
      { kind: "malformed" },
    ],
  ] as const)("%s", (_name, operation, given, want) => {
    expect(codec.decodeResponse(operation, given)).toMatchObject(want);
  });
});
