import { describe, expect, it } from "vitest";
import { ApiError } from "../../core/errors.ts";
import type { WireResponse } from "../../core/wire.ts";
import { RID, schema } from "../../testing/aliyun-ecs.ts";
import { surfaceRows } from "../shared/error-table.ts";
import { codec } from "./codec.ts";
import { errors } from "./errors.ts";

describe("encodeError answers every error row of the spec", () => {
  it.each(surfaceRows("aliyun-ecs").map((r) => [r.id, r] as const))("%s", (_id, row) => {
    const res = codec.encodeError(new ApiError(row.code, `message for ${row.id}`, row.id), RID);
    expect(res.status).toBe(row.http);
    expect(res.headers["x-acs-request-id"]).toBe(RID.toUpperCase());
    const validate = schema(row.operation ?? "AttachNetworkInterface", "error");
    expect(validate(JSON.parse(res.body)), JSON.stringify(validate.errors)).toBe(true);
    expect(codec.decodeResponse(row.operation ?? "AttachNetworkInterface", res)).toEqual({
      kind: "error",
      code: row.code,
      message: `message for ${row.id}`,
      requestId: RID.toUpperCase(),
      status: row.http,
    });
  });

  it("maps every neutral refusal to a row with a 4xx/5xx status", () => {
    const kinds = [
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
    ] as const;
    for (const kind of kinds) {
      const e = errors.error(kind, "m", "InstanceId");
      expect(codec.encodeError(e, RID).status, kind).toBeGreaterThanOrEqual(400);
    }
    expect(errors.retryable("Throttling.User", 400)).toBe(true);
    expect(errors.retryable("ServiceUnavailable", 503)).toBe(true);
    expect(errors.retryable("InvalidEniId.NotFound", 404)).toBe(false);
  });
});

const ENI = {
  NetworkInterfaceId: "eni-test0001",
  Status: "InUse",
  Type: "Secondary",
  InstanceId: "i-test0001",
  VpcId: "vpc-test0001",
  VSwitchId: "vsw-test0001",
  ZoneId: "cn-hangzhou-i",
  PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: "192.168.0.2", Primary: true }] },
  SecurityGroupIds: { SecurityGroupId: ["sg-test0001"] },
  CreationTime: "2017-11-24T06:14:22Z",
};

describe("encodeResult", () => {
  it.each([
    ["AttachNetworkInterface", { given: {} }],
    ["DetachNetworkInterface", { given: {} }],
    [
      "DescribeNetworkInterfaces",
      {
        given: {
          NetworkInterfaceSets: { NetworkInterfaceSet: [ENI] },
          TotalCount: 1,
          PageNumber: 1,
          PageSize: 10,
        },
      },
    ],
    [
      "DescribeNetworkInterfaces",
      { given: { NetworkInterfaceSets: { NetworkInterfaceSet: [] }, TotalCount: 0, NextToken: "" } },
    ],
  ])("%s validates and reads back", (operation, { given }) => {
    const res = codec.encodeResult(operation, given, RID);
    expect(res.status).toBe(200);
    expect(res.headers["x-acs-request-id"]).toBe(RID.toUpperCase());
    const validate = schema(operation, "response");
    expect(validate(JSON.parse(res.body)), JSON.stringify(validate.errors)).toBe(true);
    expect(codec.decodeResponse(operation, res)).toEqual({
      kind: "success",
      data: given,
      requestId: RID.toUpperCase(),
    });
  });

  it("never puts Code in a success body", () => {
    const res = codec.encodeResult("AttachNetworkInterface", { Code: "200" }, RID);
    expect(JSON.parse(res.body)).toEqual({ RequestId: RID.toUpperCase() });
  });
});

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): WireResponse => ({
  status,
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("decodeResponse", () => {
  it.each([
    [
      "success",
      { given: answer(200, { RequestId: "r1" }), want: { kind: "success", data: {}, requestId: "r1" } },
    ],
    [
      "success, id from the header",
      {
        given: answer(200, {}, { "x-acs-request-id": "h1" }),
        want: { kind: "success", data: {}, requestId: "h1" },
      },
    ],
    [
      "404 error envelope",
      {
        given: answer(404, { RequestId: "r", HostId: "h", Code: "InvalidEniId.NotFound", Message: "x" }),
        want: { kind: "error", code: "InvalidEniId.NotFound", message: "x", requestId: "r", status: 404 },
      },
    ],
    [
      "400 throttling",
      {
        given: answer(400, { RequestId: "rt", Code: "Throttling.User", Message: "m" }),
        want: { kind: "error", code: "Throttling.User", message: "m", requestId: "rt", status: 400 },
      },
    ],
    [
      "200 carrying Code (pop-core: error)",
      {
        given: answer(200, { RequestId: "r200", Code: "InvalidEniId.NotFound", Message: "x" }),
        want: { kind: "error", code: "InvalidEniId.NotFound", message: "x", requestId: "r200", status: 200 },
      },
    ],
    [
      'another product\'s success carrying "Code":"200" and "Success":true (pop-core: success)',
      {
        given: answer(200, { Code: "200", Message: "successful", RequestId: "rc", Success: true }),
        want: {
          kind: "success",
          data: { Code: "200", Message: "successful", Success: true },
          requestId: "rc",
        },
      },
    ],
    [
      '"Code":"Success" on a success',
      {
        given: answer(200, { RequestId: "rs", Code: "Success" }),
        want: { kind: "success", data: { Code: "Success" }, requestId: "rs" },
      },
    ],
    [
      '"Code":"200" with an error status is an error',
      {
        given: answer(400, { RequestId: "re", Code: "200", Message: "m" }),
        want: { kind: "error", code: "200", message: "m", requestId: "re", status: 400 },
      },
    ],
    [
      "404 without Code",
      {
        given: answer(404, { RequestId: "r404" }),
        want: { kind: "malformed", reason: "An error status without a Code in the body.", status: 404 },
      },
    ],
    [
      "not JSON",
      {
        given: answer(200, "hello"),
        want: { kind: "malformed", reason: "The body is not JSON.", status: 200 },
      },
    ],
    [
      "XML error",
      {
        given: answer(400, "<Error><Code>X</Code></Error>"),
        want: { kind: "malformed", reason: "The body is not JSON.", status: 400 },
      },
    ],
    [
      "a JSON array",
      {
        given: answer(200, []),
        want: { kind: "malformed", reason: "The body is not a JSON object.", status: 200 },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(codec.decodeResponse("AttachNetworkInterface", given)).toEqual(want);
  });
});
