/**
 * The account's limited key (`--limited-account`, or the config file's `limitedAccounts`): the key
 * the `auth.permitted` cases sign with, a second key of the account whose policy does not grant
 * attach, detach or migrate. Before a run relies on it: does it authenticate (one signed read), and
 * — with --allow-mutations — is a harmless attach (of `eni.missing`) refused by its policy? A key
 * that may attach would make those cases blame the cloud for a key's policy, so it is a problem of
 * the environment. Without a limited key, a run that changes state is told what it does without.
 */
import type { CallResult } from "../client/client.ts";
import type { CredentialSource } from "../config/run-config.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { isSuiteError } from "../core/errors.ts";
import { limitedKeyReason } from "../mutations/registry.ts";
import { listCases, suiteCatalogue } from "../suites-kit/cases.ts";
import type { Fixtures, Target } from "../suites-kit/target.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { Credentials } from "../surfaces/types.ts";
import { meaningOf } from "./signed-read.ts";
import type { DoctorCheck } from "./types.ts";

/** What the limited key must not be granted, and how to say so. */
const POLICY_FIX =
  "give that key a policy that allows describing but not attach, detach or migrate (a read-only RAM user, CAM sub-account or IAM sub-user of the same account)";

/** The rows the surface's limited-key cases accept (the permission rows). */
function permissionRows(surface: Surface): string[] {
  return listCases([surface])
    .filter((c) => limitedKeyReason(c.ruleCase.mutate?.kind) !== undefined)
    .flatMap((c) => c.ruleCase.errorRows ?? []);
}

/** The rows the cases of `operation` accept for an ENI that does not exist (unperturbed, role eni.missing). */
function missingEniRows(surface: Surface, operation: string): string[] {
  return listCases([surface])
    .filter(
      (c) =>
        c.ruleCase.operation === operation &&
        c.ruleCase.mutate === undefined &&
        Object.values(c.ruleCase.given).includes("eni.missing"),
    )
    .flatMap((c) => c.ruleCase.errorRows ?? []);
}

/** The codes of the surface's rows `ids`. */
function codesOfRows(surface: Surface, ids: readonly string[]): Set<string> {
  return new Set(
    suiteCatalogue()
      .errorRows.filter((r) => r.surface === surface && ids.includes(r.id))
      .map((r) => r.code),
  );
}

const codesOf = (answer: CallResult): string[] =>
  "error" in answer ? [answer.error.code, answer.error.alternateCode ?? ""].filter(Boolean) : [];

/** The limited key's checks for `surface` (none when the run neither has one nor changes state). */
export async function checkLimitedKey(
  target: Target,
  surface: Surface,
  fixtures: Fixtures,
  source: CredentialSource | undefined,
  allowMutations: boolean,
): Promise<DoctorCheck[]> {
  const base = { surface, check: "limited-key" as const };
  let limited: Credentials | undefined;
  try {
    limited = target.limitedCredentials(surface);
  } catch (error) {
    if (!isSuiteError(error)) throw error;
    return [
      {
        ...base,
        status: "problem",
        what: "the account's limited key",
        result: error.message,
        fix: "set those variables, or remove the surface from limitedAccounts in the config file",
      },
    ];
  }
  const from = source && !("missing" in source) ? source.from : "the embedded simulator's limited key";
  if (!limited) {
    if (!allowMutations) return [];
    return [
      {
        ...base,
        status: "warning",
        what: "the account's limited key",
        result:
          "none given: the auth.permitted cases (a call the caller's policy does not allow is refused) will be skipped",
        fix: "pass --limited-account KEYID:SECRET (or name its variables in the config file's limitedAccounts): a second key of the same account whose policy does not allow attach, detach or migrate",
      },
    ];
  }
  const module = surfaceModule(surface);
  const client = target.client(surface, fixtures.region);
  const readback = module.readback.eni;
  const eni = fixtures.roles["eni.available"] ?? Object.values(fixtures.roles)[0] ?? "";
  const forbidden = module.errors.error("auth.forbidden", "").code;
  const read = `a signed ${readback.operation} by the limited key (${from})`;
  const answer = await client.callRaw(readback.operation, readback.params(eni, fixtures.region), {
    credentials: limited,
  });
  const meaning = "error" in answer ? meaningOf(surface, answer.error) : undefined;
  const checks: DoctorCheck[] = [];
  if ("malformed" in answer || (meaning && meaning.kind !== "auth.forbidden")) {
    return [
      {
        ...base,
        status: "problem",
        what: read,
        result:
          meaning && "error" in answer
            ? `${meaning.result} (${codesOf(answer).join(" / ")})`
            : `the answer is not ${surface}'s envelope`,
        fix: meaning ? meaning.fix(from, undefined, fixtures.region) : "check --target",
      },
    ];
  }
  if (meaning) {
    // The permission refusal: fine for the cases (they read back with the account's own key),
    // unless the cloud answers an unknown key with the same code.
    const ambiguous = module.errors.error("auth.unknown-key", "").code === forbidden;
    checks.push({
      ...base,
      status: ambiguous ? "warning" : "ok",
      what: read,
      result: ambiguous
        ? `refused with ${codesOf(answer).join(" / ")}, which this cloud answers both for a key it does not know and for a call the key's policy does not allow`
        : "the key authenticates; its policy does not allow describing either (the cases do not need it)",
      ...(ambiguous ? { fix: `check that the key id (${from}) is a key of this account` } : {}),
    });
  } else {
    checks.push({ ...base, status: "ok", what: read, result: "the key authenticates" });
  }
  const missing = fixtures.roles["eni.missing"];
  const instance = fixtures.roles["instance.running"];
  if (!allowMutations || missing === undefined || instance === undefined) return checks;
  const calls = module.stateCalls;
  const attach = await client.callRaw(calls.attach, calls.params(fixtures, missing, instance), {
    credentials: limited,
  });
  const what = `a signed ${calls.attach} of eni.missing by the limited key (harmless: that ENI does not exist)`;
  const codes = codesOf(attach);
  const permission = codes.some(
    (code) => code === forbidden || codesOfRows(surface, permissionRows(surface)).has(code),
  );
  const missingEni = codes.some((code) =>
    codesOfRows(surface, missingEniRows(surface, calls.attach)).has(code),
  );
  const say = (status: DoctorCheck["status"], result: string, fix?: string) =>
    checks.push({ ...base, status, what, result, ...(fix ? { fix } : {}) });
  if (codes.includes(forbidden) || (permission && !missingEni)) {
    say("ok", `refused as its policy says (${codes.join(" / ")})`);
  } else if (permission) {
    // JD Cloud answers a missing ENI with one of its permission rows: the probe cannot tell.
    say(
      "warning",
      `refused with ${codes.join(" / ")}, which the cloud answers both for a caller without permission and for an ENI that does not exist: whether the key may attach cannot be told from here`,
      `make sure the key's policy does not allow attach (${from}); else the auth.permitted cases fail for the key, not the cloud`,
    );
  } else if ("data" in attach || missingEni) {
    say(
      "problem",
      "data" in attach
        ? "the key may attach: the call was accepted"
        : `the key may attach: the call was refused only because the ENI does not exist (${codes.join(" / ")})`,
      `${POLICY_FIX} (${from})`,
    );
  } else {
    // Neither answer the documents give: a verdict for the auth.permitted case, not a problem here.
    say(
      "warning",
      "error" in attach
        ? `refused with ${codes.join(" / ")}, which is neither a permission row nor the answer for a missing ENI: the auth.permitted cases will judge it`
        : `the answer is not ${surface}'s envelope: the auth.permitted cases will judge it`,
    );
  }
  return checks;
}
