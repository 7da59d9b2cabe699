/**
 * The SDK conformance executor: drives an SDK (through its adapter, src/sdk/adapter.ts) over every
 * catalogue case of a surface against the simulator, and compares what the SDK surfaced with what
 * the document promises (src/sdk/verdict.ts). Attempts are counted from the simulator's request log
 * (`GET /_sim/requests`). A case the SDK cannot express (it builds and signs the request itself), or
 * whose perturbed parameter it refuses locally (no request reached the simulator), is skipped with
 * the reason, never passed; a well-formed request it refuses locally is a failure.
 */
import type { Finding } from "../checks/types.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import { redactText } from "../core/redact.ts";
import { applyEdits } from "../mutations/apply.ts";
import { cannotExpress, MUTATIONS, perturbationOf } from "../mutations/registry.ts";
import { credentialsFor } from "../mutations/signing.ts";
import type { Perturbation } from "../mutations/types.ts";
import { BURST_TRIES } from "../suites-kit/burst.ts";
import type { SuiteCase } from "../suites-kit/cases.ts";
import { fillParams } from "../suites-kit/execute.ts";
import { type CaseResult, caseResultOf } from "../suites-kit/runner.ts";
import { withBurstLimit, withSlowProgress } from "../suites-kit/sim-control.ts";
import type { Fixtures, Target } from "../suites-kit/target.ts";
import type { Credentials } from "../surfaces/types.ts";
import type { SdkAdapter, SdkClient, Settled, Surfaced } from "./adapter.ts";
import { checkSurfaced, describeSurfaced, promisedText } from "./verdict.ts";

/** What the report says about one case of an SDK run. */
export interface SdkOutcome {
  /** The adapter's name. */
  client: string;
  /** What the document (or, for the SDK probes, a well-behaved SDK) promises. */
  promised: string;
  /** What the SDK surfaced, or why nothing was sent. */
  surfaced: string;
  /** True when what the SDK surfaced keeps the promise. */
  ok: boolean;
}

/** A case result of an SDK run. */
export type SdkCaseResult = CaseResult & { sdk: SdkOutcome };

/** What an SDK run needs. */
export interface SdkRunContext {
  adapter: SdkAdapter;
  /** The embedded simulator (it has the control plane). */
  target: Target;
  seed: number;
  runs: number;
  /** Words for replay commands (`--client X`). */
  replayArgs: string;
}

/** The SDK's timeout for ordinary calls, and the bound after which a call that has not settled is a harness error. */
export const CALL_TIMEOUT_MS = 3000;
const CALL_DEADLINE_MS = 8000;

/** Mutations no SDK can express, with the reason (the mutation registry's `modes.sdk`). */
export const INEXPRESSIBLE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(MUTATIONS).flatMap((d) => {
    const why = cannotExpress(d.kind, "sdk");
    return why === undefined ? [] : [[d.kind, why]];
  }),
);

const PROXY_VARS = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"];

