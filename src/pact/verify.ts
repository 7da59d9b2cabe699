/**
 * Provider verification of the generated pacts with pact's `Verifier`, one run per surface. Provider
 * states are set up by `StateRunner` (the simulator's control plane and fixture roles, or a fixtures
 * file on a URL target); a request filter signs every replayed request afresh with the surface's own
 * signer. Interactions a target cannot take are left out of the run and reported as skipped with the
 * reason (a state that needs the control plane, a state change a target without one cannot undo, a
 * fixture role the fixtures lack) — never as verified. Problems of the harness are kept apart from
 * verification failures.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { send } from "../client/transport.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { cryptoRandom, systemClock } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireRequest } from "../core/wire.ts";
import { createTarget, type Fixtures, type Target, type TargetConfig } from "../suites-kit/target.ts";
import { routeRequest } from "../surfaces/registry.ts";
import { pactFile } from "./generate.ts";
import type { InteractionMeta } from "./interactions.ts";
import { loadPact } from "./pact-lib.ts";
import { StateRunner } from "./provider.ts";
import { limitedKeyNeed, needsControl, type ProviderState } from "./states.ts";

/** The paths of pact-js's own proxy endpoints (`/_pactSetup`, `/_pactMessageTransport`). */
const PACT_PATHS = "/_pact";

/** Options of a verification. */
export interface VerifyOptions {
  /**
   * The target as a run configures it (src/config/): `sim` (the simulator, started in this process
   * on 127.0.0.1) or a base URL, with its credentials, fixtures and whether to use its control plane.
   */
  target: TargetConfig;
  pactsDir: string;
  surfaces: readonly Surface[];
  /** Only the interactions whose id (`<surface>/<rule>#<n>`) passes this filter. */
  only?: (id: string) => boolean;
  /** Called with the target once it is up (tests use it to switch a deviation on). */
  onTarget?: (target: Target) => Promise<void>;
}

/** The outcome of one interaction. */
export interface InteractionOutcome {
  id: string;
  surface: Surface;
  description: string;
  status: "verified" | "failed" | "skipped";
  /** Why it was skipped, or what did not match. */
  detail?: string;
  /** Skipped because a provider state failed while the run set it up (never a pass: exit 2). */
  notSetUp?: boolean;
}

/** The outcome of a verification. */
export interface VerifyReport {
  target: string;
  outcomes: InteractionOutcome[];
  /** Problems of the harness (a reset or signing failure, no fixtures, a result the core did not give). */
  errors: string[];
}

interface PactInteraction {
  description: string;
  providerStates?: ProviderState[];
  comments?: { "eni-conformance"?: InteractionMeta };
}

interface PactDoc {
  interactions: PactInteraction[];
  [key: string]: unknown;
}

function readPact(file: string): PactDoc {
  let doc: PactDoc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8")) as PactDoc;
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `cannot read pact ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!Array.isArray(doc.interactions)) throw new SuiteError("ENIC_CONFIG", `${file} has no interactions`);
  return doc;
}

/** Why `target` cannot take an interaction, or undefined when it can. */
function skipReason(
  interaction: PactInteraction,
  meta: InteractionMeta,
  target: Target,
  fixtures: Fixtures | undefined,
): string | undefined {
  const states = interaction.providerStates ?? [];
  if (!target.hasControl) {
    const control = states.find(needsControl);
    if (control)
      return `the state "${control.name}" needs the target's control plane (/_sim/), which ${target.baseUrl} does not have`;
    if (meta.changesState)
      return `it changes the target's state, and without a control plane verify-pacts cannot put it back (run it against a simulator, or use \`eni-conformance run --allow-mutations\`)`;
  }
  const limited = states.map(limitedKeyNeed).find((reason) => reason !== undefined);
  if (limited && !target.limitedCredentials(meta.surface)) return limited;
  for (const s of states) {
    const p = s.params as { roles?: Record<string, string>; given?: Record<string, string> };
    for (const role of Object.values({ ...p.roles, ...p.given })) {
      if (fixtures?.roles[role] === undefined) return `the fixtures have no role ${role}`;
    }
  }
  return undefined;
}

function wireOf(req: IncomingMessage & { body?: unknown }): WireRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  // pact-js's proxy has parsed a JSON body already (and would send JSON.stringify of it on); the
  // length is the transport's business and is set again after signing.
  const b = req.body;
  const sent = Number(headers["content-length"] ?? "0") > 0 || headers["transfer-encoding"] !== undefined;
  delete headers["content-length"];
  delete headers["transfer-encoding"];
  let body = "";
  if (sent && Buffer.isBuffer(b)) body = b.toString("utf8");
  else if (sent && typeof b === "string") body = b;
  else if (sent && b && typeof b === "object") body = JSON.stringify(b);
  return { method: (req.method ?? "GET").toUpperCase(), url: req.url ?? "/", headers, body };
}

