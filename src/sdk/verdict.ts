/**
 * What a catalogue case promises, what an SDK surfaced, and the SDK checks between them: the outcome
 * (success or error), the error code (one of the case's rows), the request id (where the surface's
 * envelope has one), and the HTTP status where the SDK exposes one (the row's status).
 */
import type { Finding } from "../checks/types.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson, type Surface } from "../contracts/surfaces.ts";
import type { SuiteCase } from "../suites-kit/cases.ts";
import type { Surfaced } from "./adapter.ts";

const withRequestId = new Map<string, boolean>();

/** Whether the surface's envelope carries a request id (Tencent v2 has none). */
export function hasRequestId(surface: Surface, operation: string): boolean {
  const key = `${surface}/${operation}`;
  let known = withRequestId.get(key);
  if (known === undefined) {
    const root = readJson(schemaFile(surface, operation, "error")) as { $defs?: Record<string, unknown> };
    known = Object.keys(root.$defs ?? {}).some((k) => k.toLowerCase() === "requestid");
    withRequestId.set(key, known);
  }
  return known;
}

/** What the document promises for a case, in one line. */
export function promisedText(c: SuiteCase): string {
  if (c.ruleCase.expect === "success") return "success, with a request id";
  if (c.rows.length === 0) return "an error (the document gives no code)";
  return c.rows.map((r) => `error row \`${r.id}\` (${r.code}, HTTP ${r.http})`).join(" or ");
}

const mark = (ok: boolean) => (ok ? "✓" : "✗");

/** What an SDK surfaced, in one line (e.g. `threw ClientError code=X requestId present, HTTP 404 at statusCode, 1 attempt`). */
export function describeSurfaced(s: Surfaced, attempts?: number): string {
  const parts: string[] = [];
  if (s.outcome === "success") parts.push("SDK returned a value");
  else if (s.delivered === "returned") parts.push(`SDK returned an error ${s.errorType ?? ""}`.trimEnd());
  else
    parts.push(
      `SDK threw ${s.isError === false ? `${s.errorType ?? "a value"} (not an Error)` : (s.errorType ?? "an error")}`,
    );
  if (s.outcome === "error")
    parts.push(s.code ? `code=${s.code}${s.alternateCode ? `/${s.alternateCode}` : ""}` : "no code");
  if (s.outcome === "error" && s.message) parts.push(`message=${JSON.stringify(s.message)}`);
  parts.push(s.requestId ? "requestId present" : "no requestId");
  parts.push(
    s.httpStatus !== undefined
      ? `HTTP ${s.httpStatus} at ${s.httpStatusAt ?? "?"}`
      : "HTTP status not exposed",
  );
  if (attempts !== undefined) parts.push(`${attempts} attempt${attempts === 1 ? "" : "s"}`);
  return parts.join(", ");
}

/** The SDK checks of a catalogue case; empty when the SDK kept the promise. */
export function checkSurfaced(c: SuiteCase, s: Surfaced, attempts: number, servedStatus?: number): Finding[] {
  const findings: Finding[] = [];
  const add = (check: string, message: string, row?: string) =>
    findings.push({ check, message, rule: c.rule, ...(row ? { row } : {}) });
  const rc = c.ruleCase;
  if (attempts === 0) add("sdk-outcome", "no request reached the simulator, yet the SDK reported an outcome");
  if (rc.expect === "success") {
    if (s.outcome !== "success")
      add("sdk-outcome", `the document promises success; ${describeSurfaced(s)} ${mark(false)}`);
  } else {
    if (s.outcome !== "error") {
      add("sdk-outcome", `the document promises ${promisedText(c)}; ${describeSurfaced(s)} ${mark(false)}`);
      return findings;
    }
    const codes = [...new Set(c.rows.map((r) => r.code))];
    const shown = [s.code, s.alternateCode].filter((x): x is string => x !== undefined);
    if (codes.length > 0 && !shown.some((code) => codes.includes(code))) {
      add(
        "sdk-code",
        `the SDK surfaced ${s.code ? `code ${s.code}` : "no error code"}${s.message ? ` (message ${JSON.stringify(s.message)})` : ""}; the document's rows: ${codes.join(" or ")} ${mark(false)}`,
        c.rows[0]?.id,
      );
    }
    const row = c.rows.find((r) => shown.includes(r.code));
    if (s.httpStatus !== undefined) {
      const statuses = row ? [row.http] : servedStatus !== undefined ? [servedStatus] : [];
      if (statuses.length > 0 && !statuses.includes(s.httpStatus)) {
        add(
          "sdk-http-status",
          `the SDK exposes HTTP ${s.httpStatus} (at ${s.httpStatusAt ?? "?"}); the ${row ? `row says ${row.http}` : `simulator answered ${servedStatus}`} ${mark(false)}`,
          row?.id,
        );
      }
    }
  }
  if (hasRequestId(c.surface, rc.operation) && !s.requestId) {
    add("sdk-request-id", `the answer carried a request id; the SDK surfaced none ${mark(false)}`);
  }
  return findings;
}
