/**
 * How enabled deviations change an answer: a refused rule that is ignored, an error code misspelt,
 * and the envelope-level changes applied to the encoded answer (wrong status, missing request id,
 * request id of the wrong type). Pure functions over data.
 */

import { loadCatalogue } from "../contracts/catalogue.ts";
import type { Catalogue } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { ApiError } from "../core/errors.ts";
import type { WireResponse } from "../core/wire.ts";
import { type Deviation, misspell } from "./deviations.ts";

/** The rules the enabled deviations tell the simulator not to enforce. */
export function ignoredRules(deviations: Deviation[]): Set<string> {
  if (deviations.length === 0) return new Set();
  return new Set(deviations.flatMap((d) => (d.effect.kind === "ignore-rule" ? [d.effect.rule] : [])));
}

/** The fixture role of each parameter value, where the value is a fixture's id. */
export function roleSignature(
  params: Record<string, unknown>,
  fixtures: Record<string, string>,
): Record<string, string> {
  const byId = new Map(Object.entries(fixtures).map(([role, id]) => [id, role]));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const role = typeof value === "string" ? byId.get(value) : undefined;
    if (role) out[name] = role;
  }
  return out;
}

/**
 * True when an `ignore-rule` deviation covers this refusal: the refused rule itself is ignored, or
 * the request is the documented scenario of an ignored rule (one of its error cases, same roles) —
 * so that a rule shadowed by another one in the model's check order is still visibly not enforced.
 */
export function ignoredScenario(
  surface: Surface,
  operation: string,
  ignored: Set<string>,
  refused: string,
  roles: Record<string, string>,
): boolean {
  if (ignored.has(refused)) return true;
  for (const rule of ignored) {
    const cases = suiteCatalogue().rules.find((r) => r.id === rule)?.surfaces[surface]?.cases ?? [];
    for (const c of cases) {
      if (c.operation !== operation || c.expect !== "error" || c.mutate) continue;
      if (
        Object.entries(c.given).every(([param, role]) => role.startsWith("region.") || roles[param] === role)
      )
        return true;
    }
  }
  return false;
}

/**
 * `error` with a misspelt code when a `misspell-code` deviation names its row, or names a row that
 * the documents accept in the same place (a row listed together with it in one rule case): the
 * answer then carries that row's code, misspelt.
 */
export function misspelt(error: ApiError, deviations: Deviation[]): ApiError {
  for (const d of deviations) {
    const effect = d.effect;
    if (effect.kind !== "misspell-code" || !error.rowId) continue;
    if (effect.row === error.rowId || alternatives(d.surface, error.rowId).has(effect.row)) {
      const row = suiteCatalogue().errorRows.find((r) => r.id === effect.row && r.surface === d.surface);
      return new ApiError(misspell(row?.code ?? error.code), error.message, error.rowId);
    }
  }
  return error;
}

/**
 * `error` with another row's message when a `wrong-message` deviation names its row (the code stays:
 * only the message tells the rows apart). The other row's `xx` placeholders are filled with `x1`.
 */
export function wrongMessage(error: ApiError, deviations: Deviation[]): ApiError {
  for (const d of deviations) {
    const effect = d.effect;
    if (effect.kind === "wrong-message" && effect.row === error.rowId)
      return new ApiError(error.code, effect.message.replaceAll("xx", "x1"), error.rowId);
  }
  return error;
}

const alternativeCache = new Map<string, Set<string>>();

/** The rows listed together with `rowId` in some rule case of the surface. */
function alternatives(surface: Surface, rowId: string): Set<string> {
  const key = `${surface}/${rowId}`;
  let set = alternativeCache.get(key);
  if (!set) {
    set = new Set<string>();
    for (const rule of suiteCatalogue().rules) {
      for (const c of rule.surfaces[surface]?.cases ?? []) {
        if (c.errorRows?.includes(rowId)) for (const r of c.errorRows) set.add(r);
      }
    }
    alternativeCache.set(key, set);
  }
  return set;
}

const REQUEST_ID = /^request_?id$/i;

let catalogue: Catalogue | undefined;
function suiteCatalogue(): Catalogue {
  catalogue ??= loadCatalogue();
  return catalogue;
}

function rewrite(value: unknown, change: (key: string, v: unknown) => [boolean, unknown]): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, change));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const [keep, next] = change(k, v);
      if (keep) out[k] = rewrite(next, change);
    }
    return out;
  }
  return value;
}

const enabled = (deviations: Deviation[], kind: Deviation["effect"]["kind"]) =>
  deviations.some((d) => d.effect.kind === kind);

/**
 * One request id of the same form for every answer: each letter and digit of `id` turned to 0 (a
 * UUID stays a UUID, JD's 32 characters stay 32), so a `break-field` request-id deviation repeats
 * one id without remembering any.
 */
const sameId = (id: unknown) => (typeof id === "string" ? id.replace(/[0-9a-z]/gi, "0") : id);

/** The `break-field` deviations' change of an answer body (undefined: no change). */
function breakFields(body: unknown, deviations: Deviation[]): unknown {
  let changed = body;
  for (const d of deviations) {
    const e = d.effect;
    if (e.kind !== "break-field") continue;
    const key = new RegExp(`^${e.key}$`);
    changed = rewrite(changed, (k, v): [boolean, unknown] => {
      if (!key.test(k)) return [true, v];
      if (e.as === "request-id") return [true, sameId(v)];
      if (e.as === "secondary")
        return [true, typeof v === "boolean" ? true : v === "Secondary" ? "Primary" : v];
      return [true, typeof v === "number" ? 1 : v];
    });
  }
  return changed;
}

/** Apply the envelope-level deviations to an encoded answer. */
export function applyDeviations(res: WireResponse, deviations: Deviation[], isError: boolean): WireResponse {
  if (deviations.length === 0) return res;
  let out = res;
  if (enabled(deviations, "break-field")) {
    try {
      out = { ...out, body: JSON.stringify(breakFields(JSON.parse(out.body), deviations)) };
    } catch {
      // Not JSON (an XML answer): left as it is.
    }
  }
  const has = (kind: Deviation["effect"]["kind"]) => enabled(deviations, kind);
  if (isError && has("wrong-status")) out = { ...out, status: out.status === 200 ? 500 : 200 };
  if (has("missing-request-id") || has("wrong-field-type")) {
    let body: unknown;
    try {
      body = JSON.parse(out.body);
    } catch {
      return out;
    }
    const drop = has("missing-request-id");
    let changed = rewrite(body, (k, v) =>
      REQUEST_ID.test(k) ? (drop ? [false, v] : [true, 12345]) : [true, v],
    );
    // A surface without request ids (Tencent v2): the wrong type goes into its message instead.
    const same = JSON.stringify(changed) === JSON.stringify(body);
    if (!drop && same && changed && typeof changed === "object" && "message" in changed) {
      changed = { ...(changed as Record<string, unknown>), message: 12345 };
    }
    const headers = { ...out.headers };
    if (drop) for (const name of Object.keys(headers)) if (/request-?id/i.test(name)) delete headers[name];
    out = { ...out, headers, body: JSON.stringify(changed) };
  }
  return out;
}
