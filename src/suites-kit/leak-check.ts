/**
 * The final leak check of a run against a real target: every ENI fixture is described and compared
 * with where its role says it must be (the preflight's expectation); what is elsewhere is put back
 * when restoring is allowed, and whatever is still out of place is reported — the run then exits
 * non-zero, naming it. On a target with a control plane the seed world is simply restored.
 */
import type { Surface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import { ENI_EXPECTATIONS } from "./fixture-check.ts";
import { restoreEni, settled } from "./restore.ts";
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
  // Every fixture is read until settled, one at a time per surface (as gently as the cases read;
  // surfaces have rates of their own, so they are read side by side); then what is out of place
  // is put back one by one.
  const found = await Promise.all(
    surfaces.map(async (surface) => {
      const fixtures = await target.fixtures(surface);
      if (!fixtures) return [];
      const client = target.client(surface, fixtures.region);
      const views = [];
      for (const [role, on] of Object.entries(ENI_EXPECTATIONS)) {
        const id = fixtures.roles[role];
        if (id === undefined || on === null) continue;
        const wanted = on === undefined ? undefined : fixtures.roles[on];
        // Read until settled: a change a case left in flight must land before it is compared.
        const view = await settled(target, client, surface, fixtures.region, id);
        views.push({ surface, role, id, wanted, fixtures, client, view });
      }
      return views;
    }),
  );
  for (const { surface, role, id, wanted, fixtures, client, view } of found.flat()) {
    if (!view.found || view.instanceId === wanted) continue;
    const where = `${surface} ${role} ${id} is ${view.instanceId ? `on ${view.instanceId}` : "detached"}, expected ${wanted ? `on ${wanted}` : "detached"}`;
    if (!options.restore || options.isCancelled?.()) {
      report.dirty.push(where);
      continue;
    }
    try {
      await restoreEni(target, client, fixtures, id, wanted);
      report.restored.push(where);
    } catch (error) {
      report.dirty.push(`${where} (restoring failed: ${(error as Error).message})`);
    }
  }
  return report;
}

/**
 * The leak check at the end of a run against a real target: one rate window of quiet first (the
 * cases paced their calls elsewhere, so the two never add up past an operation's rate), then
 * `leakCheck`, given two more tries a little apart when the target keeps failing; a check that
 * cannot run at all is reported as a dirty entry saying so, never as clean. `log` receives the
 * progress lines.
 */
export async function finalLeakCheck(
  target: Target,
  surfaces: readonly Surface[],
  options: { isCancelled: () => boolean; log: (line: string) => void },
): Promise<LeakReport> {
  try {
    await target.sleep(1000);
    for (let attempt = 1; ; attempt++) {
      try {
        return await leakCheck(target, surfaces, {
          restore: !options.isCancelled(),
          isCancelled: options.isCancelled,
        });
      } catch (error) {
        if (!isSuiteError(error) || attempt >= 3 || options.isCancelled()) throw error;
        options.log(`leak check: ${error.message}; trying again`);
        await target.sleep(2000 * attempt);
      }
    }
  } catch (error) {
    return { restored: [], dirty: [`the leak check could not run: ${(error as Error).message}`] };
  }
}
