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
 * verifier uses; the answer must agree with the catalogue and the JSON Schemas, or generation fails.
 * Its values only serve as examples: what the pact requires comes from the contracts.
 */

import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { loadCatalogue } from "../contracts/catalogue.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import type { Citation, PlacedErrorRow } from "../contracts/model.ts";
import { type JsonObject, loadSpec, primaryOperations } from "../contracts/spec.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import { applyEdits, wireTransform } from "../mutations/apply.ts";
import { perturbationOf } from "../mutations/registry.ts";
import type { Perturbation } from "../mutations/types.ts";
import { createSimulator } from "../sim/simulator.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";
import { equal, oneOf, pathsOfValue, regex, templateFromSchema, type } from "./matchers.ts";
import { type ProviderEnv, StateRunner } from "./provider.ts";
import { mutationState, type ProviderState, roleStates, setupMutates } from "./states.ts";
import { type Injection, type RequestTemplate, requestTemplate } from "./wire-fields.ts";

/** The default account of the simulator (key id only goes into pacts; the secret never does). */
export const PACT_ACCOUNT: Credentials = { accessKeyId: "AKIDtest", secret: "testkey" };
/** The time example requests are signed at, so pact files are the same on every generation. */
export const GENERATED_AT = "2026-01-01T00:00:00Z";

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
}

/** One interaction, ready for pact-js. */
export interface InteractionDef {
  description: string;
  states: ProviderState[];
  request: RequestTemplate;
  /** The concrete signed request the template was made from (sent to the mock server). */
  concrete: WireRequest;
  /** A status, or (rows of several statuses) a status-code matcher. */
  response: { status: number | StatusMatcher; headers: Record<string, unknown>; jsonBody: unknown };
  meta: InteractionMeta;
  comments: string[];
}

/** Pact's status-code matcher: any of `status`. */
export interface StatusMatcher {
  "pact:matcher:type": "statusCode";
  status: number[];
  value: number;
}

/** An error row that no pact can show, with the reason (listed, never silently dropped). */
export interface LeftOut {
  id: string;
  reason: string;
}

const STATE_CHANGING = /^(attach|detach|migrate)/i;

