/**
 * Pact matchers derived from the contracts. The matcher objects are Pact's integration JSON format
 * (`pact:matcher:type`, `pact:generator:type`, the form pact-js itself passes to the Pact FFI), so
 * a regex matcher can also carry a provider-state generator: the pact keeps an example value, the
 * consumer's requests are matched by format, and a verifier substitutes the provider's real id.
 *
 * Response bodies are matched by walking the operation's generated JSON Schema along an example
 * answer: only members the schema requires are kept, `const` is matched by value, `enum` and
 * `pattern` by regex, everything else by type; the error code (and, where rows are told apart by
 * it, the message) is pinned to the catalogue's acceptable rows.
 */

/** A Pact integration-format matcher. */
export type PactMatcher = {
  "pact:matcher:type": string;
  value: unknown;
  regex?: string;
  min?: number;
  "pact:generator:type"?: string;
  expression?: string;
};

/** JSON Schema, as the generated files hold it. */
export type Schema = boolean | { [key: string]: unknown };

/** Match by regular expression. */
export function regex(pattern: string, value: string): PactMatcher {
  return { "pact:matcher:type": "regex", regex: pattern, value };
}

/** Match by type (same JSON type; objects and arrays cascade). */
export function type(value: unknown): PactMatcher {
  return { "pact:matcher:type": "type", value };
}

/** Match `value` exactly. */
export function equal(value: unknown): PactMatcher {
  return { "pact:matcher:type": "equality", value };
}

/** Inject `expression` (with `${name}` placeholders) from the provider state; match by `pattern` or type. */
export function fromState(expression: string, example: string, pattern?: string): PactMatcher {
  return {
    ...(pattern ? regex(pattern, example) : type(example)),
    "pact:generator:type": "ProviderState",
    expression,
  };
}

/** True for a matcher object. */
function isMatcher(value: unknown): value is PactMatcher {
  return typeof value === "object" && value !== null && "pact:matcher:type" in value;
}

/** The example a template stands for (matchers replaced by their values). */
export function reify(template: unknown): unknown {
  if (isMatcher(template)) return reify(template.value);
  if (Array.isArray(template)) return template.map(reify);
  if (template && typeof template === "object") {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, reify(v)]));
  }
  return template;
}

/** Escape a literal for use inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A regex accepting exactly one of `values`. */
export function oneOf(values: readonly string[]): string {
  return `^(${values.map(escapeRegex).join("|")})$`;
}

/** Follow `$ref`s (`#/$defs/...`) within a bundled schema. */
export function resolveSchema(schema: Schema, root: Record<string, unknown>): Schema {
  let s = schema;
  for (let i = 0; i < 32 && typeof s === "object" && typeof s.$ref === "string"; i++) {
    const ref = s.$ref as string;
    if (ref === "#") s = root;
    else if (ref.startsWith("#/$defs/")) {
      const target = (root.$defs as Record<string, Schema> | undefined)?.[ref.slice("#/$defs/".length)];
      if (target === undefined) throw new Error(`unresolvable ${ref}`);
      s = target;
    } else throw new Error(`unsupported $ref ${ref}`);
  }
  return s;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
}

function fits(schema: Schema, value: unknown, root: Record<string, unknown>): boolean {
  const s = resolveSchema(schema, root);
  if (typeof s === "boolean") return s;
  if ("const" in s) return JSON.stringify(s.const) === JSON.stringify(value);
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
  const k = kindOf(value);
  if (types.length > 0 && !types.includes(k) && !(k === "integer" && types.includes("number"))) return false;
  if (k === "object" && Array.isArray(s.required)) {
    return (s.required as string[]).every((r) => r in (value as Record<string, unknown>));
  }
  return true;
}

/** A leaf matcher for a scalar `value` from its (resolved) schema. */
export function leafMatcher(s: Schema, value: unknown): unknown {
  if (typeof s === "boolean") return type(value);
  if ("const" in s) return value;
  if (Array.isArray(s.enum) && typeof value === "string") return regex(oneOf(s.enum as string[]), value);
  if (Array.isArray(s.enum)) return value;
  if (typeof s.pattern === "string" && typeof value === "string" && new RegExp(s.pattern, "u").test(value)) {
    return regex(s.pattern, value);
  }
  if (
    Number.isInteger(value) &&
    (s.type === "integer" || (Array.isArray(s.type) && s.type.includes("integer")))
  )
    return { "pact:matcher:type": "integer", value };
  return type(value);
}

