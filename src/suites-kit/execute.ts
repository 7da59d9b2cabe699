/**
 * Executing one run of a case against a target: fill the request from the fixture roles, plan its
 * perturbation (`request-plan.ts`, from the mutation registry in src/mutations/), send it as
 * planned, observe what the rule says must hold afterwards (read back with the describe operation,
 * poll the task), and run the checks. Returns the findings of that run.
 */

import { createHash, randomBytes } from "node:crypto";
import { codesOf } from "../checks/codes.ts";
import { runChecks } from "../checks/registry.ts";
import { rowsAnswered } from "../checks/rows.ts";
import type { Finding, Observations } from "../checks/types.ts";
import { type CallOptions, type CallResult, isTransient } from "../client/client.ts";
import { SuiteError } from "../core/errors.ts";
import type { Attempt } from "../core/exchange.ts";
import { changesState, surfaceModule } from "../surfaces/registry.ts";
import { sendBurst } from "./burst.ts";
import { documentedRows, type SuiteCase } from "./cases.ts";
import type { Timing } from "./consistency.ts";
import { pollCounted, pollTimed } from "./poll.ts";
import { type Keep, READERS } from "./readback.ts";
import { noteRequestId } from "./request-ids.ts";
import { planRequest } from "./request-plan.ts";
import { resendSigned } from "./resend.ts";
import { restoreEni } from "./restore.ts";
import { withBurstLimit, withSlowProgress } from "./sim-control.ts";
import type { Fixtures, Target } from "./target.ts";

/** The inputs of one run beyond the fixture roles: optional parameters and a random token. */
export interface RunInput {
  extras: Record<string, unknown>;
  token: string;
  /**
   * The choice among equals of the case's perturbation: which parameter a `param.omit` without a
   * named parameter drops (an index into `omitCandidates`, src/mutations/targets.ts).
   */
  pick: number;
}

/** Salt of the idempotency tokens sent to a target without a control plane (see executeOnce). */
const TOKEN_SALT = randomBytes(4).toString("hex");
/** The per-case part of that salt (a token is at most 64 characters: 40 drawn + 8 + 6 + 2). */
const caseSalt = (id: string) => createHash("sha256").update(id).digest("hex").slice(0, 6);

/** Fill a case's parameters from the fixtures; undefined names a missing role. */
export function fillParams(
  c: SuiteCase,
  fixtures: Fixtures,
): { params: Record<string, unknown> } | { missing: string } {
  const params: Record<string, unknown> = {};
  for (const [param, role] of Object.entries(c.ruleCase.given)) {
    const id = fixtures.roles[role];
    if (id === undefined) return { missing: role };
    params[param] = id;
  }
  // The case's literal values (e.g. AttachType 1) after the roles' ids.
  return { params: { ...params, ...c.ruleCase.with } };
}

function roleParam(c: SuiteCase, prefix: string, prefer?: RegExp): string | undefined {
  const entries = Object.entries(c.ruleCase.given).filter(([, role]) => role.startsWith(prefix));
  return (entries.find(([name]) => prefer?.test(name)) ?? entries[0])?.[0];
}

/** What one run of a case produced. */
export interface RunOutcome {
  findings: Finding[];
  /**
   * The last attempt of the case's main call (redacted by the client), or undefined when it made
   * none; asked for only where it is kept (a failed case), as the redaction is built when read.
   */
  lastAttempt: () => Attempt | undefined;
  /** How often the main call was retried after a transient answer (real targets only). */
  retries: number;
  /**
   * The accepted error rows the answer is (a case that expects an error): by code, and by message
   * where the document tells rows of one code apart that way.
   */
  answeredRows?: string[];
  /**
   * Time to consistency of an accepted state change: the reads (task polls and describes) it took
   * until the target showed the final state, and the milliseconds from the answer to that read.
   */
  consistency?: Timing;
}

