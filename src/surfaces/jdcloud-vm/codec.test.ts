import { describe, expect, it } from "vitest";
import { fixedClock } from "../../core/clock.ts";
import type { WireRequest } from "../../core/wire.ts";
import { capturedRequests, fixedNonce, verifyContext } from "../../testing/jdcloud-vm.ts";
import { codec } from "./codec.ts";
import { errors } from "./errors.ts";
import { signer } from "./signer.ts";

const REGION = "cn-north-1";
const INSTANCE = "i-eumm0001d6";
const ENI = "port-n2h70001se";
const base = `/v1/regions/${REGION}`;
const ATTACH = "attachNetworkInterface";

const post = (url: string, body: unknown, contentType = "application/json"): WireRequest => ({
  method: "POST",
  url,
  headers: { "content-type": contentType, host: "vm.jdcloud-api.com" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const get = (url: string): WireRequest => ({
  method: "GET",
  url,
  headers: { host: "vm.jdcloud-api.com" },
  body: "",
});
const attach = `${base}/instances/${INSTANCE}%3AattachNetworkInterface`;
const eni = { networkInterfaceId: ENI };

type Want =
  | { operation: string; params: Record<string, unknown> }
  | { code: string; status: number; operation?: string };
const attached = (extra: Record<string, unknown> = {}): Want => ({
  operation: ATTACH,
  params: { regionId: REGION, instanceId: INSTANCE, networkInterfaceId: ENI, ...extra },
});
const invalid = (operation?: string): Want => ({
  code: "INVALID_ARGUMENT",
  status: 400,
  ...(operation ? { operation } : {}),
});
const notFound: Want = { code: "NOT_FOUND", status: 404 };

const decodes: [string, { given: WireRequest; want: Want }][] = [
  ["attach, %3A as jdcloud-sdk-js sends it", { given: post(attach, eni), want: attached() }],
  [
    "attach, literal colon as the document writes it",
    { given: post(attach.replace("%3A", ":"), eni), want: attached() },
  ],
  ["attach, lower-case %3a", { given: post(attach.replace("%3A", "%3a"), eni), want: attached() }],
  [
    "attach with autoDelete",
    { given: post(attach, { ...eni, autoDelete: true }), want: attached({ autoDelete: true }) },
  ],
  [
    "attach, body repeats path parameters (the path wins, F-036)",
    { given: post(attach, { regionId: "cn-east-2", instanceId: "i-other00001", ...eni }), want: attached() },
  ],
  [
    "attach, JSON with charset",
    { given: post(attach, eni, "application/json; charset=UTF-8"), want: attached() },
  ],
  [
    "detach",
    {
      given: post(`${base}/instances/${INSTANCE}%3AdetachNetworkInterface`, eni),
      want: {
        operation: "detachNetworkInterface",
        params: { regionId: REGION, instanceId: INSTANCE, networkInterfaceId: ENI },
      },
    },
  ],
  [
    "describeNetworkInterface",
    {
      given: get(`${base}/networkInterfaces/${ENI}`),
      want: { operation: "describeNetworkInterface", params: { regionId: REGION, networkInterfaceId: ENI } },
    },
  ],
  [
    "describeInstance",
    {
      given: get(`${base}/instances/${INSTANCE}`),
      want: { operation: "describeInstance", params: { regionId: REGION, instanceId: INSTANCE } },
    },
  ],
  ["missing networkInterfaceId", { given: post(attach, {}), want: invalid(ATTACH) }],
  ["empty body", { given: post(attach, ""), want: invalid(ATTACH) }],
  [
    "autoDelete of the wrong type",
    { given: post(attach, { ...eni, autoDelete: "false" }), want: invalid(ATTACH) },
  ],
  ["unknown body parameter", { given: post(attach, { ...eni, force: true }), want: invalid(ATTACH) }],
  [
    "malformed networkInterfaceId",
    { given: post(attach, { networkInterfaceId: "eni-1" }), want: invalid(ATTACH) },
  ],
  [
    "malformed instanceId in the path",
    { given: get(`${base}/instances/i-x`), want: invalid("describeInstance") },
  ],
  [
    "malformed regionId in the path",
    { given: get(`/v1/regions/north/instances/${INSTANCE}`), want: invalid("describeInstance") },
  ],
  [
    "unknown query parameter",
    { given: get(`${base}/instances/${INSTANCE}?verbose=1`), want: invalid("describeInstance") },
  ],
  ["body that is not JSON", { given: post(attach, "{networkInterfaceId:"), want: invalid(ATTACH) }],
  ["body that is a JSON array", { given: post(attach, [eni]), want: invalid(ATTACH) }],
  [
    "body of the wrong content type",
    { given: post(attach, `networkInterfaceId=${ENI}`, "text/plain"), want: invalid(ATTACH) },
  ],
  ["bad percent-encoding in the path", { given: get(`${base}/instances/i-%zz`), want: invalid() }],
  [
    "bad percent-encoding in the query",
    { given: get(`${base}/instances/${INSTANCE}?a=%zz`), want: invalid("describeInstance") },
  ],
  [
    "unknown custom verb",
    { given: post(`${base}/instances/${INSTANCE}%3ArebootNetworkInterface`, eni), want: notFound },
  ],
  ["known verb with the wrong method", { given: get(attach), want: notFound }],
  [
    "known resource with the wrong method",
    { given: post(`${base}/instances/${INSTANCE}`, eni), want: notFound },
  ],
  ["unknown resource", { given: get(`${base}/disks/vol-1`), want: notFound }],
  ["extra path segment", { given: get(`${base}/instances/${INSTANCE}/nics`), want: notFound }],
];

describe("decode", () => {
  it.each(decodes)("%s", (_, { given, want }) => {
    const result = codec.decode(given);
    if ("params" in want) {
      const value = { surface: "jdcloud-vm", ...want, encoding: "rest-json", region: REGION };
      expect(result).toEqual({ ok: true, value });
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.error.code, errors.httpStatus(result.error.code, result.error.rowId)]).toEqual([
      want.code,
      want.status,
    ]);
    expect(result.operation).toBe(want.operation);
  });

  // The capture's ids (i-test0001, port-test0001) do not fit the spec's id patterns (F-038, F-039).
  it.each(capturedRequests)("captured %s is attachNetworkInterface with ids the spec refuses", (_, req) => {
    const result = codec.decode(req);
    expect(result).toMatchObject({ ok: false, operation: ATTACH, error: { code: "INVALID_ARGUMENT" } });
    if (!result.ok) expect(errors.httpStatus(result.error.code, result.error.rowId)).toBe(400);
  });

  it("reports the access key the Authorization header claims", () => {
    const [, req] = capturedRequests[0] as [string, WireRequest];
    const result = codec.decode({ ...req, url: attach, body: JSON.stringify(eni) });
    expect(result).toMatchObject({ ok: true, value: { accessKeyId: "AKIDtest", region: REGION } });
  });

  it.each([
    [`${base}/instances/${INSTANCE}`, true],
    ["/v1/regions/", true],
    ["/", false],
    ["/v2/index.php?Action=AttachNetworkInterface", false],
    ["/?Action=AttachNetworkInterface&Version=2014-05-26", false],
  ])("matches %s → %s", (url, want) => {
    expect(codec.matches(get(url))).toBe(want);
  });
});

const calls: [string, Record<string, unknown>][] = [
  [ATTACH, { regionId: REGION, instanceId: INSTANCE, networkInterfaceId: ENI, autoDelete: true }],
  ["detachNetworkInterface", { regionId: REGION, instanceId: INSTANCE, networkInterfaceId: ENI }],
  ["describeNetworkInterface", { regionId: REGION, networkInterfaceId: ENI }],
  ["describeInstance", { regionId: REGION, instanceId: INSTANCE }],
];

describe("encodeRequest + sign are accepted by verify and decode", () => {
  const at = "2026-11-21T23:55:14Z";
  const cases = calls.flatMap(([op, params]) =>
    signer.schemes.map((scheme): [string, string, Record<string, unknown>, string] => [
      `${op} ${scheme}`,
      op,
      params,
      scheme,
    ]),
  );
  it.each(cases)("%s", (_, op, params, scheme) => {
    const wire = codec.encodeRequest(op, params, { region: REGION, host: "127.0.0.1:8080" });
    const signed = signer.sign(wire, {
      credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
      clock: fixedClock(at),
      random: fixedNonce("6dbb798b-ead7-41a7-ac3f-a8055026f8e1"),
      region: REGION,
      scheme,
    });
    expect(signer.verify(signed, verifyContext(at, { AKIDtest: "testkey" }))).toEqual({
      ok: true,
      accessKeyId: "AKIDtest",
      scheme,
    });
    const value = {
      surface: "jdcloud-vm",
      operation: op,
      params,
      encoding: "rest-json",
      region: REGION,
      accessKeyId: "AKIDtest",
    };
    expect(codec.decode(signed)).toEqual({ ok: true, value });
  });

  it("puts attach on the wire as jdcloud-sdk-js does", () => {
    const wire = codec.encodeRequest(
      ATTACH,
      { instanceId: INSTANCE, ...eni },
      { region: REGION, host: "vm.jdcloud-api.com" },
    );
    expect(wire).toEqual({
      method: "POST",
      url: attach,
      headers: { accept: "application/json", "content-type": "application/json", host: "vm.jdcloud-api.com" },
      body: JSON.stringify(eni),
    });
  });

  it("puts extra GET parameters in the query, where decode refuses them", () => {
    const wire = codec.encodeRequest(
      "describeInstance",
      { instanceId: INSTANCE, verbose: "a b" },
      { region: REGION, host: "h" },
    );
    expect(wire.url).toBe(`${base}/instances/${INSTANCE}?verbose=a%20b`);
    expect(codec.decode(wire)).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENT" } });
  });

  it("refuses an unknown encoding with ENIC_CONFIG", () => {
    const options = { region: REGION, host: "h", encoding: "rpc" };
    expect(() => codec.encodeRequest("describeInstance", {}, options)).toThrow(
      expect.objectContaining({ code: "ENIC_CONFIG" }),
    );
  });
});
