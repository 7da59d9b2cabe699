/**
 * The interactions of a surface's pact, built from the specs and the rule catalogue: one per case of
 * every rule (the case's fixture roles become provider states, its perturbation is applied to the
 * request, its expected outcome becomes the response: success per the operation's schema, or the
 * error rows' code and HTTP status) and one per documented request example. The perturbation is the
 * mutation registry's (src/mutations/), the same as the suites' and SDK mode's. Requests are put on
 * the wire with the surface's own codec and signer (first encoding, the one the official SDKs use),
 * so the pact holds the cloud's exact wire shape; fields are then matched by format.
 *
 * Each example request is answered by an in-process simulator set up with the same state code a
 * verifier uses (`workbench.ts`); the answer must agree with the catalogue and the JSON Schemas, or
 * generation fails (`response-template.ts`). Its values only serve as examples: what the pact
 * requires comes from the contracts.
 */

import { loadCatalogue } from "../contracts/catalogue.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import type { Citation, PlacedErrorRow, ProvenanceKind } from "../contracts/model.ts";
import { citationKind, PROVENANCE_LABEL } from "../contracts/provenance.ts";
import { type JsonObject, loadSpec, primaryOperations } from "../contracts/spec.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireRequest } from "../core/wire.ts";
import { applyEdits, wireTransform } from "../mutations/apply.ts";
import { perturbationOf } from "../mutations/registry.ts";
import type { Perturbation } from "../mutations/types.ts";
import { changesState, surfaceModule } from "../surfaces/registry.ts";
import { type ResponseTemplate, responseTemplate, validatorFor } from "./response-template.ts";
import { mutationState, type ProviderState, roleStates, setupMutates } from "./states.ts";
import { type Injection, type RequestTemplate, requestTemplate } from "./wire-fields.ts";
import { Workbench } from "./workbench.ts";

/** What a verifier needs to know about an interaction beyond the pact's request and response. */
export interface InteractionMeta {
  /** `<surface>/<rule>#<n>` for a rule case, `<surface>/example:<id>` for a documented example. */
  id: string;
  surface: Surface;
  operation: string;
  rule?: string;
  expect: "success" | "error";
  /** Acceptable error rows (ids). */
  rows: string[];
  /** True when the interaction (or its set-up) changes the provider's world. */
  changesState: boolean;
  citations: Citation[];
  /** Where the statement and the expected outcome come from (src/contracts/provenance.ts); a documented example is the document's. */
  provenance: { statement: ProvenanceKind; outcome: ProvenanceKind; finding?: string };
}

/** One interaction, ready for pact-js. */
export interface InteractionDef {
  description: string;
  states: ProviderState[];
  request: RequestTemplate;
  /** The concrete signed request the template was made from (sent to the mock server). */
  concrete: WireRequest;
  /** A status (or a status-code matcher), headers and a body matched per the JSON Schema. */
  response: ResponseTemplate;
  meta: InteractionMeta;
  comments: string[];
}

/** An error row that no pact can show, with the reason (listed, never silently dropped). */
export interface LeftOut {
  id: string;
  reason: string;
}

function citationText(c: Citation): string {
  if ("sdk" in c) return `sdk: ${c.sdk}${c.detail ? `, ${c.detail}` : ""}`;
  return "document" in c ? `${c.document}, ${c.section}` : `companion: ${c.companion}`;
}

/**
 * Apply a case's perturbation (src/mutations/) to its filled parameters, and note in `inject` how
 * each changed field is matched: an omitted one not at all, a malformed id by its provider-state
 * expression plus the suffix, any other changed value literally.
 */
function perturb(
  perturbation: Perturbation,
  params: Record<string, unknown>,
  inject: Injection,
): { params: Record<string, unknown>; transform?: (r: WireRequest) => WireRequest } {
  for (const edit of perturbation.edits) {
    const name = edit.param;
    if ("omit" in edit) {
      delete inject.expressions[name];
      delete inject.values[name];
    } else if ("suffix" in edit && name in inject.values) {
      inject.expressions[name] = `\${${name}}${edit.suffix}`;
    } else {
      if (!("suffix" in edit)) delete inject.expressions[name];
      inject.perturbed.add(name);
    }
  }
  const perturbed = applyEdits(params, perturbation.edits);
  return perturbation.wire
    ? { params: perturbed, transform: wireTransform(perturbation.wire) }
    : { params: perturbed };
}

/**
 * Build every interaction of a surface (cases, then documented examples) and the rows left out:
 * what `eni-conformance pacts` writes, as values a consumer test registers on pact-js with
 * {@link addInteraction}. Each interaction's `meta.id` is the case id of the report.
 *
 * @example
 * ```ts
 * import { addInteraction, buildInteractions, reify } from "eni-conformance";
 *
 * const { interactions } = await buildInteractions("tencent-v3");
 * const missingEni = interactions.find((i) => i.meta.id === "tencent-v3/eni.exists#1");
 * // register it: addInteraction(new PactV4({ ... }), missingEni).executeTest(...), with the ids of
 * // reify(missingEni.request.jsonBody) — the whole test: examples/library/pact-consumer.ts
 * ```
 */
