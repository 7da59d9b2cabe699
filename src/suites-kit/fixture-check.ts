/**
 * Are the fixtures where their roles need them: every ENI fixture is described with the surface's
 * read-back and compared with where its role says it is (detached, or on another role's instance);
 * the id that must not exist (`eni.missing`) must not be found. Used by the run's preflight before
 * each surface's cases, by the doctor, and (the expectations) by the leak check at the end.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { READERS } from "./readback.ts";
import type { Fixtures, Target } from "./target.ts";

/** Where each ENI role must be, relative to the other roles (undefined: detached; null: unknown). */
export const ENI_EXPECTATIONS: Record<string, string | undefined | null> = {
  "eni.available": undefined,
  "eni.no-security-group": undefined,
  "eni.eip-other-zone": undefined,
  "eni.eip-all-zones": undefined,
  "eni.attached": "instance.holder",
  "eni.primary": "instance.running",
};

/**
 * Role → what is wrong with its fixture (empty when every fixture is right). A read-back the target
 * refuses (credentials, permission) or cannot answer throws a SuiteError naming it: that is never
 * "not found".
 */
export async function fixtureProblems(
  target: Target,
  surface: Surface,
  fixtures: Fixtures,
): Promise<Map<string, string>> {
  const wrong = new Map<string, string>();
  const client = target.client(surface, fixtures.region);
  for (const [role, on] of Object.entries(ENI_EXPECTATIONS)) {
    const id = fixtures.roles[role];
    if (id === undefined) continue;
    const view = await READERS[surface].eni(client, fixtures.region, id);
    const wanted = on === undefined ? undefined : on === null ? null : fixtures.roles[on];
    if (!view.found) wrong.set(role, `fixture ${role} (${id}) was not found on the target`);
    else if (wanted !== null && view.instanceId !== wanted) {
      wrong.set(
        role,
        `fixture ${role} (${id}) is ${view.instanceId ? `attached to ${view.instanceId}` : "detached"}, not ${wanted ? `attached to ${wanted}` : "detached"}`,
      );
    }
  }
  const missing = fixtures.roles["eni.missing"];
  if (missing && (await READERS[surface].eni(client, fixtures.region, missing)).found) {
    wrong.set("eni.missing", `fixture eni.missing (${missing}) exists on the target`);
  }
  return wrong;
}
