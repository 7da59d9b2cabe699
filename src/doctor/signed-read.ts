/**
 * One harmless signed read per surface (the surface's describe of one ENI fixture), and what its
 * answer says about the environment: whether the target answers in this cloud's protocol at all
 * (an HTML page, another cloud's envelope), whether the credentials are accepted — and if not, why:
 * wrong secret, unknown key id, a stale or future timestamp (with the clock skew measured from the
 * target's `Date` header), missing permission — and whether the region is one the cloud knows. An
 * answer is classified by the surface's own mapping of neutral refusals to its codes (the same
 * mapping the simulator answers with), so no cloud is named here.
 */
import type { CallResult, VendorError } from "../client/client.ts";
import type { CredentialSource } from "../config/run-config.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { isSuiteError, type NeutralError } from "../core/errors.ts";
import type { WireResponse } from "../core/wire.ts";
import type { Fixtures, Target } from "../suites-kit/target.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { DoctorCheck } from "./types.ts";

/** A skew of the clocks below this is fine; above it signatures may soon be refused as stale. */
const SKEW_WARNING_S = 60;

/** What an authentication or region refusal means, and what to do; `from` says where the credentials came from. */
export interface Meaning {
  kind: NeutralError;
  check: DoctorCheck["check"];
  result: string;
  fix(from: string, skew: string | undefined, region: string): string;
}

/** The refusals a harmless read can meet because of the environment, most specific first. */
const MEANINGS: Meaning[] = [
  {
    kind: "auth.unknown-key",
    check: "credentials",
    result: "the target does not know the key id",
    fix: (from) => `check the key id (${from}): it must be a key of this account, not deleted or disabled`,
  },
  {
    kind: "auth.bad-signature",
    check: "credentials",
    result: "the signature does not verify: the secret does not belong to the key id",
    fix: (from) => `check the secret (${from}): a typo, a rotated key or another key's secret`,
  },
  {
    kind: "auth.expired",
    check: "clock",
    result: "the signature was refused as stale or from the future",
    fix: (_from, skew) =>
      `synchronise this machine's clock (NTP)${skew ? `: ${skew}` : ": the target sent no Date header to measure the skew"}`,
  },
  {
    kind: "auth.forbidden",
    check: "credentials",
    result: "the key is valid but lacks permission for this call",
    fix: (from) =>
      `grant the key of ${from} the ENI permissions in the cloud's access management (RAM / CAM / IAM): describe, and with --allow-mutations attach, detach and migrate`,
  },
  {
    kind: "region.unknown",
    check: "region",
    result: "the cloud does not know the region",
    fix: (_from, _skew, region) =>
      `check the region (${region}): --region, or the region of the fixtures file, must be one this cloud has`,
  },
  {
    kind: "auth.malformed",
    check: "credentials",
    result: "the target refused the request's authorization as malformed",
    fix: (from) =>
      `check the key id and secret (${from}) for stray characters; else report it as a bug of eni-conformance`,
  },
];

/**
 * The meaning of a refusal (Tencent v2 carries its numeric code beside the codeDesc: either may
 * match). Where a cloud answers several causes with one code (JD Cloud: an unknown key and a
 * missing permission; Tencent v2: a malformed request and an unknown region), every one is named.
 */
export function meaningOf(surface: Surface, error: VendorError): Meaning | undefined {
  const errors = surfaceModule(surface).errors;
  const codes = [error.code, error.alternateCode];
  const all = MEANINGS.filter((m) => codes.includes(errors.error(m.kind, "").code));
  const [first] = all;
  if (!first || all.length === 1) return first;
  return {
    kind: first.kind,
    check: first.check,
    result: `${all.map((m) => m.result).join(", or ")} (the cloud answers ${all.length === 2 ? "both" : "each"} with this code; its message: ${error.message})`,
    fix: (from, skew, region) => all.map((m) => m.fix(from, skew, region)).join("; or "),
  };
}

/** How far the target's clock is from this machine's, from its `Date` header (seconds, + ahead). */
function clockSkewSeconds(response: WireResponse, receivedAt: number): number | undefined {
  const header = Object.entries(response.headers).find(([name]) => name.toLowerCase() === "date")?.[1];
  const at = header === undefined ? Number.NaN : Date.parse(String(header));
  return Number.isNaN(at) ? undefined : Math.round((at - receivedAt) / 1000);
}

/** A skew in words: "the target's clock is 20 min 3 s ahead of this machine's". */
function skewText(seconds: number): string {
  const abs = Math.abs(seconds);
  const span = abs >= 60 ? `${Math.floor(abs / 60)} min ${abs % 60} s` : `${abs} s`;
  return `the target's clock is ${span} ${seconds > 0 ? "ahead of" : "behind"} this machine's`;
}

/** What an answer that is not this surface's envelope is: an HTML page, another cloud's envelope, or else. */
function foreignAnswer(surface: Surface, response: WireResponse): string {
  const type = String(
    Object.entries(response.headers).find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? "",
  );
  if (/html/i.test(type) || /^\s*</.test(response.body)) return `an HTML page (HTTP ${response.status})`;
  for (const other of SURFACES) {
    if (other === surface) continue;
    const m = surfaceModule(other);
    const outcome = m.codec.decodeResponse(m.readback.eni.operation, response);
    if (outcome.kind === "error") return `${other}'s envelope (${outcome.code}, HTTP ${response.status})`;
  }
  return `an answer that is not ${surface}'s envelope (HTTP ${response.status}${type ? `, ${type}` : ""})`;
}

