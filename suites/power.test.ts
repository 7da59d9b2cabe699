/**
 * Suite power, measured: the suites are run against the simulator once per catalogued deviation,
 * and every deviation must make at least one case fail with the right attribution — a case of the
 * rule it breaks, a case that expects the error row it breaks, or (for envelope-level deviations)
 * any case of its surface. The faithful simulator makes no case fail (suites/conformance.test.ts).
 * Prints the detection figure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Deviation, deviationCatalogue } from "../src/sim/deviations.ts";
import { listCases, type SuiteCase, suiteCatalogue } from "../src/suites-kit/cases.ts";
import { exercises } from "../src/suites-kit/fields.ts";
import { type CaseResult, runCase } from "../src/suites-kit/runner.ts";
import { severityOf } from "../src/suites-kit/severity.ts";
import { createTarget, type Target } from "../src/suites-kit/target.ts";

let target: Target;
const detected: string[] = [];
/** Deviations whose every revealing case rests on this project's inference: detected as warnings. */
const asWarnings: string[] = [];
const catalogue = deviationCatalogue();

beforeAll(async () => {
  target = await createTarget({ target: "sim" });
});
afterAll(async () => {
  await target.control("PUT", "/_sim/deviations", { enable: [] });
  await target.close();
  process.stdout.write(
    `deviation detection: ${detected.length}/${catalogue.length} catalogued deviations detected, ${detected.length - asWarnings.length} as errors, ${asWarnings.length} as warnings (only inferred expectations reveal them${asWarnings.length > 0 ? `: ${asWarnings.join(", ")}` : ""})\n`,
  );
});

/** The cases that may reveal `d`, most telling first, and whether a failure of `c` is attributed to `d`. */
function candidates(d: Deviation): {
  cases: SuiteCase[];
  attributed: (c: SuiteCase, r: CaseResult) => boolean;
} {
  const all = listCases([d.surface]);
  const effect = d.effect;
  switch (effect.kind) {
    case "ignore-rule":
      return {
        cases: all.filter((c) => c.rule === effect.rule && c.ruleCase.expect === "error"),
        attributed: (c) => c.rule === effect.rule,
      };
    case "misspell-code":
    case "wrong-message":
      return {
        cases: all.filter((c) => c.ruleCase.errorRows?.includes(effect.row)),
        attributed: (c) => c.ruleCase.errorRows?.includes(effect.row) ?? false,
      };
    case "error-on-success":
      return { cases: all.filter((c) => c.ruleCase.expect === "success"), attributed: () => true };
    case "break-field": {
      const property = suiteCatalogue().fieldProperties.find(
        (p) => p.surface === d.surface && p.id === effect.property,
      );
      const operations = property?.operations.includes("*")
        ? [...new Set(all.map((c) => c.ruleCase.operation))]
        : (property?.operations ?? []);
      return {
        cases: property ? all.filter((c) => exercises(c, property.exercised, operations)) : [],
        attributed: (_c, r) => r.findings.some((f) => f.property === effect.property),
      };
    }
    case "missing-async-task":
      return {
        cases: all.filter((c) => c.ruleCase.then && c.ruleCase.then !== "unchanged"),
        attributed: () => true,
      };
    default:
      return { cases: all, attributed: () => true };
  }
}

describe("the suites notice every catalogued deviation of the simulator", () => {
  it.each(catalogue.map((d) => [d.id, d] as const))("%s", async (_id, d) => {
    await target.control("PUT", "/_sim/deviations", { enable: [d.id] });
    const { cases, attributed } = candidates(d);
    expect(cases.length, "no case could reveal this deviation").toBeGreaterThan(0);
    const misattributed: string[] = [];
    let warned: SuiteCase | undefined;
    for (const c of cases) {
      const r = await runCase(target, c, { runs: 1, seed: 7, shrink: false });
      if (r.status === "errored") throw new Error(`${c.id} errored: ${r.reason}`);
      if (r.status !== "failed") continue;
      if (attributed(c, r)) {
        const named = r.findings.some((f) => f.rule === undefined || f.rule === c.rule);
        expect(named).toBe(true);
        // A breach of a documented expectation is an error; only an inferred one may be a warning.
        if (r.findings.some((f) => severityOf(f, c, c.rule) === "error")) {
          detected.push(d.id);
          return;
        }
        // …an inferred rule or outcome, or an inferred property of a response field.
        const inferredProperty = r.findings.some(
          (f) =>
            f.property !== undefined &&
            suiteCatalogue().fieldProperties.find((p) => p.surface === c.surface && p.id === f.property)
              ?.provenance.kind === "inferred",
        );
        expect(
          inferredProperty ||
            c.ruleCase.provenance?.kind === "inferred" ||
            c.statementProvenance.kind === "inferred",
        ).toBe(true);
        warned ??= c;
        continue;
      }
      misattributed.push(c.id);
    }
    if (warned) {
      detected.push(d.id);
      asWarnings.push(d.id);
      return;
    }
    throw new Error(
      `not detected (${d.breaks.rule ?? d.breaks.row ?? d.breaks.envelope ?? d.breaks.property}); misattributed failures: ${misattributed.join(", ") || "none"}`,
    );
  });
});
