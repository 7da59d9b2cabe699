/**
 * The doctor: before any case, is this environment one a run can give verdicts in? In order, and
 * per surface after the first: the target is reachable (name, connection, TLS, HTTP), answers in
 * the cloud's protocol, accepts the credentials (and if not, why), its clock agrees with ours, the
 * region is one the cloud knows, every fixture exists in that account and region in the state
 * its role needs, and the account's limited key (where the run has one) authenticates and is
 * refused an attach. Used by `eni-conformance doctor` and as the preflight of a run against a target:
 * a problem stops the run before its first case (exit 2), with this diagnosis in the report.
 */
import type { RunConfig } from "../config/run-config.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import { fixtureProblems } from "../suites-kit/fixture-check.ts";
import { createTarget, type Target } from "../suites-kit/target.ts";
import { checkLimitedKey } from "./limited-key.ts";
import { checkReach } from "./reach.ts";
import { checkAttachPermission, checkSignedRead } from "./signed-read.ts";
import type { Diagnosis, DoctorCheck } from "./types.ts";

const skipped = (surface: Surface, because: string): DoctorCheck => ({
  surface,
  check: "fixtures",
  status: "skipped",
  what: "the fixtures' state",
  result: `not checked: ${because}`,
});

/** The checks of one surface on an open target. */
async function checkSurface(target: Target, config: RunConfig, surface: Surface): Promise<DoctorCheck[]> {
  let fixtures: Awaited<ReturnType<Target["fixtures"]>>;
  try {
    fixtures = await target.fixtures(surface);
  } catch (error) {
    if (!isSuiteError(error)) throw error;
    fixtures = undefined;
    return [
      {
        surface,
        check: "fixtures",
        status: "problem",
        what: "the fixtures file",
        result: error.message,
        fix: "fix --fixtures FILE",
      },
    ];
  }
  if (!fixtures) {
    return [
      {
        surface,
        check: "fixtures",
        status: "problem",
        what: `fixtures of ${surface}`,
        result: "none given",
        fix: "pass --fixtures FILE with this surface's region and role ids (the shape of the simulator's GET /_sim/fixtures)",
      },
    ];
  }
  const checks = await checkSignedRead(target, surface, fixtures, config.credentials[surface]);
  if (checks.some((c) => c.status === "problem"))
    return [...checks, skipped(surface, "the signed read failed")];
  const what = `every ENI fixture of ${surface} in ${fixtures.region}, in the state its role needs`;
  try {
    const wrong = await fixtureProblems(target, surface, fixtures);
    if (wrong.size === 0) {
      const ok: DoctorCheck = { surface, check: "fixtures", status: "ok", what, result: "all in place" };
      const limited = () =>
        checkLimitedKey(target, surface, fixtures, config.limitedCredentials[surface], config.allowMutations);
      if (!config.allowMutations) return [...checks, ok, ...(await limited())];
      return [
        ...checks,
        ok,
        await checkAttachPermission(target, surface, fixtures, config.credentials[surface]),
        ...(await limited()),
      ];
    }
    return [
      ...checks,
      ...[...wrong.values()].map(
        (problem): DoctorCheck => ({
          surface,
          check: "fixtures",
          status: "problem",
          what,
          result: problem,
          fix: /not found/.test(problem)
            ? "are the fixtures from this account and region? list them again (or pass --region)"
            : "put the fixture where its role needs it, or name another id for the role",
        }),
      ),
    ];
  } catch (error) {
    if (!isSuiteError(error)) throw error;
    return [
      ...checks,
      {
        surface,
        check: "fixtures",
        status: "problem",
        what,
        result: error.message,
        fix:
          error.code === "ENIC_CREDENTIALS"
            ? "the read-back was refused: check the key's permissions to describe ENIs"
            : "check the target and try again",
      },
    ];
  }
}

/** The target as a report names it: `sim`, or the URL's origin (no path, no user or password). */
function shownTarget(target: string): string {
  try {
    return target === "sim" ? target : new URL(target).origin;
  } catch {
    return target;
  }
}

/**
 * Diagnose the environment `config` names (its target, credentials, region and fixtures). As a
 * run's preflight (`beforeRun`), a target with a control plane is first put back in its seed world,
 * as the run would do before its cases: a simulator left dirty by an earlier run is not a problem.
 */
export async function diagnose(config: RunConfig, options: { beforeRun?: boolean } = {}): Promise<Diagnosis> {
  const checks: DoctorCheck[] = [];
  const shown = shownTarget(config.target);
  if (config.target !== "sim") {
    const reach = await checkReach(config.target);
    checks.push(reach);
    if (reach.status === "problem") return { target: shown, ok: false, checks };
  }
  const target = await createTarget(config);
  try {
    if (options.beforeRun && target.hasControl) await target.control("POST", "/_sim/reset");
    for (const surface of config.surfaces) checks.push(...(await checkSurface(target, config, surface)));
  } finally {
    await target.close();
  }
  return { target: shown, ok: !checks.some((c) => c.status === "problem"), checks };
}

/** The diagnosis as text: one line per check (what, result, what to do), then the verdict. */
export function diagnosisText(d: Diagnosis): string {
  const mark = { ok: "ok     ", warning: "WARN   ", problem: "PROBLEM", skipped: "skipped" } as const;
  const lines = d.checks.map((c) => {
    const where = `${c.surface ?? "target"} ${c.check}`;
    return `${mark[c.status]} ${where}: ${c.what} — ${c.result}${c.fix ? ` — fix: ${c.fix}` : ""}`;
  });
  const verdict = d.ok
    ? `doctor: ${d.target} is ready for a run`
    : `doctor: ${d.target} is not ready: no case can give a verdict until the problems above are fixed`;
  return `${lines.join("\n")}\n${verdict}\n`;
}
