/**
 * Executing one run of a case against a target: fill the request from the fixture roles, apply the
 * case's perturbation, send it, observe what the rule says must hold afterwards (read back with the
 * describe operation, poll the task), and run the checks. Returns the findings of that run.
 */

import { randomBytes } from "node:crypto";
import { codesOf } from "../checks/codes.ts";
import { runChecks } from "../checks/registry.ts";
import type { Finding, Observations } from "../checks/types.ts";
import type { CallOptions, CallResult } from "../client/client.ts";
import { isTransient } from "../client/client.ts";
import { fixedClock } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { Attempt } from "../core/exchange.ts";
import { renameAction } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import { documentedRows, type SuiteCase } from "./cases.ts";
import type { Timing } from "./consistency.ts";
import { pollCounted, pollTimed } from "./poll.ts";
import { READERS } from "./readback.ts";
import { resendSigned } from "./resend.ts";
import { restoreEni } from "./restore.ts";
import { withBurstLimit, withSlowProgress } from "./sim-control.ts";
import type { Fixtures, Target } from "./target.ts";

/** The inputs of one run beyond the fixture roles: optional parameters and a random token. */
export interface RunInput {
  extras: Record<string, unknown>;
  token: string;
  /** Which required parameter a `param.omit` without a named parameter drops (index into them). */
  pick: number;
}

/** Salt of the idempotency tokens sent to a target without a control plane (see executeOnce). */
const TOKEN_SALT = randomBytes(4).toString("hex");
const STATE_CHANGING = /^(attach|detach|migrate)/i;

function wrongType(value: unknown): unknown {
  if (typeof value === "boolean" || typeof value === "number") return "not-a-value";
  return 12345;
}

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
  return { params };
}

function roleParam(c: SuiteCase, prefix: string, prefer?: RegExp): string | undefined {
  const entries = Object.entries(c.ruleCase.given).filter(([, role]) => role.startsWith(prefix));
  return (entries.find(([name]) => prefer?.test(name)) ?? entries[0])?.[0];
}