/**
 * The matcher template of `value` against `schema`: required members only (plus the `keep` paths),
 * each leaf matched as its schema says; `overrides` (JSONPath-like `$.a.b` → template) win.
 */
export function templateFromSchema(
  schema: Schema,
  value: unknown,
  root: Record<string, unknown>,
  overrides: Map<string, unknown> = new Map(),
  path = "$",
): unknown {
  const override = overrides.get(path);
  if (override !== undefined) return override;
  let s = resolveSchema(schema, root);
  if (typeof s === "object") {
    const variants = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (Array.isArray(variants)) {
      const fit = variants.find((v) => fits(v, value, root));
      if (fit === undefined) throw new Error(`${path}: the example fits no variant of the schema`);
      s = resolveSchema(fit, root);
    }
    const all = typeof s === "object" ? s.allOf : undefined;
    if (Array.isArray(all) && all.length === 1) s = resolveSchema(all[0] as Schema, root);
  }
  if (Array.isArray(value)) {
    const items = typeof s === "object" ? ((s.items as Schema | undefined) ?? true) : true;
    if (value.length === 0) return type([]);
    return {
      "pact:matcher:type": "type",
      min: 0,
      value: [templateFromSchema(items, value[0], root, overrides, `${path}[*]`)],
    };
  }
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const props = typeof s === "object" ? ((s.properties ?? {}) as Record<string, Schema>) : {};
    const required = new Set(typeof s === "object" ? ((s.required ?? []) as string[]) : []);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(obj)) {
      const childPath = `${path}.${key}`;
      const forced = [...overrides.keys()].some((p) => p === childPath || p.startsWith(`${childPath}.`));
      if (!required.has(key) && !forced) continue;
      out[key] = templateFromSchema(props[key] ?? true, child, root, overrides, childPath);
    }
    return typeof s === "object" ? closedKeys(s, out) : out;
  }
  return leafMatcher(s, value);
}

/**
 * Pact lets an actual object carry keys the expected one lacks. Where the schema forbids keys
 * (`additionalProperties: false`, or a property whose schema is `false` — Tencent's success
 * envelope forbids `Error`), every key of the actual object is checked with an `eachKey` matcher:
 * one of the allowed names, or none of the forbidden ones.
 */
function closedKeys(s: Record<string, unknown>, template: Record<string, unknown>): unknown {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const forbidden = Object.keys(props).filter((k) => props[k] === false);
  const example = Object.keys(template)[0] ?? "key";
  let rules: PactMatcher[] = [];
  if (s.additionalProperties === false) {
    const allowed = Object.keys(props).filter((k) => props[k] !== false);
    if (allowed.length > 0) rules = [regex(oneOf(allowed), example)];
  } else if (forbidden.length > 0) {
    rules = forbidden.map((word) => regex(notWord(word), example));
  }
  if (rules.length === 0) return template;
  return { "pact:matcher:type": "eachKey", rules, value: template };
}

/** A regex (no look-around: the pact core's regex has none) accepting every string but `word`. */
function notWord(word: string): string {
  const chars = [...word];
  const n = chars.length;
  const parts = [n > 0 ? `.{0,${n - 1}}` : "", `.{${n + 1},}`];
  chars.forEach((c, i) => {
    const cls = c.replace(/[\\\]^-]/g, "\\$&");
    parts.push(`${escapeRegex(chars.slice(0, i).join(""))}[^${cls}].{${n - i - 1}}`);
  });
  return `^(${parts.filter((p) => p !== "").join("|")})$`;
}

/** Every `$.a.b` path of `value` whose scalar equals one of `targets` (compared as strings). */
export function pathsOfValue(value: unknown, targets: ReadonlySet<string>, path = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsOfValue(v, targets, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => pathsOfValue(v, targets, `${path}.${k}`));
  }
  return value !== undefined && value !== null && targets.has(String(value)) ? [path] : [];
}
