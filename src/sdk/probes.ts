/**
 * SDK behaviour probes: what the catalogue cases cannot show because it lies in how an SDK handles
 * answers rather than in the answers themselves. Each probe is one case per surface of the adapter,
 * run against the faithful simulator with its control plane (faults, deviations, request log):
 *
 * - `sdk.error-shape`: two documented errors with different codes — is each an Error, of one type
 *   whatever the code, with the HTTP status on the error itself?
 * - `sdk.status-independence`: the error envelope arrives with another HTTP status (the simulator's
 *   `envelope:wrong-status` deviation, as a gateway might do) — does the SDK still surface the code
 *   and request id the envelope carries?
 * - `sdk.retry-throttling`, `sdk.retry-internal-error`: a throttled answer and the cloud's internal
 *   error, both retryable by the surface's error table — how many attempts did the simulator see?
 * - `sdk.timeout`: a small timeout configured, a slower answer — does the call give up by itself?
 *
 * A difference is a finding of the probe (status failed), never a crash; a probe the harness could
 * not set up is errored.
 */
import type { Finding } from "../checks/types.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { listCases, type SuiteCase } from "../suites-kit/cases.ts";
import { fillParams } from "../suites-kit/execute.ts";
import type { CaseResult } from "../suites-kit/runner.ts";
import type { Fixtures } from "../suites-kit/target.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Surfaced } from "./adapter.ts";
import {
  CALL_TIMEOUT_MS,
  clearLog,
  invoke,
  normaliseSafely,
  type SdkCaseResult,
  type SdkRunContext,
  type Served,
  sanitise,
  served,
  settleWithin,
} from "./executor.ts";
import { describeSurfaced, hasRequestId } from "./verdict.ts";

/** Latency injected for the timeout probe, the SDK timeout asked for, and how long after the answer the harness still waits. */
const TIMEOUT_PROBE = { latencyMs: 1000, timeoutMs: 300, waitMs: 2000 } as const;

/** The probes, in report order. */
export const PROBES = [
  "sdk.error-shape",
  "sdk.status-independence",
  "sdk.retry-throttling",
  "sdk.retry-internal-error",
  "sdk.timeout",
] as const;
export type Probe = (typeof PROBES)[number];

interface ProbeOutcome {
  promised: string;
  surfaced: string;
  findings: Finding[];
  operation: string;
}

/** The catalogue cases a probe drives: a valid attach, a missing-ENI error, and an error with another code. */
function baseCases(surface: Surface): { ok: SuiteCase; missing: SuiteCase; other: SuiteCase } {
  const cases = listCases([surface]).filter(
    (c) => !c.ruleCase.mutate && /^attach/i.test(c.ruleCase.operation),
  );
  const ok = cases.find(
    (c) => c.ruleCase.expect === "success" && Object.values(c.ruleCase.given).includes("eni.available"),
  );
  const errors = cases.filter((c) => c.ruleCase.expect === "error" && c.rows.length > 0);
  const missing = errors.find((c) => Object.values(c.ruleCase.given).includes("eni.missing"));
  const codes = new Set(missing?.rows.map((r) => r.code));
  const other = errors.find((c) => c !== missing && c.rows.every((r) => !codes.has(r.code)));
  if (!ok || !missing || !other)
    throw new Error(`the catalogue has no valid attach, missing-ENI and second error case for ${surface}`);
  return { ok, missing, other };
}

