/**
 * The API 3.0 envelopes (protocols.md §2.3): every error row of the spec encodes with its HTTP
 * status to a schema-valid error envelope, results validate against the response schemas, and
 * answers (including the captured canned ones) read back as the official SDK reads them.
 */
import { describe, expect, it } from "vitest";
import { createAjv } from "../../contracts/ajv.ts";
import { schemaFile } from "../../contracts/json-schema.ts";
import { readJson } from "../../contracts/surfaces.ts";
import { ApiError } from "../../core/errors.ts";
import { scenarios } from "../../testing/tencent-v3.ts";
import { surfaceRows } from "../shared/error-table.ts";
import { codec } from "./codec.ts";
import { operations } from "./operations.ts";

const ajv = createAjv();
const schema = (op: string, kind: "response" | "error") =>
  ajv.getSchema(`urn:eni-conformance:schemas:tencent-v3:${op}.${kind}`) ??
  ajv.compile(readJson(schemaFile("tencent-v3", op, kind)) as object);
const REQUEST_ID = "f23d1450-ed00-4442-98d4-be409e625e6c";

describe("encodeError: every error row of the spec", () => {
  const allOps = operations.map((o) => o.operation);
  it.each(surfaceRows("tencent-v3").map((r) => [r.id, r] as const))("%s", (_id, row) => {
    const res = codec.encodeError(new ApiError(row.code, `message for ${row.id}`, row.id), REQUEST_ID);
    expect(res.status).toBe(row.http);
    const body = JSON.parse(res.body);
    expect(body).toEqual({
      Response: { Error: { Code: row.code, Message: `message for ${row.id}` }, RequestId: REQUEST_ID },
    });
    for (const op of row.operation ? [row.operation] : allOps) {
      const validate = schema(op, "error");
      expect(validate(body), `${op}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(codec.decodeResponse(row.operation ?? "AttachNetworkInterface", res)).toEqual({
      kind: "error",
      code: row.code,
      message: `message for ${row.id}`,
      requestId: REQUEST_ID,
      status: 200,
    });
  });
});

const results: Record<string, Record<string, unknown>> = {
  AttachNetworkInterface: {},
  DetachNetworkInterface: {},
  DescribeNetworkInterfaces: {
    NetworkInterfaceSet: [
      {
        NetworkInterfaceId: "eni-test0001",
        VpcId: "vpc-test0001",
        SubnetId: "subnet-test0001",
        Primary: false,
        State: "AVAILABLE",
        GroupSet: ["sg-test0001"],
        Zone: "ap-guangzhou-3",
        Attachment: { InstanceId: "ins-test0001", DeviceIndex: 1 },
      },
    ],
    TotalCount: 1,
  },
  DescribeVpcTaskResult: { Status: "SUCCESS", Output: "", Result: null },
};

describe("encodeResult and decodeResponse", () => {
  it.each(Object.entries(results))("%s result validates and reads back", (operation, result) => {
    const res = codec.encodeResult(operation, result, REQUEST_ID);
    expect(res.status).toBe(200);
    const validate = schema(operation, "response");
    expect(validate(JSON.parse(res.body)), JSON.stringify(validate.errors)).toBe(true);
    expect(codec.decodeResponse(operation, res)).toEqual({
      kind: "success",
      data: result,
      requestId: REQUEST_ID,
    });
  });

  const sdkReads = (name: string) => {
    const outcome = scenarios[name]?.outcome;
    if (outcome?.ok) return "success";
    const code = outcome?.error?.fields.code;
    return typeof code === "string" ? `error ${code}` : "malformed";
  };
  it.each([
    "success",
    "error_resource_not_found",
    "error_http_404_with_envelope",
    "http_500",
    "http_503",
    "throttled_RequestLimitExceeded",
    "minimal_success_Response_empty_object",
    "bad_success_no_Response_key",
    "bad_success_not_json",
    "success_text_plain_content_type",
  ])("captured answer %s is read as the official SDK reads it", (name) => {
    const canned = scenarios[name]?.response;
    if (!canned) throw new Error(`no scenario ${name}`);
    const body = typeof canned.body === "string" ? canned.body : JSON.stringify(canned.body);
    const outcome = codec.decodeResponse("AttachNetworkInterface", {
      status: canned.status,
      headers: canned.headers ?? {},
      body,
    });
    expect(outcome.kind === "error" ? `error ${outcome.code}` : outcome.kind).toBe(sdkReads(name));
    if (outcome.kind !== "success") expect(outcome.status).toBe(canned.status);
  });
});