function citationText(c: Citation): string {
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

/** Everything needed to build a surface's interactions: an in-process simulator and its state runner. */
class Workbench {
  readonly sim = createSimulator({ seed: 1 });
  readonly clock = fixedClock(GENERATED_AT);
  readonly random = seededRandom(7);
  readonly runner: StateRunner;
  private fixtureCache = new Map<Surface, { region: string; roles: Record<string, string> }>();

  constructor() {
    const handle = async (req: WireRequest): Promise<WireResponse> => {
      const res = await this.sim.handleWire(req);
      if (res === "drop") throw new SuiteError("ENIC_TARGET_UNREACHABLE", "the simulator dropped a request");
      return res;
    };
    const control = async (method: string, path: string, body?: unknown) => {
      const res = await handle({
        method,
        url: path,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? "" : JSON.stringify(body),
      });
      if (res.status !== 200) throw new SuiteError("ENIC_BAD_RESPONSE", `${method} ${path}: ${res.body}`);
      return JSON.parse(res.body) as unknown;
    };
    const env: ProviderEnv = {
      control,
      send: handle,
      fixtures: async (surface) => {
        const hit = this.fixtureCache.get(surface);
        if (hit) return hit;
        const f = (await control("GET", `/_sim/fixtures?surface=${surface}`)) as {
          region: string;
          roles: Record<string, string>;
        };
        this.fixtureCache.set(surface, f);
        return f;
      },
      credentials: () => PACT_ACCOUNT,
      host: (surface) => surfaceModule(surface).defaults.host,
      clock: this.clock,
      random: this.random,
    };
    this.runner = new StateRunner(env);
    this.env = env;
  }
  readonly env: ProviderEnv;

  async start(): Promise<void> {
    await this.env.control?.("PUT", "/_sim/clock", { now: GENERATED_AT });
    await this.runner.init();
  }

  /** Set up the states, sign and send the request as a verifier would; the answer and injected values. */
  async play(
    surface: Surface,
    states: ProviderState[],
    build: (values: Record<string, string>) => WireRequest,
  ): Promise<{ request: WireRequest; response: WireResponse }> {
    await this.runner.beforeEach();
    await this.env.control?.("PUT", "/_sim/clock", { now: GENERATED_AT });
    const values: Record<string, string> = {};
    for (const s of states) Object.assign(values, await this.runner.setup(surface, s));
    const { request, replayFirst } = await this.runner.sign(surface, build(values));
    if (replayFirst) await this.env.send(request);
    return { request, response: await this.env.send(request) };
  }
}

/** Build every interaction of a surface (cases, then documented examples) and the rows left out. */
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
      const changesState =
        (STATE_CHANGING.test(rc.operation) && rc.expect === "success") || states.some(setupMutates);
      const meta: InteractionMeta = {
        id,
        surface,
        operation: rc.operation,
        rule: rule.id,
        expect: rc.expect,
        rows: rows.map((r) => r.id),
        changesState,
        citations: entry.source,
      };
      const outcome =
        rc.expect === "success"
          ? `succeeds`
          : rows.length > 0
            ? `is refused with ${[...new Set(rows.map((r) => r.code))].join(" or ")}`
            : "is refused (no code documented)";
      const description = `${id} ${rule.title}: ${action} ${outcome}`;
      const comments = [
        `rule ${rule.id}: ${entry.statement}`,
        ...entry.source.map((c) => `source: ${citationText(c)}`),
        ...rows.map((r) => `error row ${r.id}: ${r.code} (HTTP ${r.http}) — ${r.meaning}`),
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

const ajv = createAjv();
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

function validatorFor(file: string) {
  let v = validators.get(file);
  if (!v) {
    v = ajv.compile(readJson(file) as object);
    validators.set(file, v);
  }
  return v;
}

/**
 * The response half: status and code from the catalogue, body matched per the JSON Schema. The
 * example answer must agree with both, else generation stops (a pact must not contradict the
 * documents).
 */
function responseTemplate(
  surface: Surface,
  operation: string,
  expect: "success" | "error",
  rows: PlacedErrorRow[],
  answer: WireResponse,
  id: string,
  documentedBody?: unknown,
): InteractionDef["response"] {
  const m = surfaceModule(surface);
  const outcome = m.codec.decodeResponse(operation, answer);
  const fail = (why: string) => {
    throw new SuiteError(
      "ENIC_BAD_RESPONSE",
      `${id}: the simulator's example answer ${why}: ${answer.status} ${answer.body.slice(0, 300)}`,
    );
  };
  if (outcome.kind === "malformed") fail(`is malformed (${outcome.reason})`);
  if (outcome.kind !== expect) fail(`is a ${outcome.kind}, the catalogue expects ${expect}`);
  const codes = [...new Set(rows.map((r) => r.code))];
  if (outcome.kind === "error" && codes.length > 0) {
    const seen = [outcome.code, outcome.alternateCode].filter((c): c is string => c !== undefined);
    if (!seen.some((c) => codes.includes(c)))
      fail(`has code ${outcome.code}, not one of ${codes.join(", ")}`);
    const statuses = new Set(rows.map((r) => r.http));
    if (!statuses.has(answer.status)) fail(`has HTTP ${answer.status}, not ${[...statuses].join(" or ")}`);
  }
  const body = documentedBody ?? (JSON.parse(answer.body) as unknown);
  const file = schemaFile(surface, operation, expect === "success" ? "response" : "error");
  const validate = validatorFor(file);
  if (!validate(body)) fail(`does not fit ${file}: ${formatErrors(validate.errors).join("; ")}`);
  const overrides = new Map<string, unknown>();
  if (outcome.kind === "error") {
    const shown = rows.filter((r) => r.code === outcome.code || r.code === outcome.alternateCode);
    if (codes.length > 0) {
      for (const p of pathsOfValue(body, new Set(codes))) {
        const value = valueAt(body, p);
        overrides.set(
          p,
          typeof value === "string"
            ? codes.length === 1
              ? equal(value)
              : regex(oneOf(codes), value)
            : value,
        );
      }
    }
    // Rows told apart only by their message (JD: one code, several documented messages).
    const messages = rows.map((r) => r.message).filter((x): x is string => x !== undefined);
    if (messages.length === rows.length && messages.length > 0 && shown.length > 0) {
      for (const p of pathsOfValue(body, new Set(messages))) {
        overrides.set(p, regex(oneOf([...new Set(messages)]), String(valueAt(body, p))));
      }
    }
  }
  const root = readJson(file) as Record<string, unknown>;
  const jsonBody = templateFromSchema(root, body, root, overrides);
  // The JSON body sets Content-Type (pact compares its media type); the request id header is typed.
  const headers: Record<string, unknown> = {};
  const ridHeader = m.defaults.requestIdHeader;
  const rid = ridHeader ? answer.headers[ridHeader] : undefined;
  if (ridHeader && rid !== undefined) headers[ridHeader] = type(rid);
  const statuses = [...new Set(rows.map((r) => r.http))].sort((a, b) => a - b);
  const status: number | StatusMatcher =
    statuses.length > 1
      ? { "pact:matcher:type": "statusCode", status: statuses, value: answer.status }
      : answer.status;
  return { status, headers, jsonBody };
}

function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path
    .slice(2)
    .split(/\.|\[(\d+)\]/)
    .filter((x) => x !== undefined && x !== "")) {
    v = (v as Record<string, unknown>)?.[part];
  }
  return v;
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
        changesState: STATE_CHANGING.test(op.operationId),
        citations: source ? [source] : [],
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