/** The credentials' origin in words, or why there are none. */
function origin(source: CredentialSource | undefined, target: Target): string {
  if (!source) return target.kind === "sim" ? "the embedded simulator's account" : "no credentials given";
  return "missing" in source ? source.missing : source.from;
}

/**
 * The signed read's checks for `surface`: protocol, credentials, clock and region — each ok, or the
 * first problem found (and what to do).
 */
export async function checkSignedRead(
  target: Target,
  surface: Surface,
  fixtures: Fixtures,
  source: CredentialSource | undefined,
): Promise<DoctorCheck[]> {
  const from = origin(source, target);
  const readback = surfaceModule(surface).readback.eni;
  const eni =
    fixtures.roles["eni.available"] ?? fixtures.roles["eni.attached"] ?? Object.values(fixtures.roles)[0];
  const what = `a signed ${readback.operation} in ${fixtures.region} (credentials: ${from})`;
  const checks: DoctorCheck[] = [];
  let answer: CallResult;
  let receivedAt: number;
  try {
    const client = target.client(surface, fixtures.region);
    answer = await client.callRaw(readback.operation, readback.params(eni ?? "", fixtures.region));
    receivedAt = Date.now();
  } catch (error) {
    if (!isSuiteError(error)) throw error;
    const credentials = error.code === "ENIC_CREDENTIALS" || error.code === "ENIC_CONFIG";
    return [
      {
        surface,
        check: credentials ? "credentials" : "reachability",
        status: "problem",
        what,
        result: error.message,
        fix: credentials ? `give ${surface} credentials (${from})` : "check --target and the network",
      },
    ];
  }
  const skew = clockSkewSeconds(answer.response, receivedAt);
  const skewLine = skew === undefined ? undefined : skewText(skew);
  if ("malformed" in answer) {
    return [
      {
        surface,
        check: "protocol",
        status: "problem",
        what,
        result: `the target answered ${foreignAnswer(surface, answer.response)}, not ${surface}'s API`,
        fix: "check --target: it must be the base URL of this cloud's API (or a simulator), not a web page or a proxy's error",
      },
    ];
  }
  checks.push({ surface, check: "protocol", status: "ok", what, result: `answers in ${surface}'s envelope` });
  const meaning = "error" in answer ? meaningOf(surface, answer.error) : undefined;
  if (meaning && "error" in answer) {
    checks.push({
      surface,
      check: meaning.check,
      status: "problem",
      what,
      result: `${meaning.result} (${[answer.error.code, answer.error.alternateCode].filter(Boolean).join(" / ")})`,
      fix: meaning.fix(from, skewLine, fixtures.region),
    });
    return checks;
  }
  checks.push({ surface, check: "credentials", status: "ok", what, result: `accepted (${from})` });
  checks.push({
    surface,
    check: "region",
    status: "ok",
    what,
    result: `${fixtures.region} is known to the target`,
  });
  if (skew !== undefined) {
    const far = Math.abs(skew) > SKEW_WARNING_S;
    checks.push({
      surface,
      check: "clock",
      status: far ? "warning" : "ok",
      what: "this machine's clock against the target's Date header",
      result: far ? (skewLine ?? "") : `within ${SKEW_WARNING_S} s of the target's`,
      ...(far ? { fix: "synchronise this machine's clock (NTP) before signatures start to be refused" } : {}),
    });
  }
  return checks;
}

/**
 * With --allow-mutations: may the key change state? The surface's attach is sent for the ENI that
 * must not exist (`eni.missing`, whose absence the fixture check has just confirmed) — harmless:
 * a key with the permission gets the cloud's not-found refusal, one without it the permission
 * refusal (access management is decided before the resource is looked up).
 */
export async function checkAttachPermission(
  target: Target,
  surface: Surface,
  fixtures: Fixtures,
  source: CredentialSource | undefined,
): Promise<DoctorCheck> {
  const calls = surfaceModule(surface).stateCalls;
  const missing = fixtures.roles["eni.missing"];
  const instance = fixtures.roles["instance.running"];
  const what = `a signed ${calls.attach} of eni.missing (harmless: that ENI does not exist)`;
  if (missing === undefined || instance === undefined)
    return {
      surface,
      check: "credentials",
      status: "warning",
      what,
      result: "not checked: the fixtures name no eni.missing or instance.running",
      fix: "add both roles to the fixtures so the doctor can check the permission to attach",
    };
  const answer = await target
    .client(surface, fixtures.region)
    .callRaw(calls.attach, calls.params(fixtures, missing, instance));
  // Accepted: the key may attach; that the target took an ENI that does not exist is a verdict the
  // run's cases give (rule eni.exists), not a problem of the environment.
  if ("data" in answer)
    return {
      surface,
      check: "credentials",
      status: "warning",
      what,
      result: `the key may attach, and the target accepted an attach of eni.missing (${missing}), an ENI the fixture check did not find`,
      fix: "the run's eni.exists cases will judge it; if the ENI does exist, name another id for eni.missing",
    };
  const meaning = "error" in answer ? meaningOf(surface, answer.error) : undefined;
  if (meaning && "error" in answer)
    return {
      surface,
      check: meaning.check,
      status: "problem",
      what,
      result: `${meaning.result} (${[answer.error.code, answer.error.alternateCode].filter(Boolean).join(" / ")})`,
      fix: meaning.fix(origin(source, target), undefined, fixtures.region),
    };
  return {
    surface,
    check: "credentials",
    status: "ok",
    what,
    result: "the key may attach (refused only because the ENI does not exist)",
  };
}
