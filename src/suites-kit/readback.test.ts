/**
 * Read-backs against a simulator on 127.0.0.1 with the real signed client, on every surface: an
 * ENI fixture reads as found and where it is; an id that does not exist reads as not found; an
 * authentication refusal (a wrong secret) and a permission refusal (a key whose policy does not
 * allow the describe) are harness errors that say which — never "not found".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import { type RunningSimulator, startSimulator } from "../sim/server.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { callControl } from "../testing/control-plane.ts";
import { READERS } from "./readback.ts";

const FULL = { accessKeyId: "AKIDreadback", secret: "readback-Secret-01" };
/** May call only the attach: its describe is refused for lack of permission. */
const BLIND = { accessKeyId: "AKIDblind", secret: "blind-Secret-02" };
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({
    accounts: [FULL, { ...BLIND, allow: SURFACES.map((s) => surfaceModule(s).stateCalls.attach) }],
  });
});
afterAll(() => sim.close());

async function roles(surface: Surface, account: string) {
  return (await callControl(sim.url, "GET", `/_sim/fixtures?surface=${surface}&account=${account}`)).body as {
    region: string;
    roles: Record<string, string>;
  };
}

const client = (surface: Surface, region: string, credentials: { accessKeyId: string; secret: string }) =>
  createClient({ surface, baseUrl: sim.url, credentials, region, retry: false, rateLimit: 1_000_000 });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "no refusal",
    (e: unknown) => (isSuiteError(e) ? `${e.code}: ${e.message}` : String(e)),
  );

describe.each(SURFACES)("read-back on %s", (surface) => {
  it("reads a fixture as found and an id that does not exist as not found", async () => {
    const f = await roles(surface, FULL.accessKeyId);
    const c = client(surface, f.region, FULL);
    const attached = await READERS[surface].eni(c, f.region, String(f.roles["eni.attached"]));
    expect(attached).toMatchObject({ found: true, instanceId: f.roles["instance.holder"] });
    expect((await READERS[surface].eni(c, f.region, String(f.roles["eni.missing"]))).found).toBe(false);
  });

  it("tells a wrong secret and a denied permission apart from 'not found'", async () => {
    const f = await roles(surface, FULL.accessKeyId);
    const id = String(f.roles["eni.available"]);
    const wrong = await refusal(
      READERS[surface].eni(client(surface, f.region, { ...FULL, secret: "x" }), f.region, id),
    );
    expect(wrong).toMatch(/^ENIC_CREDENTIALS: the target refused the read-back's credentials/);
    const b = await roles(surface, BLIND.accessKeyId);
    const denied = await refusal(
      READERS[surface].eni(client(surface, b.region, BLIND), b.region, String(b.roles["eni.available"])),
    );
    // JD Cloud answers an unknown key and a denied permission with one code: either message names credentials.
    expect(denied).toMatch(
      /^ENIC_CREDENTIALS: (access denied: .*lack of permission|the target refused the read-back's credentials)/,
    );
  });
});
