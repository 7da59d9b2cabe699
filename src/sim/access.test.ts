/**
 * The environments a preflight meets, played by the simulator on every surface: a read-only account
 * (it authenticates and describes; its state changes are refused with the surface's `auth.forbidden`
 * row and change nothing), a region the world lacks (the surface's `region.unknown` row, only after
 * authentication), and policies set through the control plane. Real HTTP on 127.0.0.1, real
 * signatures (the project's client); the expected answers come from each surface's own error table
 * and codec, never spelled here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CallResult, createClient } from "../client/client.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import type { NeutralError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { FixtureIds } from "../surfaces/types.ts";
import { callControl } from "../testing/control-plane.ts";
import { type RunningSimulator, startSimulator } from "./server.ts";

const FULL = { accessKeyId: "AKIDtest", secret: "testkey" };
const READER = { accessKeyId: "AKIDreader", secret: "readerkey" };
let sim: RunningSimulator;

const control = (method: string, path: string, body?: unknown) => callControl(sim.url, method, path, body);

async function fixtures(surface: Surface, account: string): Promise<FixtureIds> {
  const { body } = await control("GET", `/_sim/fixtures?surface=${surface}&account=${account}`);
  return { region: body.region as string, roles: body.roles as Record<string, string> };
}

/** What a client reads when `surface` refuses `operation` as `kind`: through its error table and codec. */
function refusal(surface: Surface, kind: NeutralError, operation: string) {
  const m = surfaceModule(surface);
  const res = m.codec.encodeError(m.errors.error(kind, "expected"), "req-0001");
  const outcome = m.codec.decodeResponse(operation, res);
  if (outcome.kind !== "error") throw new Error(`${surface}: ${kind} does not decode as an error`);
  return { code: outcome.code, status: outcome.status };
}

function answer(r: CallResult) {
  if ("error" in r) return { code: r.error.code, status: r.error.status };
  return "data" in r ? "success" : `malformed: ${r.malformed}`;
}

beforeAll(async () => {
  sim = await startSimulator({ accounts: [FULL, { ...READER, allow: "read" }] });
});
afterAll(async () => sim.close());
beforeEach(async () => {
  for (const a of [FULL, READER]) await control("POST", `/_sim/reset?account=${a.accessKeyId}`);
  await control("PUT", "/_sim/progress", "immediate");
  await control("PUT", `/_sim/accounts/${FULL.accessKeyId}/policy`, { allow: "all" });
  await control("PUT", `/_sim/accounts/${READER.accessKeyId}/policy`, { allow: "read" });
});

describe.each(SURFACES)("%s", (surface) => {
  const m = surfaceModule(surface);
  const client = (credentials: typeof FULL, region: string) =>
    createClient({ surface, baseUrl: sim.url, credentials, region, retry: false });
  const describeEni = (f: FixtureIds, region = f.region) =>
    [m.readback.eni.operation, m.readback.eni.params(f.roles["eni.available"] as string, region)] as const;
  const attach = (f: FixtureIds, region = f.region) =>
    [
      m.stateCalls.attach,
      m.stateCalls.params(
        { ...f, region },
        f.roles["eni.available"] as string,
        f.roles["instance.running"] as string,
      ),
    ] as const;

  it("a read-only account describes, and its attach is refused with the permission row, changing nothing", async () => {
    const f = await fixtures(surface, READER.accessKeyId);
    const reader = client(READER, f.region);
    const before = await reader.callRaw(...describeEni(f));
    expect(answer(before)).toBe("success");
    expect(answer(await reader.callRaw(...attach(f)))).toEqual(
      refusal(surface, "auth.forbidden", m.stateCalls.attach),
    );
    const after = await reader.callRaw(...describeEni(f));
    expect(m.readback.eni.view(after)).toEqual(m.readback.eni.view(before));
    // The same call by an account that may change state is accepted: the policy refused it.
    const full = await fixtures(surface, FULL.accessKeyId);
    expect(answer(await client(FULL, full.region).callRaw(...attach(full)))).toBe("success");
  });

  it("a region the world lacks is refused with the region row, but only once the request authenticates", async () => {
    const f = await fixtures(surface, FULL.accessKeyId);
    const unknown = f.roles["region.unknown"] as string;
    const [op] = describeEni(f);
    const refusedRegion = refusal(surface, "region.unknown", op);
    expect(answer(await client(FULL, unknown).callRaw(...describeEni(f, unknown)))).toEqual(refusedRegion);
    expect(answer(await client(FULL, unknown).callRaw(...attach(f, unknown)))).toEqual(
      refusal(surface, "region.unknown", m.stateCalls.attach),
    );
    const wrongSecret = { ...FULL, secret: "not-the-secret" };
    expect(answer(await client(wrongSecret, unknown).callRaw(...describeEni(f, unknown)))).toEqual(
      refusal(surface, "auth.bad-signature", op),
    );
    const unknownKey = { accessKeyId: "AKIDnobody", secret: "whatever" };
    expect(answer(await client(unknownKey, unknown).callRaw(...describeEni(f, unknown)))).toEqual(
      refusal(surface, "auth.unknown-key", op),
    );
    // A read-only account may describe, so its describe meets the region check too.
    const r = await fixtures(surface, READER.accessKeyId);
    expect(answer(await client(READER, unknown).callRaw(...describeEni(r, unknown)))).toEqual(refusedRegion);
  });

  it("the control plane sets a policy: a list of operations, then all again", async () => {
    const f = await fixtures(surface, FULL.accessKeyId);
    const full = client(FULL, f.region);
    const policy = `/_sim/accounts/${FULL.accessKeyId}/policy`;
    expect(await control("PUT", policy, { allow: [m.readback.eni.operation] })).toEqual({
      status: 200,
      body: { accessKeyId: FULL.accessKeyId, allow: [m.readback.eni.operation] },
    });
    expect(answer(await full.callRaw(...describeEni(f)))).toBe("success");
    expect(answer(await full.callRaw(...attach(f)))).toEqual(
      refusal(surface, "auth.forbidden", m.stateCalls.attach),
    );
    await control("PUT", policy, { allow: "all" });
    expect(answer(await full.callRaw(...attach(f)))).toBe("success");
  });
});

describe("control plane: account policies", () => {
  it("lists the accounts and their policies, never their secrets", async () => {
    const { status, body } = await control("GET", "/_sim/accounts");
    expect(status).toBe(200);
    expect(body).toEqual({
      accounts: [
        { accessKeyId: FULL.accessKeyId, allow: "all" },
        { accessKeyId: READER.accessKeyId, allow: "read" },
      ],
    });
    expect(JSON.stringify(body)).not.toContain(READER.secret);
  });

  it.each([
    ["an unknown policy word", { allow: "write" }, 400],
    ["an operation no surface has", { allow: ["DeleteEverything"] }, 400],
    ["no allow at all", {}, 400],
  ])("refuses %s", async (_name, body, want) => {
    const res = await control("PUT", `/_sim/accounts/${READER.accessKeyId}/policy`, body);
    expect(res.status).toBe(want);
    expect((await control("GET", "/_sim/accounts")).body.accounts).toContainEqual({
      accessKeyId: READER.accessKeyId,
      allow: "read",
    });
  });

  it("answers 404 for an account it does not have", async () => {
    expect((await control("PUT", "/_sim/accounts/AKIDnobody/policy", { allow: "read" })).status).toBe(404);
  });
});
