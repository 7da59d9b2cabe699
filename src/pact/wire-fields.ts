/**
 * The request side of a pact, from the wire: which headers and query parameters a surface's signer
 * writes (found by signing one request twice with different keys, clocks and randomness, so no
 * per-cloud list is kept here), how to strip and re-sign a replayed request, and the matcher of
 * every request field from the spec: the operation's header, query and path parameters, its
 * action-parameter schema, and the security schemes' `x-pattern` for the Authorization header.
 */

import { schemaFile } from "../contracts/json-schema.ts";
import { type Json, type JsonObject, listOperations, loadSpec, resolvePointer } from "../contracts/spec.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import { fixedClock, seededRandom } from "../core/clock.ts";
import { parseForm, rawPath, rawQuery, type WireRequest } from "../core/wire.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { SignContext } from "../surfaces/types.ts";
import { escapeRegex, fromState, leafMatcher, regex, resolveSchema, type Schema } from "./matchers.ts";

/** The headers and query parameters a surface's signer writes. */
export interface SigningFields {
  headers: Set<string>;
  query: Set<string>;
}

const signingCache = new Map<Surface, SigningFields>();

function queryMap(url: string): Map<string, string> {
  return new Map(parseForm(rawQuery(url)) ?? []);
}

/** Find the fields the signer of `surface` writes: sign one request twice and compare. */
export function signingFields(surface: Surface): SigningFields {
  const hit = signingCache.get(surface);
  if (hit) return hit;
  const m = surfaceModule(surface);
  const op = m.operations[0];
  if (!op) throw new Error(`${surface} has no operations`);
  const unsigned = m.codec.encodeRequest(
    op.operation,
    {},
    { region: m.defaults.region, host: m.defaults.host },
  );
  const sign = (n: number): WireRequest =>
    m.signer.sign(unsigned, {
      credentials: { accessKeyId: `AKIDprobe${n}`, secret: `secret${n}` },
      clock: fixedClock(1_700_000_000_000 + n * 86_400_000 + n * 1000),
      random: seededRandom(n),
      region: m.defaults.region,
    });
  const [a, b] = [sign(1), sign(2)];
  const fields: SigningFields = { headers: new Set(), query: new Set() };
  for (const name of new Set([...Object.keys(a.headers), ...Object.keys(b.headers)])) {
    if (unsigned.headers[name] === undefined || a.headers[name] !== b.headers[name]) fields.headers.add(name);
  }
  const [uq, aq, bq] = [queryMap(unsigned.url), queryMap(a.url), queryMap(b.url)];
  for (const name of new Set([...aq.keys(), ...bq.keys()])) {
    if (!uq.has(name) || aq.get(name) !== bq.get(name)) fields.query.add(name);
  }
  signingCache.set(surface, fields);
  return fields;
}