/** Verify the pacts of `surfaces` against the target. */
export async function verifyPacts(options: VerifyOptions): Promise<VerifyReport> {
  const { Verifier } = await loadPact();
  const target = await createTarget(options.target);
  const report: VerifyReport = {
    target: target.kind === "sim" ? "sim" : target.baseUrl,
    outcomes: [],
    errors: [],
  };
  const work = mkdtempSync(join(tmpdir(), "enic-pacts-"));
  try {
    // pact-js's proxy cannot survive a target that refuses connections: make sure it answers first.
    try {
      await send(target.baseUrl, { method: "GET", url: "/", headers: {}, body: "" }, { timeoutMs: 10_000 });
    } catch (error) {
      throw new SuiteError(
        "ENIC_TARGET_UNREACHABLE",
        `${target.baseUrl} does not answer: ${(error as Error).message}`,
      );
    }
    await options.onTarget?.(target);
    const host = new URL(target.baseUrl).host;
    const runner = new StateRunner({
      ...(target.hasControl ? { control: (m, p, b) => target.control(m, p, b) } : {}),
      send: (req) => send(target.baseUrl, req, { timeoutMs: 10_000 }),
      fixtures: (surface) => target.fixtures(surface),
      credentials: (surface) => target.credentials(surface),
      limitedCredentials: (surface) => target.limitedCredentials(surface),
      host: () => host,
      clock: systemClock,
      random: cryptoRandom,
    });
    await runner.init();
    for (const surface of options.surfaces) {
      const doc = readPact(pactFile(options.pactsDir, surface));
      const fixtures = await target.fixtures(surface);
      if (!fixtures) {
        report.errors.push(
          `${surface}: no fixtures (pass --fixtures FILE, or use a target with a control plane)`,
        );
        continue;
      }
      const runnable: PactInteraction[] = [];
      const byDescription = new Map<string, InteractionMeta>();
      for (const interaction of doc.interactions) {
        const meta = interaction.comments?.["eni-conformance"];
        if (!meta)
          throw new SuiteError(
            "ENIC_CONFIG",
            `${surface}: interaction "${interaction.description}" lacks its eni-conformance comment`,
          );
        if (options.only && !options.only(meta.id)) continue;
        const reason = skipReason(interaction, meta, target, fixtures);
        if (reason) {
          report.outcomes.push({
            id: meta.id,
            surface,
            description: interaction.description,
            status: "skipped",
            detail: reason,
          });
          continue;
        }
        runnable.push(interaction);
        byDescription.set(interaction.description, meta);
      }
      if (runnable.length === 0) continue;
      const file = join(work, `${surface}.json`);
      writeFileSync(file, JSON.stringify({ ...doc, interactions: runnable }));
      const errorsBefore = report.errors.length;
      // The verifier runs the interactions one after the other in file order; `beforeEach` runs once
      // before the states of each, so `index` says which interaction a failing state belongs to.
      let index = -1;
      const stateFailures = new Map<number, string>();
      const stateHandlers: Record<string, (params?: unknown) => Promise<Record<string, string>>> = {};
      for (const i of runnable) {
        for (const s of i.providerStates ?? []) {
          stateHandlers[s.name] = async (params) => {
            try {
              return await runner.setup(surface, { name: s.name, params: params as ProviderState["params"] });
            } catch (error) {
              // pact-js swallows a handler's error and lets the interaction run anyway; remember it.
              if (!stateFailures.has(index))
                stateFailures.set(index, `"${s.name}": ${(error as Error).message}`);
              throw error;
            }
          };
        }
      }
      const verifier = new Verifier({
        provider: surface,
        providerBaseUrl: target.baseUrl,
        pactUrls: [file],
        changeOrigin: true,
        timeout: 10_000,
        logLevel: "error",
        stateHandlers: stateHandlers as never,
        beforeEach: async () => {
          index += 1;
          try {
            await runner.beforeEach();
          } catch (error) {
            report.errors.push(`${surface}: resetting the target: ${(error as Error).message}`);
            throw error;
          }
        },
        requestFilter: ((req: IncomingMessage, _res: unknown, next: (error?: unknown) => void) => {
          // The verifier's own calls (state set-up) pass through the same middleware.
          if ((req.url ?? "").startsWith(PACT_PATHS)) {
            next();
            return;
          }
          const wire = wireOf(req);
          const module = routeRequest(wire);
          if (!module || module.id !== surface) {
            report.errors.push(
              `${surface}: the replayed request ${wire.method} ${wire.url} is not shaped like ${surface}`,
            );
            next();
            return;
          }
          runner
            .sign(surface, wire)
            .then(async ({ request, replayFirst }) => {
              if (replayFirst) await send(target.baseUrl, request, { timeoutMs: 10_000 });
              const r = req as unknown as {
                url: string;
                headers: Record<string, string | undefined>;
                body?: unknown;
              };
              r.url = request.url;
              for (const k of Object.keys(r.headers)) if (!(k in request.headers)) delete r.headers[k];
              for (const [k, v] of Object.entries(request.headers)) r.headers[k] = v;
              r.body = Buffer.from(request.body, "utf8");
              r.headers["content-length"] = String(Buffer.byteLength(request.body));
              next();
            })
            .catch((error: Error) => {
              report.errors.push(`${surface}: signing the replayed request: ${error.message}`);
              next(error);
            });
        }) as never,
      });
      let json: string;
      try {
        json = String(await verifier.verifyProvider());
      } catch (error) {
        json = (error as Error).message;
      }
      const results = parseResults(json);
      if (results === undefined) {
        if (report.errors.length === errorsBefore)
          report.errors.push(`${surface}: the pact verifier gave no readable result: ${json.slice(0, 300)}`);
        continue;
      }
      if (
        stateFailures.size > 0 &&
        [...results.keys()].join("\n") !== runnable.map((i) => i.description).join("\n")
      ) {
        report.errors.push(
          `${surface}: provider states failed, but the verifier's order does not say for which interaction`,
        );
      }
      for (const [k, i] of runnable.entries()) {
        const meta = byDescription.get(i.description) as InteractionMeta;
        const r = results.get(i.description);
        if (!r) {
          report.errors.push(`${surface}: the pact verifier did not report on "${i.description}"`);
          continue;
        }
        const failure = stateFailures.get(k);
        if (failure !== undefined) {
          // Not verified: the interaction ran without its state, so its verdict says nothing.
          report.outcomes.push({
            id: meta.id,
            surface,
            description: i.description,
            status: "skipped",
            detail: `its provider state could not be set up: ${failure}`,
            notSetUp: true,
          });
          continue;
        }
        report.outcomes.push({
          id: meta.id,
          surface,
          description: i.description,
          status: r.ok ? "verified" : "failed",
          ...(r.ok ? {} : { detail: r.mismatches.join("; ") || "the verifier reports a failure" }),
        });
      }
    }
    // Leave a target with a control plane in its seed world with the settings it had.
    await runner.restore();
  } finally {
    rmSync(work, { recursive: true, force: true });
    await target.close();
  }
  return report;
}

