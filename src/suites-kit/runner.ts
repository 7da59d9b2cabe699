/**
 * Running a case as a property: fast-check draws the optional parameters (from the request's JSON
 * Schema) and the random inputs, each run starts from a fresh seed world (or, against a target
 * without a control plane, from the fixtures as they are), and a failing run is shrunk and then
 * re-run once before it is reported — a counterexample that does not fail again is an `errored`
 * (not reproducible) case, never a `failed` one.
 */
import fc from "fast-check";
import type { Finding } from "../checks/types.ts";
import type { RunConfig } from "../config/run-config.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { citeText } from "../contracts/rules-doc.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import type { Attempt } from "../core/exchange.ts";
import { controlPlaneReason, limitedKeyReason } from "../mutations/registry.ts";
import { changesState } from "../surfaces/registry.ts";
import { arbitraryFor } from "./arbitraries.ts";
import type { SuiteCase } from "./cases.ts";
import { type Consistency, summariseConsistency, type Timing } from "./consistency.ts";
import { executeOnce, type RunInput } from "./execute.ts";
import { fixtureProblems } from "./fixture-check.ts";
import type { Target } from "./target.ts";

/** What became of a case. */
export interface CaseResult {
  id: string;
  surface: string;
  operation: string;
  rule: string;
  /** Where the rule comes from: document file and section (or the companion page). */
  citation: string;
  status: "passed" | "failed" | "skipped" | "errored";
  findings: Finding[];
  reason?: string;
  seed: number;
  path?: string;
  runs: number;
  replay: string;
  durationMs: number;
  /** The last exchange of a failed case (redacted). */
  exchange?: Attempt;
  /** Retries of transient answers over all runs of the case (real targets only). */
  retries?: number;
  /** Time to consistency of the case's accepted state changes (src/suites-kit/consistency.ts). */
  consistency?: Consistency;
  /** The accepted error rows the target's answers were, over every run (sorted; src/checks/rows.ts). */
  answeredRows?: string[];
}

/** How a case runs: the run configuration's part about it, plus what only the callers decide. */
export type CaseSettings = Pick<RunConfig, "runs" | "seed"> &
  Partial<Pick<RunConfig, "path">> & {
    /** Extra words for the replay command (target, fixtures ...). */
    replayArgs?: string;
    /** Shrink a failing input before reporting it (default true). */
    shrink?: boolean;
  };

/** Valid optional parameters (not given by roles; no ClientToken: idempotency is tested on purpose). */
function extrasArbitrary(c: SuiteCase): fc.Arbitrary<Record<string, unknown>> {
  const root = readJson(schemaFile(c.surface, c.ruleCase.operation, "request")) as Record<string, unknown>;
  const ref = String(root.$ref ?? "").replace("#/$defs/", "");
  const schema = ((root.$defs as Record<string, Record<string, unknown>> | undefined)?.[ref] ??
    root) as Record<string, unknown>;
  const props = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set((schema.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(props)) {
    if (required.has(name) || name in c.ruleCase.given || name in (c.ruleCase.with ?? {})) continue;
    if (name === "ClientToken" || sub === false) continue;
    if (!/^(AttachType|autoDelete)$/.test(name)) continue; // optional params whose valid values never change the outcome
    model[name] = arbitraryFor(sub as Record<string, unknown>, root);
  }
  return fc.record(model, { requiredKeys: [] });
}

/** The characters of a client token (what `fc.stringMatching(/^[A-Za-z0-9-]{16,40}$/)` draws from). */
const TOKEN_CHARS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"];

function inputArbitrary(c: SuiteCase): fc.Arbitrary<RunInput> {
  return fc.record({
    extras: extrasArbitrary(c),
    // A plain string of token characters: stringMatching costs about 1.4 ms to set up per case
    // (0.2 s of a default run; docs/benchmarks.md).
    token: fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 16, maxLength: 40 }),
    pick: fc.nat({ max: 16 }),
  });
}

const preflights = new WeakMap<Target, Map<string, Promise<Map<string, string>>>>();

/**
 * The preflight: describe every ENI fixture once per target and surface (from the seed world, on a
 * target with a control plane) and check that it is in the state its role needs. Returns role →
 * what is wrong (empty when every fixture is right).
 */
function preflight(target: Target, surface: Surface): Promise<Map<string, string>> {
  const perTarget = preflights.get(target) ?? new Map<string, Promise<Map<string, string>>>();
  preflights.set(target, perTarget);
  let result = perTarget.get(surface);
  if (!result) {
    result = (async () => {
      // With a control plane every run starts from the seed world: check that world.
      if (target.hasControl) await target.control("POST", "/_sim/reset");
      const fixtures = await target.fixtures(surface);
      return fixtures ? fixtureProblems(target, surface, fixtures) : new Map<string, string>();
    })();
    perTarget.set(surface, result);
  }
  return result;
}

