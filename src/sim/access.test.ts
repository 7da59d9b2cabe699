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
/** A read-only second key of FULL's account (a RAM user, CAM sub-account or IAM sub-user). */
const SUBKEY = { accessKeyId: "AKIDtestlimited", secret: "sub-secret" };
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
  sim = await startSimulator({
    accounts: [FULL, { ...READER, allow: "read" }, { ...SUBKEY, allow: "read", owner: FULL.accessKeyId }],
  });
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

  it("a second key of an account acts on the account's world under its own policy", async () => {
    const f = await fixtures(surface, FULL.accessKeyId);
    // The account's fixtures are the second key's: it describes the account's ENI.
    expect(await fixtures(surface, SUBKEY.accessKeyId)).toEqual(f);
    const sub = client(SUBKEY, f.region);
    const before = await sub.callRaw(...describeEni(f));
    expect(answer(before)).toBe("success");
    expect(answer(await sub.callRaw(...attach(f)))).toEqual(
      refusal(surface, "auth.forbidden", m.stateCalls.attach),
    );
    expect(m.readback.eni.view(await sub.callRaw(...describeEni(f)))).toEqual(m.readback.eni.view(before));
    // What the account changes, its second key sees; a reset through the key resets the account.
    expect(answer(await client(FULL, f.region).callRaw(...attach(f)))).toBe("success");
    expect(m.readback.eni.view(await sub.callRaw(...describeEni(f)))).not.toEqual(
      m.readback.eni.view(before),
    );
    await control("POST", `/_sim/reset?account=${SUBKEY.accessKeyId}`);
    expect(m.readback.eni.view(await client(FULL, f.region).callRaw(...describeEni(f)))).toEqual(
      m.readback.eni.view(before),
    );
    // The account's request log holds its second key's requests.
    const { body } = await control("GET", `/_sim/requests?account=${FULL.accessKeyId}`);
    expect((body.requests as { account?: string }[]).some((r) => r.account === SUBKEY.accessKeyId)).toBe(
      true,
    );
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
        { accessKeyId: SUBKEY.accessKeyId, allow: "read", owner: FULL.accessKeyId },
      ],
    });
    expect(JSON.stringify(body)).not.toContain(READER.secret);
    expect(JSON.stringify(body)).not.toContain(SUBKEY.secret);
  });

  it("refuses a second key whose owner it does not have", async () => {
    await expect(startSimulator({ accounts: [FULL, { ...SUBKEY, owner: "AKIDnobody" }] })).rejects.toThrow(
      /owner AKIDnobody is not an account/,
    );
  });

  it("starts with the default account and its limited key when given none", async () => {
    const plain = await startSimulator();
    try {
      const { body } = await callControl(plain.url, "GET", "/_sim/accounts");
      expect(body.accounts).toEqual([
        { accessKeyId: "AKIDtest", allow: "all" },
        { accessKeyId: "AKIDtestlimited", allow: "read", owner: "AKIDtest" },
      ]);
    } finally {
      await plain.close();
    }
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