function paramsOf(c: SuiteCase, fixtures: Fixtures): Record<string, unknown> {
  const filled = fillParams(c, fixtures);
  if ("missing" in filled)
    throw new SuiteError("ENIC_FIXTURE_MISSING", `fixture role ${filled.missing} is missing`);
  return filled.params;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function probe(
  run: SdkRunContext,
  surface: Surface,
  name: Probe,
  fixtures: Fixtures,
): Promise<ProbeOutcome> {
  const { ok, missing, other } = baseCases(surface);
  const operation = missing.ruleCase.operation;
  const credentials = run.target.credentials(surface);
  const url = new URL(run.target.baseUrl);
  const endpoint = { surface, url: url.origin, host: url.host, port: Number(url.port) };
  const client = (timeoutMs: number = CALL_TIMEOUT_MS) =>
    run.adapter.create(endpoint, credentials, fixtures.region, { timeoutMs });
  const call = async (c: SuiteCase): Promise<{ s: Surfaced; log: Served[] }> => {
    await clearLog(run.target);
    const settled = await settleWithin(invoke(client(), c.ruleCase.operation, paramsOf(c, fixtures)), 8000);
    if (!settled) throw new SuiteError("ENIC_TIMEOUT", "the SDK call did not settle within 8000 ms");
    return { s: normaliseSafely(run.adapter, settled, surface), log: await served(run.target) };
  };
  const findings: Finding[] = [];
  const add = (check: string, message: string) => findings.push({ check, message, rule: name });
  const codesOf = (c: SuiteCase) => [...new Set(c.rows.map((r) => r.code))];
  const retryable = (l: Served | undefined) =>
    l?.code !== undefined && surfaceModule(surface).errors.retryable(l.code, l.status);
  /** Make the simulator answer retryably, call, put it back; more than one attempt is a retry. */
  const retryProbe = async (
    setUp: () => Promise<unknown>,
    probed: () => Promise<{ s: Surfaced; log: Served[] }>,
    putBack: () => Promise<unknown>,
    words: { did: string; answered: string; what: string },
  ): Promise<ProbeOutcome> => {
    let got: { s: Surfaced; log: Served[] };
    try {
      await setUp();
      got = await probed();
    } finally {
      await putBack();
    }
    const first = got.log[0];
    if (!retryable(first))
      throw new Error(
        `the simulator did not ${words.did} (it answered ${first?.code ?? first?.status ?? "nothing"})`,
      );
    if (got.log.length < 2)
      add(
        "sdk-retry",
        `the simulator ${words.answered} (${first?.code}, HTTP ${first?.status}, retryable); the SDK made 1 attempt and surfaced it: no retry`,
      );
    return {
      operation,
      promised: `${words.what} (${first?.code}, HTTP ${first?.status}; the surface's error table marks it retryable) is retried: more than one attempt`,
      surfaced: describeSurfaced(got.s, got.log.length),
      findings,
    };
  };

  switch (name) {
    case "sdk.error-shape": {
      const a = await call(missing);
      const b = await call(other);
      const lines: string[] = [];
      // Each property is reported once, not once per error.
      const seen = new Set<string>();
      const once = (key: string, check: string, message: string) => {
        if (!seen.has(key)) add(check, message);
        seen.add(key);
      };
      for (const [c, got] of [
        [missing, a],
        [other, b],
      ] as const) {
        const served = got.log.at(-1)?.status;
        const codes = codesOf(c).join("/");
        lines.push(`${codes} → ${describeSurfaced(got.s)}`);
        if (got.s.outcome !== "error") {
          add("sdk-outcome", `a documented error (${codes}) was reported as success`);
          continue;
        }
        if (got.s.delivered === "thrown" && got.s.isError === false)
          once(
            "not-error",
            "sdk-error-type",
            `the SDK rejects with a ${got.s.errorType ?? "value"}, not an Error (no stack; \`instanceof Error\` is false)`,
          );
        if (!got.s.code) once("code", "sdk-code", `the SDK does not expose the error code of ${codes}`);
        if (!got.s.requestId && hasRequestId(surface, c.ruleCase.operation))
          once("request-id", "sdk-request-id", `the SDK does not expose the request id of ${codes}`);
        // An error that comes with HTTP 200 (Tencent's protocol) has no status worth exposing.
        if (got.s.httpStatus === undefined && served !== undefined && served !== 200)
          once(
            "status",
            "sdk-http-status",
            `the SDK does not expose the HTTP status of ${codes} (the simulator answered ${served})`,
          );
        else if ((got.s.httpStatusAt ?? "").includes("."))
          once(
            "status",
            "sdk-http-status",
            `the HTTP status is not on the error itself, only at ${got.s.httpStatusAt}`,
          );
      }
      if (a.s.outcome === "error" && b.s.outcome === "error" && a.s.errorType !== b.s.errorType) {
        add(
          "sdk-error-type",
          `the error's type changes with the code (${a.s.errorType} for ${codesOf(missing).join("/")}, ${b.s.errorType} for ${codesOf(other).join("/")}): callers cannot catch it by type`,
        );
      }
      return {
        operation,
        promised:
          "every error reaches the caller as an Error (or an explicit error result) of one type whatever the code, with the code, the request id and the HTTP status as its own properties",
        surfaced: lines.join("; "),
        findings,
      };
    }
    case "sdk.status-independence": {
      const deviation = `${surface}:envelope:wrong-status`;
      await run.target.control("PUT", "/_sim/deviations", { enable: [deviation] });
      let got: { s: Surfaced; log: Served[] };
      try {
        got = await call(missing);
      } finally {
        await run.target.control("PUT", "/_sim/deviations", { enable: [] });
      }
      const codes = codesOf(missing);
      const documented = [...new Set(missing.rows.map((r) => r.http))].join("/");
      const sent = `an error envelope (${codes.join("/")}, documented with HTTP ${documented}) sent with another status`;
      if (got.s.outcome !== "error") add("sdk-outcome", `${sent} was reported as success`);
      else if (!got.s.code || !codes.includes(got.s.code))
        add(
          "sdk-code",
          `${sent} lost its code: the SDK surfaced ${got.s.code ? `code ${got.s.code}` : "no code"}${got.s.message ? ` (message ${JSON.stringify(got.s.message)})` : ""}`,
        );
      if (got.s.outcome === "error" && !got.s.requestId && hasRequestId(surface, operation))
        add("sdk-request-id", `${sent} lost its request id`);
      return {
        operation,
        promised: `the code (${codes.join("/")}) and the request id are read from the error envelope whatever the HTTP status (simulator deviation ${deviation}: the status is not the documented HTTP ${documented})`,
        surfaced: describeSurfaced(got.s, got.log.length),
        findings,
      };
    }
    case "sdk.retry-throttling":
      return retryProbe(
        async () => {
          await run.target.control("PUT", "/_sim/faults", { throttle: { [`${surface}/${operation}`]: 1 } });
          await call(missing); // takes the one request of this second
        },
        () => call(missing),
        () => run.target.control("PUT", "/_sim/faults", { throttle: "documented" }),
        { did: "throttle the call", answered: "throttled the call", what: "a throttled answer" },
      );
    case "sdk.retry-internal-error":
      return retryProbe(
        () => run.target.control("PUT", "/_sim/faults", { errorRate: 1 }),
        () => call(ok),
        () => run.target.control("PUT", "/_sim/faults", { errorRate: 0 }),
        {
          did: "answer the internal error",
          answered: "answered the internal error",
          what: "an internal error",
        },
      );
    case "sdk.timeout": {
      // Judged by order, not by a race of timers: did the call end with an error before the
      // simulator's delayed answer was due? (A loaded machine delays timers, not that order.)
      const { latencyMs, timeoutMs, waitMs } = TIMEOUT_PROBE;
      await run.target.control("PUT", "/_sim/faults", { latencyMs });
      const started = Date.now();
      let settled: Awaited<ReturnType<typeof settleWithin>>;
      let settledAfter: number | undefined;
      try {
        const pending = invoke(client(timeoutMs), ok.ruleCase.operation, paramsOf(ok, fixtures)).finally(
          () => {
            settledAfter = Date.now() - started;
          },
        );
        settled = await settleWithin(pending, latencyMs + waitMs);
        // Let the delayed answer arrive before the next case: it would otherwise land in its log.
        const rest = started + latencyMs + 150 - Date.now();
        if (rest > 0) await wait(rest);
      } finally {
        await run.target.control("PUT", "/_sim/faults", { latencyMs: 0 });
      }
      const asked = `a ${timeoutMs} ms timeout asked for and the answer delayed ${latencyMs} ms`;
      let surfacedText: string;
      if (!settled || settledAfter === undefined) {
        surfacedText = `still waiting ${waitMs} ms after the answer was due`;
        add("sdk-timeout", `with ${asked}, the call was still waiting ${waitMs} ms after the answer was due`);
      } else {
        const s = normaliseSafely(run.adapter, settled, surface);
        const before = settledAfter < latencyMs;
        surfacedText = `${before ? "gave up before the answer" : "waited for the answer"}: ${describeSurfaced(s)}`;
        if (!before || s.outcome === "success") {
          add(
            "sdk-timeout",
            `with ${asked}, the call ${s.outcome === "success" ? "waited for the answer and succeeded" : "ended with an error only once the answer was due"}: the SDK has no working timeout`,
          );
        }
      }
      return {
        operation: ok.ruleCase.operation,
        promised: `with ${asked}, the call fails by itself before the answer arrives`,
        surfaced: surfacedText,
        findings,
      };
    }
  }
}

/** Run one probe on one surface; never throws. */
export async function runProbe(run: SdkRunContext, surface: Surface, name: Probe): Promise<SdkCaseResult> {
  const started = Date.now();
  const secrets = [run.target.credentials(surface).secret];
  const id = `${surface}/${name}`;
  const base = (
    status: CaseResult["status"],
    o: Partial<ProbeOutcome> & { reason?: string },
  ): SdkCaseResult => ({
    id,
    surface,
    operation: o.operation ?? "",
    rule: name,
    citation: "SDK behaviour probe (docs/sdk-mode.md), not a document rule",
    status,
    findings: (o.findings ?? []).map((f) => ({ ...f, message: sanitise(f.message, secrets) })),
    seed: run.seed,
    runs: 1,
    replay: `npx eni-conformance run ${run.replayArgs} --surface ${surface} --case '${id}'`,
    durationMs: Date.now() - started,
    ...(o.reason ? { reason: o.reason } : {}),
    sdk: {
      client: run.adapter.name,
      promised: o.promised ?? name,
      surfaced: sanitise(o.surfaced ?? "", secrets),
      ok: status === "passed",
    },
  });
  try {
    await run.target.control("POST", "/_sim/reset");
    const fixtures = await run.target.fixtures(surface);
    if (!fixtures)
      throw new SuiteError("ENIC_FIXTURE_MISSING", `the simulator has no fixtures for ${surface}`);
    const outcome = await probe(run, surface, name, fixtures);
    return base(outcome.findings.length === 0 ? "passed" : "failed", outcome);
  } catch (error) {
    const reason = sanitise(`harness error: ${(error as Error).message}`, secrets);
    return base("errored", { reason, surfaced: `not established: ${reason}` });
  }
}
