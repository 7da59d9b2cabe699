/**
 * CONTRIBUTING's "Recipe: add a mutation", checked for every mutation of the registry: each kind
 * went through every step — in the rules schema's enum (1), defined alone in the file named after
 * it (2), registered under its kind and given rows in registry.test.ts's table (3), known to the
 * rejection check its refusal belongs to (4), and used by a rule case of the catalogue, so that
 * modes.test.ts and the conformance suite exercise it (5). A new kind that skips a step fails here,
 * naming the kind and the step. (The worked example of the recipe, `param.omit`, is in
 * CONTRIBUTING.md.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUTH, NEGATIVE } from "../checks/rejection.ts";
import { readJson } from "../contracts/surfaces.ts";
import { listCases } from "../suites-kit/cases.ts";
import { MUTATIONS } from "./registry.ts";
import type { MutationKind } from "./types.ts";

const KINDS = Object.keys(MUTATIONS) as MutationKind[];
const SCHEMA = readJson("schemas/rules.schema.json") as {
  $defs: { mutation: { properties: { kind: { enum: string[] } } } };
};
const REGISTRY_TABLE = readFileSync(new URL("./registry.test.ts", import.meta.url), "utf8");
const CASES = listCases();

/** Which rejection check reports a request with this refusal wrongly accepted. */
function rejectionOf(refusal: string | undefined): "auth" | "negative" | "rule" {
  if (refusal?.startsWith("auth.")) return "auth";
  if (refusal?.startsWith("param.") || refusal === "action.unknown") return "negative";
  return "rule";
}

describe.each(KINDS)("recipe: add a mutation — %s", (kind) => {
  const def = MUTATIONS[kind];
  const file = `${kind.replace(".", "-")}.ts`;

  it("1. is a mutate.kind of schemas/rules.schema.json", () => {
    expect(SCHEMA.$defs.mutation.properties.kind.enum).toContain(kind);
  });

  it(`2. is the one definition its file exports, of its family`, async () => {
    const module = (await import(new URL(`./${file}`, import.meta.url).href)) as Record<string, unknown>;
    expect(Object.values(module), `src/mutations/${file}`).toEqual([def]);
    expect(def.kind).toBe(kind);
    expect(def.family).toBe(kind.split(".")[0]);
  });

  it("3. is registered under its kind and has rows in registry.test.ts's table", () => {
    expect(MUTATIONS[kind].kind).toBe(kind);
    // A row's input names the kind: `{ kind: "<kind>" ... }`, or `["<kind>", ...]` in a list of rows.
    const named = [`kind: "${kind}"`, `["${kind}",`].some((text) => REGISTRY_TABLE.includes(text));
    expect(named, `a row of src/mutations/registry.test.ts's table sends ${kind}`).toBe(true);
  });

  it("4. is known to the rejection check of its refusal", () => {
    const want = rejectionOf(def.refusal);
    expect((AUTH as readonly string[]).includes(kind), `AUTH of src/checks/rejection.ts`).toBe(
      want === "auth",
    );
    expect((NEGATIVE as readonly string[]).includes(kind), `NEGATIVE of src/checks/rejection.ts`).toBe(
      want === "negative",
    );
  });

  it("5. is used by a rule case, so the modes and the suites exercise it", () => {
    expect(
      CASES.filter((c) => c.ruleCase.mutate?.kind === kind).length,
      `cases with mutate ${kind}`,
    ).toBeGreaterThan(0);
  });
});
