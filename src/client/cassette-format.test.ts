/**
 * The cassette's format on its own: the header a playback refuses (not a cassette, not JSON, another
 * version or tool), key ids masked, and the shape a played-back request is matched by — its method,
 * path and action (or a control call's query), never its signature, time or nonce.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Surface } from "../contracts/surfaces.ts";
import { cryptoRandom, fixedClock } from "../core/clock.ts";
import type { WireRequest } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
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

  /** A request of `surface` as its client puts it on the wire, signed with a fresh nonce and time. */
  const signed = (surface: Surface, operation: string, params: Record<string, unknown>, now: number) => {
    const m = surfaceModule(surface);
    const wire = m.codec.encodeRequest(operation, params, { region: m.defaults.region, host: "127.0.0.1:9" });
    return m.signer.sign(wire, {
      credentials: { accessKeyId: "AKIDshape", secret: "shape-secret" },
      clock: fixedClock(new Date(now).toISOString()),
      random: cryptoRandom,
      region: m.defaults.region,
    });
  };
  it.each([
    [
      "tencent-v3",
      "AttachNetworkInterface",
      { NetworkInterfaceId: "eni-1", InstanceId: "ins-1" },
      "vendor POST / AttachNetworkInterface",
    ],
    [
      "aliyun-ecs",
      "DetachNetworkInterface",
      { RegionId: "cn-hangzhou", NetworkInterfaceId: "eni-1", InstanceId: "i-1" },
      "vendor POST / DetachNetworkInterface",
    ],
    [
      "tencent-v2",
      "DescribeNetworkInterfaces",
      { networkInterfaceId: "eni-1" },
      "vendor GET /v2/index.php DescribeNetworkInterfaces",
    ],
    [
      "jdcloud-vm",
      "attachNetworkInterface",
      { regionId: "cn-north-1", instanceId: "i-1", networkInterfaceId: "port-1" },
      "vendor POST /v1/regions/cn-north-1/instances/i-1%3AattachNetworkInterface attachNetworkInterface",
    ],
  ] as const)(
    "shapes a %s %s by its method, path and the action its surface reads, never by signature, time or nonce",
    (surface, operation, params, want) => {
      const first = signed(surface, operation, params, Date.UTC(2026, 0, 1));
      const later = signed(surface, operation, params, Date.UTC(2026, 0, 1, 0, 5));
      expect(shapeOf("vendor", first)).toBe(want);
      expect(shapeOf("vendor", later)).toBe(want);
      expect(later).not.toEqual(first);
    },
  );

  it("shapes a control call by its query, and a request no surface reads with no action", () => {
    const control: WireRequest = {
      method: "GET",
      url: "/_sim/fixtures?surface=jdcloud-vm",
      headers: {},
      body: "",
    };
    expect(shapeOf("control", control)).toBe("control GET /_sim/fixtures surface=jdcloud-vm");
    expect(shapeOf("vendor", { method: "GET", url: "/favicon.ico", headers: {}, body: "" })).toBe(
      "vendor GET /favicon.ico ",
    );
  });
});
