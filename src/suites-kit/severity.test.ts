/**
 * Severities, on cases of the real catalogue: a finding against a document or a vendor page is an
 * error; against a rule this project derived, or against the row the project chose for a documented
 * refusal, a warning — but an accepted request stays an error; an SDK behaviour probe is advisory.
 */
import { describe, expect, it } from "vitest";
import { listCases, type SuiteCase } from "./cases.ts";
import { failsAt, severityOf, worst } from "./severity.ts";

const byId = new Map(listCases().map((c) => [c.id, c]));
const kase = (id: string) => {
  const c = byId.get(id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};
const finding = (check: string) => ({ check, message: "m" });

describe("severityOf", () => {
  it.each<[string, SuiteCase | undefined, string, string, string]>([
    [
      "a documented refusal answered with another code",
      kase("tencent-v3/eni.same-zone#1"),
      "eni.same-zone",
      "expected-code",
      "error",
    ],
    [
      "a documented refusal accepted",
      kase("tencent-v3/eni.same-zone#1"),
      "eni.same-zone",
      "rule-rejection",
      "error",
    ],
    [
      "the row the project chose (F-042) answered with another code",
      kase("jdcloud-vm/eni.exists#1"),
      "eni.exists",
      "expected-code",
      "warning",
    ],
    [
      "... while accepting the request stays an error",
      kase("jdcloud-vm/eni.exists#1"),
      "eni.exists",
      "rule-rejection",
      "error",
    ],
    [
      "a rule this project derived (F-052): the code it answers with",
      kase("tencent-v3/eni.primary-not-attachable#1"),
      "eni.primary-not-attachable",
      "expected-code",
      "warning",
    ],
    [
      "... but accepting it breaks the documented rule its refusal follows from",
      kase("tencent-v3/eni.primary-not-attachable#1"),
      "eni.primary-not-attachable",
      "rule-rejection",
      "error",
    ],
    [
      "an envelope broken on a vendor-page expectation",
      kase("tencent-v3/auth.key-known#1"),
      "auth.key-known",
      "envelope",
      "error",
    ],
    ["an SDK behaviour probe", undefined, "sdk.retry-throttling", "sdk-retry", "advisory"],
    ["a result with no catalogue case", undefined, "row:004/INTERNAL", "envelope", "error"],
  ])("%s: %s", (_name, c, rule, check, want) => {
    expect(severityOf(finding(check), c, rule)).toBe(want);
  });
});

describe("worst and failsAt", () => {
  it("takes the heaviest, and fails a run at --fail-on and anything heavier", () => {
    expect(worst(["advisory", "warning"])).toBe("warning");
    expect(worst([])).toBeUndefined();
    expect(failsAt("error", "error")).toBe(true);
    expect(failsAt("warning", "error")).toBe(false);
    expect(failsAt("warning", "warning")).toBe(true);
    expect(failsAt("advisory", "warning")).toBe(false);
    expect(failsAt("error", "advisory")).toBe(true);
  });
});