/** Clear the proxy variables (the Tencent SDK honours `http_proxy`); returns a function that puts them back. */
export function clearProxyEnv(): () => void {
  const saved = new Map(PROXY_VARS.map((name) => [name, process.env[name]] as const));
  for (const name of PROXY_VARS) delete process.env[name];
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/** One vendor request as the simulator logged it. */
export interface Served {
  surface?: string;
  operation?: string;
  status: number;
  code?: string;
}

/** The vendor requests served since the log was last cleared. */
export async function served(target: Target): Promise<Served[]> {
  return ((await target.control("GET", "/_sim/requests")) as { requests: Served[] }).requests;
}

export async function clearLog(target: Target): Promise<void> {
  await target.control("DELETE", "/_sim/requests");
}

/** Wait for `promise` up to `ms`; undefined when it has not settled by then. */
export async function settleWithin(promise: Promise<unknown>, ms: number): Promise<Settled | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled => ({ value }),
        (thrown: unknown): Settled => ({ thrown }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Call through the adapter; a synchronous throw counts as a rejection. */
export function invoke(
  client: SdkClient,
  operation: string,
  params: Record<string, unknown>,
): Promise<unknown> {
  try {
    return Promise.resolve(client.call(operation, params));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The adapter's view of a settled call; an adapter that throws here is a harness error. */
export function normaliseSafely(adapter: SdkAdapter, settled: Settled, surface: Surface): Surfaced {
  try {
    return adapter.normalise(settled, surface);
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `the adapter's normalise threw: ${(error as Error).message}`);
  }
}

/** Text fit for a report: no port numbers, no query strings (signatures), no secrets, bounded. */
export function sanitise(text: string, secrets: readonly string[] = []): string {
  const cleaned = redactText(text, secrets)
    .replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:PORT")
    .replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/g, "$1?…");
  return cleaned.length > 480 ? `${cleaned.slice(0, 477)}...` : cleaned;
}

function endpointOf(target: Target, surface: Surface) {
  const url = new URL(target.baseUrl);
  return { surface, url: url.origin, host: url.host, port: Number(url.port) };
}

/** One SDK call's outcome. */
interface Observed {
  surfaced: Surfaced;
  attempts: number;
  /** The status the simulator answered the last attempt with. */
  servedStatus?: number;
  /** A burst whose throttled answers the SDK retried until they went away (not a broken promise). */
  retriedAway?: string;
}

/** What SDK mode hands the SDK for one run of a case. */
export interface SdkRequest {
  perturbation: Perturbation;
  /** The judged call's parameters (with the client token of a token reuse). */
  params: Record<string, unknown>;
  /** The earlier call of a token reuse (same token), made before the judged one. */
  earlierParams?: Record<string, unknown>;
  /** Whose credentials the SDK signs with. */
  credentials: Credentials;
}

/**
 * The request of one run of a case as the SDK gets it (pure): the case's parameters filled from
 * the fixtures and perturbed as the mutation registry says, the choice among equals being the
 * run's index. Only for mutations the SDK can express (`INEXPRESSIBLE`).
 */
export function requestOf(
  c: SuiteCase,
  fixtures: Fixtures,
  credentials: Credentials,
  run: { index: number; token: string },
  limited?: Credentials,
): SdkRequest {
  const filled = fillParams(c, fixtures);
  if ("missing" in filled)
    throw new SuiteError("ENIC_FIXTURE_MISSING", `fixture role ${filled.missing} is missing`);
  const perturbation = perturbationOf({
    surface: c.surface,
    ruleCase: c.ruleCase,
    params: filled.params,
    roles: fixtures.roles,
    pick: run.index,
  });
  const { wire, signing, play } = perturbation;
  if (wire || signing === "stale-timestamp" || play.kind === "resend-signed")
    throw new Error(`${c.id}: an SDK builds and signs the request itself; it cannot send this perturbation`);
  const params = applyEdits(filled.params, perturbation.edits);
  const request: SdkRequest = {
    perturbation,
    params,
    credentials: credentialsFor(signing, credentials, limited),
  };
  if (play.kind === "token-reuse") {
    request.params = { ...params, [play.tokenParam]: run.token };
    request.earlierParams = { ...applyEdits(params, play.earlier), [play.tokenParam]: run.token };
  }
  return request;
}

/** Call once through a fresh client; counts the attempts the simulator saw. */
async function observe(
  run: SdkRunContext,
  surface: Surface,
  region: string,
  credentials: Credentials,
  operation: string,
  params: Record<string, unknown>,
): Promise<Observed> {
  const client = run.adapter.create(endpointOf(run.target, surface), credentials, region, {
    timeoutMs: CALL_TIMEOUT_MS,
  });
  await clearLog(run.target);
  const settled = await settleWithin(invoke(client, operation, params), CALL_DEADLINE_MS);
  if (!settled)
    throw new SuiteError("ENIC_TIMEOUT", `the SDK call did not settle within ${CALL_DEADLINE_MS} ms`);
  const log = await served(run.target);
  const surfaced = normaliseSafely(run.adapter, settled, surface);
  const last = log.at(-1);
  return { surfaced, attempts: log.length, ...(last ? { servedStatus: last.status } : {}) };
}

/** The case's main call (run `index`), including bursts and client-token reuses. */
async function playCase(
  run: SdkRunContext,
  c: SuiteCase,
  fixtures: Fixtures,
  index: number,
): Promise<Observed> {
  const surface = c.surface;
  const rc = c.ruleCase;
  const base = run.target.credentials(surface);
  const token = `enic-sdk-${run.seed}-${c.id.length}`;
  const request = requestOf(c, fixtures, base, { index, token }, run.target.limitedCredentials(surface));
  const { params, credentials } = request;
  const call = (p: Record<string, unknown>) =>
    observe(run, surface, fixtures.region, credentials, rc.operation, p);
  const play = request.perturbation.play;
  switch (play.kind) {
    case "burst": {
      return withBurstLimit(run.target, surface, rc.operation, async (limit) => {
        const client = run.adapter.create(endpointOf(run.target, surface), credentials, fixtures.region, {
          timeoutMs: CALL_TIMEOUT_MS,
        });
        const codes = new Set(c.rows.map((r) => r.code));
        // As in the suites (src/suites-kit/burst.ts): a burst proves something only if it fits in one
        // second or was refused; one that spread wider unrefused (a busy machine) is sent again, and
        // after BURST_TRIES of them the outcome is a harness error, never a verdict on the target.
        const took: number[] = [];
        let all: (Settled | undefined)[];
        let log: Awaited<ReturnType<typeof served>>;
        for (;;) {
          await clearLog(run.target);
          const start = performance.now();
          all = await Promise.all(
            Array.from({ length: limit + 1 }, () =>
              settleWithin(invoke(client, rc.operation, params), CALL_DEADLINE_MS),
            ),
          );
          const elapsedMs = performance.now() - start;
          log = await served(run.target);
          if (all.some((s) => s === undefined))
            throw new SuiteError("ENIC_TIMEOUT", `a burst call did not settle within ${CALL_DEADLINE_MS} ms`);
          if (elapsedMs <= 1000 || log.some((l) => l.code !== undefined && codes.has(l.code))) break;
          took.push(Math.round(elapsedMs));
          if (took.length >= BURST_TRIES)
            throw new SuiteError(
              "ENIC_TIMEOUT",
              `a burst of ${limit + 1} SDK calls never fitted in one second (they took ${took.join(", ")} ms): it shows nothing about the target's limit`,
            );
        }
        const surfaced = all.map((s) => normaliseSafely(run.adapter, s as Settled, surface));
        const shown =
          surfaced.find((s) => s.outcome === "error" && s.code !== undefined && codes.has(s.code)) ??
          surfaced.find((s) => s.outcome === "error") ??
          (surfaced.at(-1) as Surfaced);
        const throttled = log.filter((l) => l.code !== undefined && codes.has(l.code));
        const surfacedRow = surfaced.some((s) => s.code !== undefined && codes.has(s.code));
        const retriedAway =
          !surfacedRow && throttled.length > 0 && log.length > all.length
            ? `the simulator answered ${throttled.length} of ${log.length} attempts with ${[...codes].join("/")}; the SDK retried them (${log.length} attempts for ${all.length} calls) and surfaced the answers after`
            : undefined;
        return {
          surfaced: shown,
          attempts: log.length,
          ...(throttled[0] ? { servedStatus: throttled[0].status } : {}),
          ...(retriedAway ? { retriedAway } : {}),
        };
      });
    }
    case "token-reuse": {
      // The session runs the simulator with immediate progress: an answered earlier call has
      // completed, as a same-params reuse needs; an in-flight one is held by slow progress.
      const earlier = request.earlierParams ?? params;
      const before = play.before;
      const reuse = async () => {
        await call(earlier);
        return call(params);
      };
      return before.state === "in-flight" ? withSlowProgress(run.target, before.polls, reuse) : reuse();
    }
    default:
      return call(params);
  }
}

function replayOf(run: SdkRunContext, c: { surface: string; id: string }): string {
  return `npx eni-conformance run ${run.replayArgs} --surface ${c.surface} --case '${c.id}' --seed ${run.seed}`;
}

/** Run one catalogue case through the SDK; never throws. */
export async function runSdkCase(run: SdkRunContext, c: SuiteCase): Promise<SdkCaseResult> {
  const started = Date.now();
  const promised = promisedText(c);
  const secrets = [run.target.credentials(c.surface).secret];
  const result = (
    status: CaseResult["status"],
    sdk: Omit<SdkOutcome, "client" | "promised">,
    rest: Partial<CaseResult> = {},
  ): SdkCaseResult => ({
    ...caseResultOf(c, status, { seed: run.seed, runs: run.runs, replay: replayOf(run, c), started }),
    ...rest,
    sdk: { client: run.adapter.name, promised, surfaced: sanitise(sdk.surfaced, secrets), ok: sdk.ok },
  });
  const kind = c.ruleCase.mutate?.kind;
  const cannot =
    cannotExpress(kind, "sdk") ?? run.adapter.cannotExpress?.(c.ruleCase.operation, kind, c.surface);
  if (cannot) {
    const reason = `cannot be expressed through ${run.adapter.name}: ${cannot}`;
    return result("skipped", { surfaced: `not sent: ${cannot}`, ok: false }, { reason });
  }
  try {
    let last: { findings: Finding[]; text: string } | undefined;
    for (let i = 0; i < run.runs; i++) {
      await run.target.control("POST", "/_sim/reset");
      const fixtures = await run.target.fixtures(c.surface);
      if (!fixtures)
        throw new SuiteError("ENIC_FIXTURE_MISSING", `the simulator has no fixtures for ${c.surface}`);
      const observed = await playCase(run, c, fixtures, i);
      const text = describeSurfaced(observed.surfaced, observed.attempts);
      if (observed.attempts === 0 && observed.surfaced.outcome === "error") {
        const why = sanitise(
          observed.surfaced.message ?? observed.surfaced.errorType ?? "no message",
          secrets,
        );
        // A perturbed parameter the SDK checks itself cannot reach the server: the case is not
        // expressible. A well-formed request it refuses is the SDK's failure, never a skip.
        if (kind !== undefined && MUTATIONS[kind].changes === "parameters") {
          const reason = `the SDK refused the request locally, before sending anything: ${why}`;
          return result("skipped", { surfaced: `not sent: ${text}`, ok: false }, { reason });
        }
        const finding = {
          check: "sdk-outcome",
          message: `the SDK refused a well-formed request locally (nothing reached the simulator): ${why}`,
          rule: c.rule,
        };
        return result("failed", { surfaced: `not sent: ${text}`, ok: false }, { findings: [finding] });
      }
      const findings = observed.retriedAway
        ? []
        : checkSurfaced(c, observed.surfaced, observed.attempts, observed.servedStatus).map((f) => ({
            ...f,
            message: sanitise(f.message, secrets),
          }));
      last = { findings, text: observed.retriedAway ? `${observed.retriedAway}: ${text}` : text };
      if (findings.length > 0) break;
    }
    if (!last) throw new Error("no run happened");
    const ok = last.findings.length === 0;
    return result(
      ok ? "passed" : "failed",
      { surfaced: last.text, ok },
      ok ? {} : { findings: last.findings },
    );
  } catch (error) {
    const reason = sanitise(`harness error: ${(error as Error).message}`, secrets);
    return result("errored", { surfaced: `not established: ${reason}`, ok: false }, { reason });
  }
}