export async function buildInteractions(
  surface: Surface,
): Promise<{ interactions: InteractionDef[]; leftOut: LeftOut[] }> {
  const bench = new Workbench();
  await bench.start();
  const m = surfaceModule(surface);
  const catalogue = loadCatalogue();
  const fixtures = await bench.env.fixtures(surface);
  if (!fixtures) throw new SuiteError("ENIC_FIXTURE_MISSING", `no fixtures for ${surface}`);
  const host = m.defaults.host;
  const interactions: InteractionDef[] = [];
  for (const rule of catalogue.rules) {
    const entry = rule.surfaces[surface];
    if (!entry) continue;
    for (const [i, rc] of entry.cases.entries()) {
      const id = `${surface}/${rule.id}#${i + 1}`;
      const rows = (rc.errorRows ?? []).flatMap((rid) =>
        catalogue.errorRows.filter((r) => r.id === rid && r.surface === surface),
      );
      const action = m.operations.find((o) => o.operation === rc.operation)?.action ?? rc.operation;
      const inject: Injection = { values: {}, expressions: {}, perturbed: new Set() };
      const params: Record<string, unknown> = {};
      for (const [param, role] of Object.entries(rc.given)) {
        const value = fixtures.roles[role];
        if (value === undefined) throw new SuiteError("ENIC_FIXTURE_MISSING", `${id}: no fixture ${role}`);
        params[param] = value;
        inject.values[param] = value;
        inject.expressions[param] = `\${${param}}`;
      }
      Object.assign(params, rc.with);
      // A pact shows one fixed choice among equals: the first (PerturbInput.pick).
      const perturbation = perturbationOf({ surface, ruleCase: rc, params, roles: fixtures.roles, pick: 0 });
      const states = roleStates(rc.given);
      const extra = mutationState(perturbation, rc, action);
      if (extra) states.push(extra);
      const play = perturbation.play;
      if (play.kind === "token-reuse") {
        const token = play.tokenParam;
        params[token] = "00000000-0000-4000-8000-000000000000";
        inject.values[token] = params[token] as string;
        inject.expressions[token] = `\${${token}}`;
      }
      const perturbed = perturb(perturbation, params, inject);
      const build = (values: Record<string, string>) => {
        const p = { ...perturbed.params };
        for (const [name, expr] of Object.entries(inject.expressions)) {
          const v = values[name];
          if (v !== undefined && name in p) p[name] = expr.replace(`\${${name}}`, v);
        }
        const encoded = m.codec.encodeRequest(rc.operation, p, { region: fixtures.region, host });
        return perturbed.transform ? perturbed.transform(encoded) : encoded;
      };
      const mutates =
        (changesState(surface, rc.operation) && rc.expect === "success") || states.some(setupMutates);
      const meta: InteractionMeta = {
        id,
        surface,
        operation: rc.operation,
        rule: rule.id,
        expect: rc.expect,
        rows: rows.map((r) => r.id),
        changesState: mutates,
        citations: entry.source,
        provenance: {
          statement: entry.provenance.kind,
          outcome: rc.provenance?.kind ?? entry.provenance.kind,
          ...(rc.provenance?.finding ? { finding: rc.provenance.finding } : {}),
        },
      };
      const outcome =
        rc.expect === "success"
          ? `succeeds`
          : rows.length > 0
            ? `is refused with ${[...new Set(rows.map((r) => r.code))].join(" or ")}`
            : "is refused (no code documented)";
      const description = `${id} ${rule.title}: ${action} ${outcome}`;
      const comments = [
        `rule ${rule.id} (${PROVENANCE_LABEL[entry.provenance.kind]}): ${entry.statement}`,
        ...entry.source.map((c) => `source: ${citationText(c)}`),
        ...rows.map((r) => `error row ${r.id}: ${r.code} (HTTP ${r.http}) — ${r.meaning}`),
        `expected outcome: ${PROVENANCE_LABEL[rc.provenance?.kind ?? entry.provenance.kind]}`,
        ...(rc.finding ? [`finding ${rc.finding}`] : []),
      ];
      interactions.push(
        await finish(bench, surface, description, states, inject, build, rc, rows, meta, comments),
      );
    }
  }
  interactions.push(...(await exampleInteractions(bench, surface, fixtures, catalogue.rules)));
  const leftOut = catalogue.errorRows
    .filter((r) => r.surface === surface && r.unprovokable !== undefined)
    .map((r) => ({ id: r.id, reason: r.unprovokable ?? "" }));
  return { interactions, leftOut };
}

async function finish(
  bench: Workbench,
  surface: Surface,
  description: string,
  states: ProviderState[],
  inject: Injection,
  build: (values: Record<string, string>) => WireRequest,
  rc: { operation: string; expect: "success" | "error" },
  rows: PlacedErrorRow[],
  meta: InteractionMeta,
  comments: string[],
  documentedBody?: unknown,
): Promise<InteractionDef> {
  const { request, response } = await bench.play(surface, states, build);
  const template = requestTemplate(surface, rc.operation, request, inject);
  const expected = responseTemplate(
    surface,
    rc.operation,
    rc.expect,
    rows,
    response,
    meta.id,
    documentedBody,
  );
  return { description, states, request: template, concrete: request, response: expected, meta, comments };
}