/** Run the case once with `input`; findings empty means it passed. */
export async function executeOnce(
  target: Target,
  c: SuiteCase,
  fixtures: Fixtures,
  input: RunInput,
): Promise<RunOutcome> {
  const surface = c.surface;
  const module = surfaceModule(surface);
  const filled = fillParams(c, fixtures);
  if ("missing" in filled)
    throw new SuiteError("ENIC_FIXTURE_MISSING", `fixture role ${filled.missing} is missing`);
  const rc = c.ruleCase;
  const credentials = target.credentials(surface);
  // The target's client: on a real target it keeps the documented rates and retries transient
  // answers (a fresh signature each time); the simulator's answers are seen as they are.
  const client = target.client(surface, fixtures.region);
  const disciplined = target.kind === "http";
  const movesEni = changesState(surface, rc.operation);
  const eniParam = roleParam(c, "eni.");
  const instanceParam = roleParam(c, "instance.", /new|destination/i);
  const reader = READERS[surface];
  const observations: Observations = {};
  // Every answer's request id is noted for the run (request-id: no two answers share one); an
  // answer seen twice (the judged one of a burst) is noted once.
  const noted = new WeakSet<CallResult>();
  const note = (answer: CallResult) => {
    if (noted.has(answer)) return;
    noted.add(answer);
    const reused = noteRequestId(target, c.id, answer);
    if (reused) observations.requestIdReused ??= reused;
  };
  const keepEni: Keep = (answer) => {
    note(answer);
    observations.eniRead = answer;
  };
  const keepTask: Keep = (answer) => {
    note(answer);
    observations.taskRead = answer;
  };
  const readEni = async () => {
    const eniId = eniParam ? filled.params[eniParam] : undefined;
    return typeof eniId === "string" ? reader.eni(client, fixtures.region, eniId, keepEni) : undefined;
  };
  // `then: attached-secondary` also reads the instance's primary ENI, before and after the call.
  const primaryId = rc.then === "attached-secondary" ? fixtures.roles["eni.primary"] : undefined;
  if (rc.then === "attached-secondary" && primaryId === undefined)
    throw new SuiteError(
      "ENIC_FIXTURE_MISSING",
      "fixture role eni.primary is missing (the case reads it back)",
    );
  const readPrimary = async () =>
    primaryId === undefined ? undefined : reader.eni(client, fixtures.region, primaryId, note);
  // A simulator advances its asynchronous work per poll, so it is polled again at once, POLLS
  // times; a real target is polled with growing pauses until its change settles or the bounded wait
  // (the run's async wait, default 30 s) is over.
  const poll = <T>(read: () => Promise<T>, done: (value: T) => boolean) =>
    target.hasControl
      ? pollCounted(read, done)
      : pollTimed(read, done, { waitMs: target.asyncWaitMs, sleep: target.sleep });
  /**
   * Read until two reads in a row agree (a describe may itself advance an async change); on a real
   * target also until the ENI has settled.
   */
  const readStable = async () => {
    let previous = await readEni();
    const polled = await poll(readEni, (v) => {
      const agreed = JSON.stringify(v) === JSON.stringify(previous);
      previous = v;
      return agreed && (target.hasControl || !v?.found || v.settled);
    });
    return polled.value;
  };
  // On a target without a control plane, remember where the ENI is so the case can put it back.
  const restoreTo = !target.hasControl && movesEni ? await readStable() : undefined;
  // Whatever happens below — a finding, a harness error, a target that stops answering — the ENI
  // goes back to where it was before the case (a target without a control plane only).
  const body = async (): Promise<RunOutcome> => {
    // A read that cannot be made before the call leaves "the primary stays" unjudged; the call is
    // still judged (an answer that should be a success and is not is the case's finding).
    const primaryBefore = await readPrimary().catch(() => undefined);
    if (primaryBefore) observations.primaryBefore = primaryBefore;
    if (rc.then === "unchanged") {
      const before = restoreTo ?? (await readEni());
      if (before) observations.eniBefore = before;
    }

    // A target without a control plane keeps what earlier runs did, and remembers their tokens: the
    // same seed would replay an old token and get an old answer, and the cases of one run draw the
    // same tokens from the same seed (a token reuse would meet another case's call). Its tokens get a
    // per-process salt and one per case.
    const token = target.hasControl ? input.token : `${input.token}-${TOKEN_SALT}-${caseSalt(c.id)}`;
    let result: CallResult;
    const plan = planRequest(
      c,
      filled.params,
      fixtures,
      { ...input, token },
      credentials,
      Date.now(),
      target.limitedCredentials(surface),
    );
    // How the judged request is signed and changed before signing, as the plan says.
    const how: CallOptions = {
      credentials: plan.credentials,
      ...(plan.clock ? { clock: plan.clock } : {}),
      ...(plan.transform ? { onRequest: plan.transform } : {}),
    };
    const send = (params: Record<string, unknown>, options: CallOptions = {}) =>
      client.callRaw(rc.operation, params, { ...how, ...options });
    const play = plan.perturbation.play;
    switch (play.kind) {
      case "single":
        result = await send(plan.params);
        break;
      case "resend-signed":
        // The first send is legitimate and may change state; "unchanged" is judged from after it.
        result = await resendSigned(target, client, rc.operation, plan.params, how, async () => {
          const before = await readStable();
          if (before) observations.eniBefore = before;
        });
        break;
      case "burst": {
        result = await withBurstLimit(target, surface, rc.operation, async (limit) => {
          const shows = (r: CallResult) => c.rows.some((row) => codesOf(r).includes(row.code));
          // A burst shows something when any answer is a refusal (the right code or not: a wrong one
          // is the check's to judge); one that only got successes, slowly, is sent again.
          const { answers: burst } = await sendBurst(
            client,
            rc.operation,
            plan.params,
            how,
            limit + 1,
            (r) => !("data" in r),
          );
          observations.burst = burst;
          // Requests lost to the target's own transient errors never reached its limiter: the burst
          // then shows nothing about throttling, which is a harness outcome, not a verdict.
          const shown = burst.some(shows);
          const faulted = burst.filter(
            (r) => "error" in r && module.errors.retryable(r.error.code, r.error.status),
          );
          if (!shown && faulted.length > 0 && disciplined) {
            throw new SuiteError(
              "ENIC_TARGET_UNREACHABLE",
              `the outcome could not be established: ${faulted.length} of the burst's requests met transient errors`,
            );
          }
          return burst.find(shows) ?? burst.find((r) => "error" in r) ?? (burst.at(-1) as CallResult);
        });
        break;
      }
      case "token-reuse": {
        // The earlier call with the same token, then the judged request (the same call for
        // same-params and in-flight; for other-params the earlier one had other parameters).
        const earlier = plan.earlierParams ?? plan.params;
        const before = play.before;
        const reuse = async () => {
          const first = await send(earlier);
          if (before.state === "completed" && "data" in first) await readStable();
          return send(plan.params);
        };
        result =
          before.state === "in-flight" ? await withSlowProgress(target, before.polls, reuse) : await reuse();
        break;
      }
    }

    // A real target that only answered transient errors has not shown the case's outcome.
    if (disciplined && "error" in result && isTransient(surface, result.error)) {
      const expected = c.rows.some((row) => codesOf(result).includes(row.code));
      if (!expected) {
        throw new SuiteError(
          "ENIC_TARGET_UNREACHABLE",
          `the outcome could not be established: the target kept answering ${result.error.code} (${(result.retries ?? 0) + 1} attempts)`,
        );
      }
    }

    let consistency: RunOutcome["consistency"];
    if (rc.then && "data" in result && movesEni) {
      const answered = Date.now();
      const expected =
        rc.then === "detached" ? undefined : instanceParam ? filled.params[instanceParam] : undefined;
      if (typeof expected === "string") observations.expectedInstance = expected;
      let polls = 0;
      let taskFinal = true;
      const taskReader = reader.task;
      if (rc.then === "task-final" && taskReader) {
        const task = await poll(
          () => taskReader(client, result, keepTask),
          (t) => t !== "running",
        );
        polls += task.polls;
        observations.task = task.value;
        taskFinal = task.value !== "running";
      }
      const after = await poll(readEni, (v) =>
        Boolean(!v || (v.settled && v.instanceId === observations.expectedInstance)),
      );
      polls += after.polls;
      if (after.value) observations.eniAfter = after.value;
      const primaryAfter = await readPrimary();
      if (primaryAfter) observations.primaryAfter = primaryAfter;
      const reached = taskFinal && after.reached;
      consistency = { polls, ms: Date.now() - answered, reached };
      if (!reached && !target.hasControl) {
        // A real cloud may be slow; not seeing the final state in the bounded wait is not a verdict.
        throw new SuiteError(
          "ENIC_TIMEOUT",
          `the outcome could not be established: ${rc.operation} was accepted but the target did not show the final state within ${target.asyncWaitMs} ms (${polls} reads; --async-wait sets the wait)`,
        );
      }
    } else if (rc.then === "unchanged") {
      const after = await readStable();
      if (after) observations.eniAfter = after;
    }

    for (const answer of observations.burst ?? []) note(answer);
    note(result);
    const documented = documentedRows(surface, rc.operation);
    const findings = runChecks({
      surface,
      module,
      operation: rc.operation,
      rule: c.rule,
      ruleCase: rc,
      expectedRows: c.rows,
      documentedRows: documented,
      result,
      observations,
    });
    const answered = rc.expect === "error" ? rowsAnswered(result, c.rows, documented).map((r) => r.id) : [];
    const judged = result;
    const retries = result.retries ?? 0;
    return {
      findings,
      retries,
      lastAttempt: () => judged.exchange.attempts.at(-1),
      ...(answered.length > 0 ? { answeredRows: answered } : {}),
      ...(consistency ? { consistency } : {}),
    };
  };
  try {
    return await body();
  } finally {
    const eniId = eniParam ? filled.params[eniParam] : undefined;
    if (restoreTo?.found && typeof eniId === "string") {
      await restoreEni(target, client, fixtures, eniId, restoreTo.instanceId);
    }
  }
}