/** Per interaction description: passed or not, and the mismatch texts (from the verifier's JSON result). */
function parseResults(json: string): Map<string, { ok: boolean; mismatches: string[] }> | undefined {
  let result: {
    interactionResults?: { description?: string; result?: string }[];
    errors?: { interaction?: string; mismatch?: unknown }[];
  };
  try {
    result = JSON.parse(json) as typeof result;
  } catch {
    return undefined;
  }
  if (typeof result !== "object" || result === null || !Array.isArray(result.interactionResults))
    return undefined;
  const out = new Map<string, { ok: boolean; mismatches: string[] }>();
  for (const r of result.interactionResults) {
    // The core reports "OK" or "Error"; anything else is not a verdict.
    if (r.result !== "OK" && r.result !== "Error") return undefined;
    out.set(String(r.description), { ok: r.result === "OK", mismatches: [] });
  }
  for (const e of result.errors ?? []) {
    const name = String(e.interaction ?? "");
    for (const [description, entry] of out) {
      if (name.endsWith(` - ${description}`)) entry.mismatches.push(mismatchText(e.mismatch));
    }
  }
  return out;
}

function mismatchText(m: unknown): string {
  if (!m || typeof m !== "object") return String(m);
  const o = m as { type?: string; message?: string; mismatches?: { mismatch?: string; path?: string }[] };
  if (Array.isArray(o.mismatches)) {
    return o.mismatches.map((x) => `${x.path ?? ""} ${x.mismatch ?? JSON.stringify(x)}`.trim()).join("; ");
  }
  return o.message ?? JSON.stringify(m);
}
