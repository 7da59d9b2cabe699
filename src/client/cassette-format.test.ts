/**
 * The cassette's format on its own: the header a playback refuses (not a cassette, not JSON, another
 * version or tool), key ids masked, and the shape a played-back request is matched by — its method,
 * path and action (or a control call's query), never its signature, time or nonce.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WireRequest } from "../core/wire.ts";
import { Cassette, type CassetteHeader, maskKeyId, readCassetteHeader, shapeOf } from "./cassette.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "enic-cassette-format-"));

const HEADER: Omit<CassetteHeader, "version" | "tool"> = {
  target: { kind: "http", origin: "http://127.0.0.1:1", hasControl: false, allowMutations: true },
  run: { seed: 1, runs: 1, surfaces: ["aliyun-ecs"] },
  fixtures: {},
  keys: {},
};

describe("the cassette's header and shapes", () => {
  it.each([
    ["no cassette.json", undefined, /is not a cassette \(no cassette\.json\)/],
    ["invalid JSON", "{ nope", /is not valid JSON/],
    ["another version", JSON.stringify({ ...HEADER, version: 99, tool: "eni-conformance" }), /of version 1$/],
    ["another tool", JSON.stringify({ ...HEADER, version: 1, tool: "vcr" }), /of version 1$/],
    [
      "no origin",
      JSON.stringify({ ...HEADER, version: 1, tool: "eni-conformance", target: {} }),
      /of version 1$/,
    ],
  ])("refuses a directory with %s (ENIC_CONFIG)", (_name, text, message) => {
    const dir = tmp();
    if (text !== undefined) writeFileSync(join(dir, "cassette.json"), text);
    expect(() => readCassetteHeader(dir)).toThrow(expect.objectContaining({ code: "ENIC_CONFIG" }));
    expect(() => Cassette.playback(dir)).toThrow(message);
  });

  it.each([
    ["AKIDlongkeyid", "AKID…"],
    ["LTAI", "[REDACTED]"],
    ["", "[REDACTED]"],
  ])("masks the key id %j as %j", (id, masked) => {
    expect(maskKeyId(id)).toBe(masked);
  });

  const req = (r: Partial<WireRequest>): WireRequest => ({
    method: "POST",
    url: "/",
    headers: {},
    body: "",
    ...r,
  });
  it.each([
    [
      "a Tencent action header",
      "vendor",
      req({ headers: { "x-tc-action": "AttachNetworkInterface" } }),
      "vendor POST / AttachNetworkInterface",
    ],
    [
      "an Aliyun action header",
      "vendor",
      req({ headers: { "x-acs-action": "DetachNetworkInterface" } }),
      "vendor POST / DetachNetworkInterface",
    ],
    [
      "an action in the query",
      "vendor",
      req({ method: "GET", url: "/v2/index.php?Action=DescribeNetworkInterfaces&Nonce=1" }),
      "vendor GET /v2/index.php DescribeNetworkInterfaces",
    ],
    [
      "an action in the form body",
      "vendor",
      req({ body: "Nonce=2&Action=AttachNetworkInterface" }),
      "vendor POST / AttachNetworkInterface",
    ],
    [
      "JD's path (its action)",
      "vendor",
      req({ url: "/v1/regions/cn-north-1/instances/i-1:attachNetworkInterface" }),
      "vendor POST /v1/regions/cn-north-1/instances/i-1:attachNetworkInterface ",
    ],
    [
      "a control call (its query counts)",
      "control",
      req({ method: "GET", url: "/_sim/fixtures?surface=jdcloud-vm" }),
      "control GET /_sim/fixtures surface=jdcloud-vm",
    ],
  ] as const)("shapes a request by %s, never by its signature, time or nonce", (_name, kind, r, want) => {
    expect(shapeOf(kind, r)).toBe(want);
    const resigned = {
      ...r,
      headers: { ...r.headers, authorization: "ACS3-HMAC-SHA256 other", "x-acs-signature-nonce": "n2" },
    };
    expect(shapeOf(kind, resigned)).toBe(want);
  });
});
