/**
 * Which parameter a parameter mutation changes when the case names none, and which parameters a
 * request can do without. One rule for every mode: the ENI parameter first (the subject of every
 * operation of the catalogue), then the other `given` parameters in the order the case lists them.
 */
import { SuiteError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { PerturbInput } from "./types.ts";

/** The `given` parameters, the ENI parameter first, then the others in the case's order. */
function byPreference(given: Readonly<Record<string, string>>): string[] {
  const names = Object.keys(given);
  const eni = names.find((name) => given[name]?.startsWith("eni."));
  return eni === undefined ? names : [eni, ...names.filter((name) => name !== eni)];
}

/** The parameter a malformed or mistyped value goes into: the named one, else the preferred one. */
export function targetParam(input: PerturbInput): string {
  return input.ruleCase.mutate?.param ?? byPreference(input.ruleCase.given)[0] ?? "";
}

/**
 * The parameters a `param.omit` may drop: the named one, else every `given` parameter whose
 * omission still gives a well-formed request of the operation — not a segment of its path (a REST
 * path without its id is another route) — in preference order. Never empty.
 */
export function omitCandidates(input: PerturbInput): string[] {
  const named = input.ruleCase.mutate?.param;
  if (named !== undefined) return [named];
  const m = surfaceModule(input.surface);
  const { operation, given } = input.ruleCase;
  const encoded = m.codec.encodeRequest(
    operation,
    { ...input.params },
    {
      region: m.defaults.region,
      host: m.defaults.host,
    },
  );
  const segments = new Set(decodeURIComponent(encoded.url.split("?")[0] ?? "").split(/[/:]/));
  const out = byPreference(given).filter((name) => !segments.has(String(input.params[name])));
  if (out.length === 0)
    throw new SuiteError("ENIC_CONFIG", `${input.surface} ${operation}: no parameter can be omitted`);
  return out;
}

/** The instance parameter a request names, the destination (new) one first. */
export function instanceParam(given: Readonly<Record<string, string>>): string | undefined {
  const entries = Object.entries(given).filter(([, role]) => role.startsWith("instance."));
  return (entries.find(([name]) => /new|destination/i.test(name)) ?? entries[0])?.[0];
}
