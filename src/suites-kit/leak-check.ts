/**
 * The final leak check of a run against a real target: every ENI fixture is described and compared
 * with where its role says it must be (the preflight's expectation); what is elsewhere is put back
 * when restoring is allowed, and whatever is still out of place is reported — the run then exits
 * non-zero, naming it. On a target with a control plane the seed world is simply restored.
 */
import { createClient } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { READERS } from "./readback.ts";
import { restoreEni } from "./restore.ts";
import { ENI_EXPECTATIONS } from "./runner.ts";
import { realTargetDiscipline } from "./send.ts";
import type { Target } from "./target.ts";

/** What the leak check found. */
export interface LeakReport {
  /** Fixtures put back by the check. */
  restored: string[];
  /** Fixtures still out of place (each as a sentence naming the role, the id and where it is). */
  dirty: string[];
}

/** Check (and, with `restore`, repair) every ENI fixture of `surfaces` on `target`. */
export async function leakCheck(
  target: Target,
  surfaces: readonly Surface[],
  options: { restore: boolean; isCancelled?: () => boolean },
): Promise<LeakReport> {
  const report: LeakReport = { restored: [], dirty: [] };
  if (target.hasControl) {
    if (options.restore) await target.control("POST", "/_sim/reset");
    return report;
  }
  for (const surface of surfaces) {
    const fixtures = await target.fixtures(surface);
    if (!fixtures) continue;
    const client = createClient({
      surface,
      baseUrl: target.baseUrl,
      credentials: target.credentials(surface),
      region: fixtures.region,
      ...realTargetDiscipline(surface),
    });
    for (const [role, on] of Object.entries(ENI_EXPECTATIONS)) {
      const id = fixtures.roles[role];
      if (id === undefined || on === null) continue;
      const wanted = on === undefined ? undefined : fixtures.roles[on];
      const view = await READERS[surface].eni(client, fixtures.region, id);
      if (!view.found || view.instanceId === wanted) continue;
      const where = `${surface} ${role} ${id} is ${view.instanceId ? `on ${view.instanceId}` : "detached"}, expected ${wanted ? `on ${wanted}` : "detached"}`;
      if (!options.restore || options.isCancelled?.()) {
        report.dirty.push(where);
        continue;
      }
      try {
        await restoreEni(client, surface, fixtures, id, wanted);
        report.restored.push(where);
      } catch (error) {
        report.dirty.push(`${where} (restoring failed: ${(error as Error).message})`);
      }
    }
  }
  return report;
}
