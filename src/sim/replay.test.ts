/**
 * The simulator in-process (fetch-shaped) and with a fixed clock: a request signed long ago — a
 * captured official-SDK request — verifies once `PUT /_sim/clock` moves the simulator to its time,
 * and is refused as expired on the real clock.
 */
import { describe, expect, it } from "vitest";
import { cryptoRandom, systemClock } from "../core/clock.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { firstRequest } from "../testing/tencent-v3.ts";
import { createSimulator } from "./simulator.ts";

describe("the simulator in-process", () => {
  it("serves fetch Requests without a socket, with real signatures", async () => {
    const sim = createSimulator();
    const fixtures = (await (
      await sim.fetch(new Request("http://sim.local/_sim/fixtures?surface=tencent-v3"))
    ).json()) as {
      roles: Record<string, string>;
    };
    const m = surfaceModule("tencent-v3");
    const wire = m.codec.encodeRequest(
      "AttachNetworkInterface",
      { NetworkInterfaceId: fixtures.roles["eni.available"], InstanceId: fixtures.roles["instance.running"] },
      { region: "ap-guangzhou", host: "sim.local" },
    );
    const signed = m.signer.sign(wire, {
      credentials: { accessKeyId: "AKIDtest", secret: "testkey" },
      clock: systemClock,
      random: cryptoRandom,
      region: "ap-guangzhou",
    });
    const res = await sim.fetch(
      new Request(`http://sim.local${signed.url}`, {
        method: signed.method,
        headers: signed.headers,
        body: signed.body,
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { Response: Record<string, unknown> };
    expect(body.Response.Error).toBeUndefined();
    expect(body.Response.RequestId).toEqual(expect.any(String));
  });

  it("verifies a captured official-SDK request at its capture time, and refuses it as expired on the real clock", async () => {
    const sim = createSimulator();
    const captured = firstRequest("success");
    const send = async () => {
      const res = await sim.handleWire({
        method: captured.method,
        url: captured.url,
        headers: { ...captured.headers },
        body: captured.body,
      });
      if (res === "drop") throw new Error("dropped");
      return JSON.parse(res.body) as { Response: { Error?: { Code: string } } };
    };
    expect((await send()).Response.Error?.Code).toBe("AuthFailure.SignatureExpire");
    const clock = await sim.handleWire({
      method: "PUT",
      url: "/_sim/clock",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ now: captured.receivedAt }),
    });
    expect(clock).toMatchObject({ status: 200 });
    // Signature and time now check out; the captured ids name nothing in the seed world.
    expect((await send()).Response.Error?.Code).toBe("ResourceNotFound");
  });
});
