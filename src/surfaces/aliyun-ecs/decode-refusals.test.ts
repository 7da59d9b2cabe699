import { describe, expect, it } from "vitest";
import { acs3, OK_QUERY, RID, req, v1, withAuth } from "../../testing/aliyun-ecs.ts";
import type { DecodeResult } from "../types.ts";
import { codec } from "./codec.ts";

const failure = (r: DecodeResult) => {
  if (r.ok) return { code: "ok", status: 200 };
  return { code: r.error.code, status: codec.encodeError(r.error, RID).status };
};

describe("refusals carry the ECS code and HTTP status", () => {
  it.each([
    [
      "unknown action (V1)",
      {
        given: req("GET", `/?Action=NoSuchAction&Version=2014-05-26&${OK_QUERY}`),
        want: { code: "InvalidApi.NotFound", status: 404 },
      },
    ],
    [
      "unknown action (ACS3)",
      { given: acs3(OK_QUERY, "NoSuchAction"), want: { code: "InvalidApi.NotFound", status: 404 } },
    ],
    [
      "another API version",
      {
        given: req("GET", `/?Action=AttachNetworkInterface&Version=2016-04-28&${OK_QUERY}`),
        want: { code: "InvalidApi.NotFound", status: 404 },
      },
    ],
    [
      "another path",
      {
        given: req("GET", `/x?Action=AttachNetworkInterface&Version=2014-05-26&${OK_QUERY}`),
        want: { code: "InvalidApi.NotFound", status: 404 },
      },
    ],
    [
      "no Action at all",
      { given: req("GET", `/?${OK_QUERY}`), want: { code: "MissingParameter", status: 400 } },
    ],
    [
      "no Version",
      {
        given: req("GET", `/?Action=AttachNetworkInterface&${OK_QUERY}`),
        want: { code: "MissingParameter", status: 400 },
      },
    ],
    [
      "bad percent-encoding",
      { given: v1(`${OK_QUERY}&X=%E0%A4%A`), want: { code: "InvalidParameter", status: 400 } },
    ],
    [
      "JSON body",
      {
        given: {
          ...acs3(OK_QUERY),
          headers: { "x-acs-action": "AttachNetworkInterface", "content-type": "application/json" },
          body: "{}",
        },
        want: { code: "InvalidParameter", status: 400 },
      },
    ],
    ["PUT", { given: v1(OK_QUERY, "PUT"), want: { code: "InvalidParameter", status: 400 } }],
    [
      "Format=YAML",
      {
        given: req("GET", `/?Action=AttachNetworkInterface&Version=2014-05-26&Format=YAML&${OK_QUERY}`),
        want: { code: "InvalidParameter", status: 400 },
      },
    ],
    [
      "missing RegionId",
      {
        given: v1("InstanceId=i-test0001&NetworkInterfaceId=eni-test0001"),
        want: { code: "MissingParameter", status: 400 },
      },
    ],
    [
      "missing NetworkInterfaceId (ACS3)",
      {
        given: acs3("RegionId=cn-hangzhou&InstanceId=i-test0001"),
        want: { code: "MissingParameter", status: 400 },
      },
    ],
    [
      "a parameter named __proto__",
      { given: v1(`${OK_QUERY}&__proto__=x`), want: { code: "UnsupportedParameter", status: 400 } },
    ],
    [
      "a parameter named constructor",
      { given: v1(`${OK_QUERY}&constructor=x`), want: { code: "UnsupportedParameter", status: 400 } },
    ],
    [
      "unknown parameter",
      { given: v1(`${OK_QUERY}&Foo=1`), want: { code: "UnsupportedParameter", status: 400 } },
    ],
    [
      "Action in a signed ACS3 query",
      {
        given: withAuth(acs3(`${OK_QUERY}&Action=AttachNetworkInterface`)),
        want: { code: "UnsupportedParameter", status: 400 },
      },
    ],
    [
      "malformed InstanceId",
      {
        given: v1("RegionId=cn-hangzhou&InstanceId=bad&NetworkInterfaceId=eni-test0001"),
        want: { code: "InvalidInstanceID.Malformed", status: 400 },
      },
    ],
    [
      "malformed NetworkInterfaceId",
      {
        given: v1("RegionId=cn-hangzhou&InstanceId=i-test0001&NetworkInterfaceId=bad"),
        want: { code: "InvalidParams.EniId", status: 400 },
      },
    ],
    [
      "malformed NetworkInterfaceId.1",
      {
        given: acs3("RegionId=cn-hangzhou&NetworkInterfaceId.1=bad", "DescribeNetworkInterfaces"),
        want: { code: "InvalidParams.EniId", status: 400 },
      },
    ],
    [
      "malformed RegionId",
      {
        given: v1("RegionId=Hangzhou&InstanceId=i-test0001&NetworkInterfaceId=eni-test0001"),
        want: { code: "InvalidOperation.InvalidRegion", status: 400 },
      },
    ],
    [
      "NetworkCardIndex not an integer",
      { given: v1(`${OK_QUERY}&NetworkCardIndex=abc`), want: { code: "InvalidParameter", status: 400 } },
    ],
    [
      "PageSize above 1000",
      {
        given: acs3("RegionId=cn-hangzhou&PageSize=1001", "DescribeNetworkInterfaces"),
        want: { code: "InvalidParameter", status: 400 },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(failure(codec.decode(given))).toEqual(want);
  });
});