function encodePair(k: string, v: string): string {
  return `${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
}

/** `req` without anything its surface's signer writes (ready to be signed afresh). */
export function stripSigning(surface: Surface, req: WireRequest): WireRequest {
  const fields = signingFields(surface);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (!fields.headers.has(k)) headers[k] = v;
  const path = rawPath(req.url);
  const query = rawQuery(req.url);
  if (query === "") return { ...req, headers };
  const kept = (parseForm(query) ?? [])
    .filter(([k]) => !fields.query.has(k))
    .map(([k, v]) => encodePair(k, v));
  return { ...req, headers, url: kept.length > 0 ? `${path}?${kept.join("&")}` : path };
}

/** Strip the old signature and sign `req` again with `ctx`. */
export function resign(surface: Surface, req: WireRequest, ctx: SignContext): WireRequest {
  return surfaceModule(surface).signer.sign(stripSigning(surface, req), ctx);
}

/** What the spec says about the fields of one operation's requests. */
export interface FieldSchemas {
  headers: Map<string, Schema>;
  query: Map<string, Schema>;
  /** `x-pattern` of a header security scheme, by lower-case header name. */
  authPatterns: Map<string, string>;
  /** The bundled action-parameter schema and its properties. */
  paramsRoot: Record<string, unknown>;
  params: Record<string, Schema>;
}

function derefDeep(spec: JsonObject, value: Json | undefined): Json | undefined {
  let v = value;
  for (let i = 0; i < 16; i++) {
    if (v && typeof v === "object" && !Array.isArray(v) && typeof v.$ref === "string")
      v = resolvePointer(spec, v.$ref);
    else break;
  }
  return v;
}

/** Inline every `$ref` of a spec schema (specs have no recursive schemas). */
function inline(spec: JsonObject, value: Json | undefined, depth = 0): Schema {
  if (depth > 32) throw new Error("schema nesting too deep");
  const v = derefDeep(spec, value);
  if (v === undefined) return true;
  if (typeof v === "boolean") return v;
  if (v === null || typeof v !== "object" || Array.isArray(v)) return true;
  const out: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(v)) {
    if (k === "properties" && child && typeof child === "object" && !Array.isArray(child)) {
      out[k] = Object.fromEntries(Object.entries(child).map(([n, c]) => [n, inline(spec, c, depth + 1)]));
    } else if ((k === "items" || k === "not") && child && typeof child === "object") {
      out[k] = inline(spec, child, depth + 1);
    } else if ((k === "oneOf" || k === "anyOf" || k === "allOf") && Array.isArray(child)) {
      out[k] = child.map((c) => inline(spec, c, depth + 1));
    } else out[k] = child;
  }
  return out;
}

const fieldCache = new Map<string, FieldSchemas>();

/** The spec's schemas of every request field of `operation` (all its wire forms). */
export function fieldSchemas(surface: Surface, operation: string): FieldSchemas {
  const key = `${surface}/${operation}`;
  const hit = fieldCache.get(key);
  if (hit) return hit;
  const spec = loadSpec(surface);
  const headers = new Map<string, Schema>();
  const query = new Map<string, Schema>();
  for (const op of listOperations(surface, spec)) {
    if (op.operationId !== operation && op.sameAs !== operation) continue;
    for (const raw of (op.op.parameters ?? []) as Json[]) {
      const p = derefDeep(spec, raw);
      if (!p || typeof p !== "object" || Array.isArray(p)) continue;
      const name = String(p.name);
      const schema = inline(spec, p.schema);
      if (p.in === "header") headers.set(name.toLowerCase(), schema);
      else if (p.in === "query") query.set(name, schema);
    }
  }
  const authPatterns = new Map<string, string>();
  const schemes = ((spec.components as JsonObject).securitySchemes ?? {}) as JsonObject;
  for (const raw of Object.values(schemes)) {
    const s = raw as JsonObject;
    if (s.in === "header" && typeof s["x-pattern"] === "string")
      authPatterns.set(String(s.name).toLowerCase(), s["x-pattern"]);
  }
  const paramsRoot = readJson(schemaFile(surface, operation, "request")) as Record<string, unknown>;
  const resolved = resolveSchema(paramsRoot, paramsRoot);
  const params = typeof resolved === "object" ? ((resolved.properties ?? {}) as Record<string, Schema>) : {};
  const out = { headers, query, authPatterns, paramsRoot, params };
  fieldCache.set(key, out);
  return out;
}

/** How the request's given-bound parameters are injected. */
export interface Injection {
  /** Request parameter → the fixture role's example id. */
  values: Record<string, string>;
  /** Request parameter → provider-state expression (`${Param}` or, for a malformed id, `${Param}!`). */
  expressions: Record<string, string>;
  /** Request parameters whose value was deliberately perturbed (matched literally, not by format). */
  perturbed: Set<string>;
}

function stripAnchors(pattern: string): string {
  return pattern.replace(/^\^/, "").replace(/\$$/, "");
}

function patternOf(schema: Schema | undefined, root: Record<string, unknown>): string | undefined {
  if (schema === undefined) return undefined;
  const s = resolveSchema(schema, root);
  return typeof s === "object" && typeof s.pattern === "string" ? s.pattern : undefined;
}

/** The matcher of one string field (query value or header) from its schema. */
function stringField(schema: Schema | undefined, root: Record<string, unknown>, value: string): unknown {
  if (schema === undefined) return value;
  const s = resolveSchema(schema, root);
  if (typeof s === "object") {
    const t = s.type;
    const numeric = t === "integer" || (Array.isArray(t) && t.includes("integer"));
    if ("const" in s) return String(s.const) === value ? value : value;
    if (numeric && /^-?[0-9]+$/.test(value) && !Array.isArray(s.enum)) return regex("^-?[0-9]+$", value);
  }
  const m = leafMatcher(s, value);
  // A deliberately perturbed value does not fit its schema: it is matched as it is.
  if (typeof m === "object" && m !== null && "regex" in m) {
    const r = (m as { regex: string }).regex;
    if (!new RegExp(r, "u").test(value)) return value;
  }
  return m;
}

/** The matcher of one action parameter (query member or JSON body member). */
function paramField(
  name: string,
  value: unknown,
  fields: FieldSchemas,
  inject: Injection,
  fallback?: Schema,
): unknown {
  const expression = inject.expressions[name];
  const schema = fields.params[name] ?? fallback;
  if (expression !== undefined && typeof value === "string") {
    const malformed = expression !== `\${${name}}`;
    return fromState(expression, value, malformed ? undefined : patternOf(schema, fields.paramsRoot));
  }
  if (inject.perturbed.has(name)) return value;
  if (typeof value === "string") return stringField(schema, fields.paramsRoot, value);
  if (schema === undefined) return value;
  return leafMatcher(resolveSchema(schema, fields.paramsRoot), value);
}

/** The request half of an interaction, in pact-js builder terms. */
export interface RequestTemplate {
  method: string;
  path: unknown;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  /** A JSON body template, when the request has one. */
  jsonBody?: unknown;
}

/** Headers that belong to the transport, not the contract. */
const TRANSPORT_HEADERS = new Set(["host", "content-length", "connection", "user-agent"]);

/**
 * The request template of a signed concrete request: path, query, headers and JSON body, each
 * field matched as the spec says, given-bound ids injected from provider states, signatures,
 * timestamps and nonces matched by format.
 */
export function requestTemplate(
  surface: Surface,
  operation: string,
  req: WireRequest,
  inject: Injection,
): RequestTemplate {
  const fields = fieldSchemas(surface, operation);
  const signing = signingFields(surface);
  const query: Record<string, unknown> = {};
  for (const [k, v] of parseForm(rawQuery(req.url)) ?? []) {
    if (k in fields.params || k in inject.expressions) query[k] = paramField(k, v, fields, inject);
    else query[k] = stringField(fields.query.get(k), {}, v);
    if (signing.query.has(k)) query[k] = byFormat(fields.query.get(k), query[k], v);
  }
  const headers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (TRANSPORT_HEADERS.has(k)) continue;
    const auth = fields.authPatterns.get(k);
    if (auth !== undefined) headers[k] = new RegExp(auth, "u").test(v) ? regex(auth, v) : v;
    else if (fields.headers.has(k)) headers[k] = stringField(fields.headers.get(k), {}, v);
    else if (k === "content-type") headers[k] = v;
    if (signing.headers.has(k) && auth === undefined)
      headers[k] = byFormat(fields.headers.get(k), headers[k], v);
    // Other headers (accept, ...) are the client's business, not the contract's.
  }
  let jsonBody: unknown;
  if (req.body !== "" && /json/i.test(req.headers["content-type"] ?? "")) {
    const body = JSON.parse(req.body) as Record<string, unknown>;
    jsonBody = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, paramField(k, v, fields, inject)]),
    );
  } else if (req.body !== "") {
    throw new Error(`${surface} ${operation}: only JSON request bodies are put into pacts`);
  }
  return { method: req.method, path: pathTemplate(req, fields, inject), query, headers, jsonBody };
}

/**
 * What a signer writes (timestamps, dates, nonces, key ids, signatures) is matched by a regex: the
 * spec's pattern when it gives one, else one built from its length bounds.
 */
function byFormat(schema: Schema | undefined, current: unknown, value: string): unknown {
  if (typeof current === "object" && current !== null && (current as { regex?: string }).regex)
    return current;
  const s = schema === undefined ? true : resolveSchema(schema, {});
  const min = typeof s === "object" && typeof s.minLength === "number" ? s.minLength : 1;
  const max = typeof s === "object" && typeof s.maxLength === "number" ? String(s.maxLength) : "";
  return regex(`^.{${min},${max}}$`, value);
}

/**
 * The path as sent, literal unless a given-bound id sits in it (REST); then a regex plus an injected
 * expression. An escaped `:` (`%3A`, jdcloud-sdk-js) also matches a literal one (the Go SDK).
 */
function pathTemplate(req: WireRequest, fields: FieldSchemas, inject: Injection): unknown {
  const path = rawPath(req.url);
  const segments = new Set(decodeURIComponent(path).split(/[/:]/));
  // A malformed id (`param.malformed`) is the id plus "!".
  const inPath = Object.entries(inject.values)
    .map(([name, value]) => [name, segments.has(value) ? value : `${value}!`] as const)
    .filter(([, shown]) => segments.has(shown));
  if (inPath.length === 0) return path;
  let expression = path;
  let pattern = escapeRegex(path).replaceAll("%3A", "(:|%3A)");
  for (const [name, shown] of inPath) {
    // The codec may have escaped the value ("!" of a malformed id is sent as %21).
    const strict = encodeURIComponent(shown).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    const raw = [shown, encodeURIComponent(shown), strict].find((r) => path.includes(r)) ?? shown;
    const expr = inject.expressions[name] ?? `\${${name}}`;
    expression = expression.replace(raw, expr);
    const p = inject.perturbed.has(name) ? undefined : patternOf(fields.params[name], fields.paramsRoot);
    const id = p ? `(${stripAnchors(p)})` : "([^/]+)";
    pattern = pattern.replace(escapeRegex(raw), shown === inject.values[name] ? id : `${id}(!|%21)`);
  }
  return fromState(expression, path, `^${pattern}$`);
}