/** What one run of a case produced. */
export interface RunOutcome {
  findings: Finding[];
  /** The last attempt of the case's main call (redacted by the client). */
  exchange?: Attempt;
  /** How often the main call was retried after a transient answer (real targets only). */
  retries: number;
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
  const params = { ...input.extras, ...filled.params };
  const credentials = target.credentials(surface);
  // The target's client: on a real target it keeps the documented rates and retries transient
  // answers (a fresh signature each time); the simulator's answers are seen as they are.
  const client = target.client(surface, fixtures.region);
  const disciplined = target.kind === "http";
  const send = (p: Record<string, unknown>, options: CallOptions = {}) =>
    client.callRaw(rc.operation, p, options);
  const eniParam = roleParam(c, "eni.");
  const instanceParam = roleParam(c, "instance.", /new|destination/i);
  const reader = READERS[surface];
  const observations: Observations = {};
  const readEni = async () => {
    const eniId = eniParam ? filled.params[eniParam] : undefined;
    return typeof eniId === "string" ? reader.eni(client, fixtures.region, eniId) : undefined;
  };
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
  const restoreTo = !target.hasControl && STATE_CHANGING.test(rc.operation) ? await readStable() : undefined;
  // Whatever happens below — a finding, a harness error, a target that stops answering — the ENI
  // goes back to where it was before the case (a target without a control plane only).
  const body = async (): Promise<RunOutcome> => {
    if (rc.then === "unchanged") {
      const before = restoreTo ?? (await readEni());
      if (before) observations.eniBefore = before;
    }

    // A target without a control plane keeps what earlier runs did, and remembers their tokens: the
    // same seed would replay an old token and get an old answer. Its tokens get a per-process salt.
    const token = target.hasControl ? input.token : `${input.token}-${TOKEN_SALT}`;
    let result: CallResult;
    const kind = rc.mutate?.kind;
    const required = Object.keys(filled.params);
    switch (kind) {
      case "param.omit": {
        const drop = rc.mutate?.param ?? required[input.pick % Math.max(1, required.length)];
        const { [drop ?? ""]: _dropped, ...rest } = params;
        result = await send(rest);
        break;
      }
      case "param.malformed": {
        const name = rc.mutate?.param ?? eniParam ?? required[0] ?? "";
        result = await send({ ...params, [name]: `${String(params[name] ?? "x")}!` });
        break;
      }
      case "param.wrong-type": {
        const name = rc.mutate?.param ?? eniParam ?? required[0] ?? "";
        result = await send({ ...params, [name]: wrongType(params[name] ?? true) });
        break;
      }
      case "param.unknown":
        result = await send({ ...params, UndocumentedParameter: "1" });
        break;
      case "action.unknown": {
        const action = module.operations.find((o) => o.operation === rc.operation)?.action ?? rc.operation;
        const rename = renameAction(action, `${action}Undefined`);
        result = await send(params, { onRequest: rename });
        break;
      }
      case "sign.bad-signature":
        result = await send(params, {
          credentials: { ...credentials, secret: `${credentials.secret}-wrong` },
        });
        break;
      case "sign.unknown-key":
        result = await send(params, {
          credentials: { accessKeyId: "AKIDunknown0000000000", secret: "unknown" },
        });
        break;
      case "sign.expired-timestamp":
        result = await send(params, { clock: fixedClock(Date.now() - 2 * 3600_000) });
        break;
      case "sign.reused-nonce":
        // The first send is legitimate and may change state; "unchanged" is judged from after it.
        result = await resendSigned(target, client, rc.operation, params, async () => {
          const before = await readStable();
          if (before) observations.eniBefore = before;
        });
        break;
      case "rate.burst": {
        result = await withBurstLimit(target, surface, rc.operation, async (limit) => {
          const burst = await Promise.all(
            // Neither paced nor retried: the burst must exceed the rate, and its answers be seen.
            Array.from({ length: limit + 1 }, () => send(params, { retry: false, pace: false })),
          );
          observations.burst = burst;
          // Requests lost to the target's own transient errors never reached its limiter: the burst
          // then shows nothing about throttling, which is a harness outcome, not a verdict.
          const shown = burst.some((r) => c.rows.some((row) => codesOf(r).includes(row.code)));
          const faulted = burst.filter(
            (r) => "error" in r && module.errors.retryable(r.error.code, r.error.status),
          );
          if (!shown && faulted.length > 0 && disciplined) {
            throw new SuiteError(
              "ENIC_TARGET_UNREACHABLE",
              `the outcome could not be established: ${faulted.length} of the burst's requests met transient errors`,
            );
          }
          return (
            burst.find((r) => c.rows.some((row) => codesOf(r).includes(row.code))) ??
            burst.find((r) => "error" in r) ??
            (burst.at(-1) as CallResult)
          );
        });
        break;
      }
      case "idempotency.token-reused-same-params": {
        // The first call completes; the same call with the same token must give the same outcome.
        const first = await send({ ...params, ClientToken: token });
        if ("data" in first) await readStable();
        result = await send({ ...params, ClientToken: token });
        break;
      }
      case "idempotency.token-reused-other-params": {
        const other = fixtures.roles["instance.stopped"];
        await send({ ...params, ClientToken: token });
        const changed = instanceParam && other ? { [instanceParam]: other } : { AttachType: 1 };
        result = await send({ ...params, ...changed, ClientToken: token });
        break;
      }
      case "idempotency.token-reused-in-flight": {
        result = await withSlowProgress(target, 5, async () => {
          await send({ ...params, ClientToken: token });
          return send({ ...params, ClientToken: token });
        });
        break;
      }
      default:
        result = await send(params);
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
    if (rc.then && "data" in result && STATE_CHANGING.test(rc.operation)) {
      const answered = Date.now();
      const expected =
        rc.then === "detached" ? undefined : instanceParam ? filled.params[instanceParam] : undefined;
      if (typeof expected === "string") observations.expectedInstance = expected;
      let polls = 0;
      let taskFinal = true;
      const taskReader = reader.task;
      if (rc.then === "task-final" && taskReader) {
        const task = await poll(
          () => taskReader(client, result),
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
      const reached = taskFinal && after.reached;
      consistency = { polls, ms: Date.now() - answered, reached };
      if (!reached && !target.hasControl) {
        // A real cloud may be slow; not seeing the final state in the bounded wait is not a verdict.
        throw new SuiteError(
          "ENIC_TIMEOUT",
          `the outcome could not be established: ${rc.operation} was accepted but the target did not show the final state within ${target.asyncWaitMs} ms (${polls} reads; --async-wait or ENIC_ASYNC_WAIT_MS sets the wait)`,
        );
      }
    } else if (rc.then === "unchanged") {
      const after = await readStable();
      if (after) observations.eniAfter = after;
    }

    const findings = runChecks({
      surface,
      module,
      operation: rc.operation,
      rule: c.rule,
      ruleCase: rc,
      expectedRows: c.rows,
      documentedRows: documentedRows(surface, rc.operation),
      result,
      observations,
    });
    const attempt = result.exchange.attempts.at(-1);
    const retries = result.retries ?? 0;
    return {
      findings,
      retries,
      ...(attempt ? { exchange: attempt } : {}),
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