/** Why a case cannot run on this target, if it cannot. */
async function skipReason(target: Target, c: SuiteCase): Promise<string | undefined> {
  if (changesState(c.surface, c.ruleCase.operation) && !target.allowMutations) {
    return "changes state on the target: pass --allow-mutations to run it";
  }
  const fixtures = await target.fixtures(c.surface);
  if (!fixtures) return `no fixtures for ${c.surface}: pass --fixtures FILE`;
  for (const role of Object.values(c.ruleCase.given)) {
    if (fixtures.roles[role] === undefined) return `fixture missing: ${role}`;
  }
  // The preflight's reads go on their own tape: replaying one case needs them too.
  target.tape(`preflight-${c.surface}`);
  const wrong = await preflight(target, c.surface);
  target.tape(c.id);
  for (const role of Object.values(c.ruleCase.given)) {
    const problem = wrong.get(role);
    if (problem) return `preflight: ${problem}`;
  }
  // The mutation registry says which perturbations need a control plane or a limited key, and why.
  const kind = c.ruleCase.mutate?.kind;
  if (limitedKeyReason(kind) && !target.limitedCredentials(c.surface)) return limitedKeyReason(kind);
  return target.hasControl ? undefined : controlPlaneReason(kind);
}

/**
 * The test timeout of a case: its time budget (the target's: 40 s on the simulator, 4 minutes on a
 * real target, or `--case-budget`), plus room for the re-run of a counterexample and restores. A
 * case's property never outlives its budget, so a case always ends by itself.
 */
export function caseTimeoutMs(caseBudgetMs: number): number {
  return 2 * caseBudgetMs + 60_000;
}

/** What every result of case `c` carries (the conformance run's and the SDK mode's alike). */
export function caseResultOf(
  c: SuiteCase,
  status: CaseResult["status"],
  run: { seed: number; runs: number; replay: string; started: number },
): CaseResult {
  return {
    id: c.id,
    surface: c.surface,
    operation: c.ruleCase.operation,
    rule: c.rule,
    citation: c.citations.map(citeText).join("; "),
    status,
    findings: [],
    seed: run.seed,
    runs: run.runs,
    replay: run.replay,
    durationMs: Date.now() - run.started,
  };
}

/** Run one case; never throws. */
export async function runCase(target: Target, c: SuiteCase, options: CaseSettings): Promise<CaseResult> {
  const started = Date.now();
  const replay = `npx eni-conformance run --surface ${c.surface} --case '${c.id}' --seed ${options.seed}${options.replayArgs ? ` ${options.replayArgs}` : ""}`;
  const result = (status: CaseResult["status"], rest: Partial<CaseResult> = {}): CaseResult => ({
    ...caseResultOf(c, status, { seed: options.seed, runs: options.runs, replay, started }),
    ...rest,
  });
  target.tape(c.id);
  try {
    const reason = await skipReason(target, c);
    if (reason) return result("skipped", { reason });
    const fixtures = await target.fixtures(c.surface);
    if (!fixtures) return result("skipped", { reason: `no fixtures for ${c.surface}` });
    let retries = 0;
    const timings: Timing[] = [];
    const answered = new Set<string>();
    const once = async (input: RunInput) => {
      if (target.hasControl) await target.control("POST", "/_sim/reset");
      const outcome = await executeOnce(target, c, fixtures, input);
      retries += outcome.retries;
      for (const row of outcome.answeredRows ?? []) answered.add(row);
      if (outcome.consistency) timings.push(outcome.consistency);
      return outcome;
    };
    const outcome = await fc.check(
      fc.asyncProperty(inputArbitrary(c), async (input) => {
        return (await once(input)).findings.length === 0;
      }),
      {
        numRuns: options.runs,
        seed: options.seed,
        ...(options.path ? { path: options.path } : {}),
        // On a real target every shrinking step is another round of real state changes, under the
        // target's own latency and faults: a failing input is reported as found (then re-run once).
        endOnFailure: options.shrink === false || target.kind === "http",
        // A case never outlives its budget: vitest would move on and leave it running beside the
        // next case, against the same fixtures.
        interruptAfterTimeLimit: target.caseBudgetMs,
      },
    );
    if (outcome.interrupted) {
      return result("errored", {
        reason: `the case ran out of its time budget (${target.caseBudgetMs} ms) after ${outcome.numRuns} of ${options.runs} runs; its outcome is not established`,
      });
    }
    // Wall-clock milliseconds only for a real target: on the simulator they are noise, and the
    // report of an unchanged simulator run must diff empty.
    const consistency = summariseConsistency(timings, { withTimes: target.kind === "http" });
    const retried = {
      ...(retries > 0 ? { retries } : {}),
      ...(consistency ? { consistency } : {}),
      ...(answered.size > 0 ? { answeredRows: [...answered].sort() } : {}),
    };
    if (!outcome.failed) return result("passed", retried);
    if (outcome.errorInstance && isSuiteError(outcome.errorInstance)) {
      return result("errored", { reason: (outcome.errorInstance as Error).message });
    }
    const counterexample = outcome.counterexample?.[0];
    if (!counterexample) {
      return result("errored", {
        reason: `the property failed without a counterexample: ${String(outcome.errorInstance)}`,
      });
    }
    const again = await once(counterexample);
    const path = outcome.counterexamplePath ?? undefined;
    const replayed = `${replay}${path ? ` --path ${path}` : ""}`;
    if (again.findings.length === 0) {
      return result("errored", {
        reason:
          "the shrunk counterexample did not fail again: not reproducible, so not reported as a failure",
        ...(path ? { path } : {}),
        replay: replayed,
      });
    }
    const lastAttempt = again.lastAttempt();
    return result("failed", {
      ...retried,
      findings: again.findings,
      ...(path ? { path } : {}),
      replay: replayed,
      ...(lastAttempt ? { exchange: lastAttempt } : {}),
    });
  } catch (error) {
    return result("errored", {
      reason: isSuiteError(error) ? error.message : `harness error: ${(error as Error).message}`,
    });
  }
}
