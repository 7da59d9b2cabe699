/**
 * The simulator is faithful to the rule catalogue: for every surface, every case of every rule that
 * needs no request mutation is played against the simulator on 127.0.0.1 with the real signed
 * client, on a fresh seed world, and must end as the catalogue says — success, or an error whose
 * code is one of the case's error rows (any error where the document gives no code).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../client/client.ts";
import { buildCatalogue } from "../contracts/catalogue-build.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { controlOk } from "../testing/control-plane.ts";
import { type RunningSimulator, startSimulator } from "./server.ts";

const catalogue = buildCatalogue();
const credentials = { accessKeyId: "AKIDtest", secret: "testkey" };
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ progress: { kind: "immediate" } });
});
afterAll(async () => {
  await sim.close();
});

const control = (method: "GET" | "POST" | "PUT", path: string, body?: unknown) =>
  controlOk(sim.url, method, path, body);

function casesOf(surface: Surface) {
  return catalogue.rules.flatMap((rule) =>
    (rule.surfaces[surface]?.cases ?? [])
      .filter((c) => c.mutate === undefined)
      .map(
        (c, i) => [`${rule.id} #${i + 1}: ${c.operation}(${Object.values(c.given).join(", ")})`, c] as const,
      ),
  );
}

describe.each(SURFACES)("simulator on %s", (surface) => {
  it.each(casesOf(surface))("%s", async (_name, c) => {
    await control("POST", "/_sim/reset");
    const fixtures = (await control("GET", `/_sim/fixtures?surface=${surface}`)) as {
      roles: Record<string, string>;
    };
    const params: Record<string, unknown> = {};
    for (const [param, role] of Object.entries(c.given)) {
      const id = fixtures.roles[role];
      if (id === undefined) throw new Error(`the simulator has no fixture for role ${role}`);
      params[param] = id;
    }
    const client = createClient({ surface, baseUrl: sim.url, credentials, retry: false });
    const result = await client.callRaw(c.operation, params);
    if (c.expect === "success") {
      expect(result, JSON.stringify("error" in result ? result.error : result)).toHaveProperty("data");
      return;
    }
    expect(result, "expected an error").toHaveProperty("error");
    if (!("error" in result)) return;
    const codes = (c.errorRows ?? []).map((id) => catalogue.errorRows.find((r) => r.id === id)?.code);
    if (codes.length > 0) expect(codes).toContain(result.error.code);
  });
});