/** One interaction per documented request example, answered as the document's response example says. */
async function exampleInteractions(
  bench: Workbench,
  surface: Surface,
  fixtures: { region: string; roles: Record<string, string> },
  rules: ReturnType<typeof loadCatalogue>["rules"],
): Promise<InteractionDef[]> {
  const m = surfaceModule(surface);
  const out: InteractionDef[] = [];
  for (const op of primaryOperations(surface, loadSpec(surface))) {
    const examples = (op.op["x-request-examples"] ?? []) as JsonObject[];
    if (examples.length === 0) continue;
    // The fixture roles of the example's ids: those of the operation's plain success case.
    const success = rules
      .flatMap((r) => r.surfaces[surface]?.cases ?? [])
      .find((c) => c.operation === op.operationId && c.expect === "success" && !c.mutate);
    if (!success)
      throw new SuiteError("ENIC_CONFIG", `${surface} ${op.operationId}: no success case to take roles from`);
    // The document's response example, unless it carries a finding (then the pact follows the
    // spec's resolution of the finding, which the simulator implements).
    const documented = documentedResponse(op.op);
    const useDocumented = documented !== undefined && documented.finding === undefined;
    for (const ex of examples) {
      const exParams = (ex.params ?? {}) as Record<string, unknown>;
      const given = Object.fromEntries(Object.entries(success.given).filter(([p]) => p in exParams));
      const states = roleStates(given);
      const inject: Injection = { values: {}, expressions: {}, perturbed: new Set() };
      const params: Record<string, unknown> = { ...exParams };
      const notes: string[] = [];
      for (const [param, role] of Object.entries(given)) {
        const fixture = fixtures.roles[role] as string;
        const value = String(exParams[param]);
        // The document's own id when it has the documented format; else (a finding) the fixture's.
        const ok = idFits(surface, op.operationId, param, value);
        params[param] = ok ? value : fixture;
        if (!ok)
          notes.push(
            `${param}: the document's example value ${value} does not fit the parameter's format; the pact's example uses ${fixture}`,
          );
        inject.values[param] = params[param] as string;
        inject.expressions[param] = `\${${param}}`;
      }
      const id = `${surface}/example:${String(ex.id)}`;
      const source = ex["x-source"] as Citation | undefined;
      const meta: InteractionMeta = {
        id,
        surface,
        operation: op.operationId,
        expect: "success",
        rows: [],
        changesState: changesState(surface, op.operationId),
        citations: source ? [source] : [],
        provenance: {
          statement: source ? citationKind(source) : "inferred",
          outcome: source ? citationKind(source) : "inferred",
        },
      };
      const build = (values: Record<string, string>) => {
        const p = { ...params };
        for (const [name, v] of Object.entries(values)) if (name in p) p[name] = v;
        return m.codec.encodeRequest(op.operationId, p, { region: fixtures.region, host: m.defaults.host });
      };
      const comments = [
        `documented example ${String(ex.id)}${source ? ` (${citationText(source)})` : ""}`,
        ...(documented && useDocumented ? [`response: documented example ${documented.id}`] : []),
        ...(documented?.finding
          ? [`the document's response example ${documented.id} is not used: finding ${documented.finding}`]
          : []),
        ...(ex["x-finding"] ? [`finding ${String(ex["x-finding"])}`] : []),
        ...notes,
      ];
      out.push(
        await finish(
          bench,
          surface,
          `${id} documented example: ${op.action} succeeds`,
          states,
          inject,
          build,
          { operation: op.operationId, expect: "success" },
          [],
          meta,
          comments,
          useDocumented ? documented?.value : undefined,
        ),
      );
    }
  }
  return out;
}

/** True when `value` is a valid `param` of the operation's request schema (other members aside). */
function idFits(surface: Surface, operation: string, param: string, value: string): boolean {
  const v = validatorFor(schemaFile(surface, operation, "request"));
  v({ [param]: value });
  return !(v.errors ?? []).some((e) => e.instancePath === `/${param}`);
}

/** The documented JSON success example of an operation's 200 response, if any. */
function documentedResponse(op: JsonObject): { id: string; value: unknown; finding?: string } | undefined {
  const responses = op.responses as JsonObject | undefined;
  const ok = responses?.["200"] as JsonObject | undefined;
  const content = ok?.content as JsonObject | undefined;
  for (const [media, raw] of Object.entries(content ?? {})) {
    if (!media.includes("json")) continue;
    const examples = (raw as JsonObject).examples as JsonObject | undefined;
    for (const [id, raw] of Object.entries(examples ?? {})) {
      const ex = raw as JsonObject;
      const finding = ex["x-finding"];
      return { id, value: ex.value, ...(finding !== undefined ? { finding: String(finding) } : {}) };
    }
  }
  return undefined;
}
