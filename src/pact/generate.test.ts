/**
 * Pact generation: every surface's file is written once (beforeAll) from the specs and the rule
 * catalogue, and then checked against the catalogue (one interaction per case and per documented
 * example, provider states from the case's fixture roles), against the Pact V4 shape, for matchers
 * instead of literal ids, signatures, timestamps and nonces, and for leaks (the account secret,
 * absolute paths).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogue } from "../contracts/catalogue-build.ts";
import { loadSpec, primaryOperations } from "../contracts/spec.ts";
import { PROJECT_ROOT, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { listCases } from "../suites-kit/cases.ts";
import { type GeneratedPact, generatePacts, pactFile } from "./generate.ts";
import type { InteractionMeta } from "./interactions.ts";
import { resolveSchema } from "./matchers.ts";
import { pactProblems } from "./validate.ts";
import { fieldSchemas, signingFields } from "./wire-fields.ts";
import { PACT_ACCOUNT } from "./workbench.ts";

interface Rules {
  [key: string]: { matchers: { match: string; regex?: string }[] };
}
interface Interaction {
  description: string;
  providerStates: { name: string; params: { roles?: Record<string, string> } }[];
  comments: { testname: string; text: string[]; "eni-conformance": InteractionMeta };
  request: {
    path: string;
    query?: Record<string, string[]>;
    headers?: Record<string, string[]>;
    body?: { content: Record<string, unknown> };
    matchingRules?: { query?: Rules; header?: Rules; body?: Rules; path?: Rules[string] };
    generators?: {
      query?: Record<string, { expression: string }>;
      body?: Record<string, { expression: string }>;
      path?: { expression: string };
    };
  };
  response: { status: number; body?: { content: unknown } };
}
interface PactDoc {
  consumer: { name: string };
  provider: { name: string };
  interactions: Interaction[];
  metadata: { pactSpecification: { version: string } };
}

const dir = mkdtempSync(join(tmpdir(), "enic-pact-gen-"));
let generated: GeneratedPact[] = [];
const docs = new Map<Surface, PactDoc>();
const texts = new Map<Surface, string>();

beforeAll(async () => {
  generated = await generatePacts(SURFACES, dir);
  for (const s of SURFACES) {
    const text = readFileSync(pactFile(dir, s), "utf8");
    texts.set(s, text);
    docs.set(s, JSON.parse(text) as PactDoc);
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function doc(surface: Surface): PactDoc {
  const d = docs.get(surface);
  if (!d) throw new Error(`no pact for ${surface}`);
  return d;
}

describe.each(SURFACES)("the pact of %s", (surface) => {
  it("has one interaction per catalogue case and per documented request example", () => {
    const cases = listCases([surface]).map((c) => c.id);
    const examples = primaryOperations(surface, loadSpec(surface)).flatMap((op) =>
      ((op.op["x-request-examples"] ?? []) as { id: string }[]).map((e) => `${surface}/example:${e.id}`),
    );
    const ids = doc(surface).interactions.map((i) => i.comments["eni-conformance"].id);
    expect(ids.sort()).toEqual([...cases, ...examples].sort());
    expect(generated.find((g) => g.surface === surface)?.interactions).toBe(ids.length);
    expect(doc(surface).provider.name).toBe(surface);
  });

  it("is a sound Pact V4 file", () => {
    expect(doc(surface).metadata.pactSpecification.version).toBe("4.0");
    expect(pactProblems(doc(surface))).toEqual([]);
  });

  it("carries each interaction's provenance, the catalogue's for a case, in its metadata and comments", () => {
    const cases = new Map(listCases([surface]).map((c) => [c.id, c]));
    for (const i of doc(surface).interactions) {
      const meta = i.comments["eni-conformance"];
      const c = cases.get(meta.id);
      expect(["document", "vendor-page", "sdk", "inferred"], meta.id).toContain(meta.provenance.outcome);
      if (!c) continue; // a documented example: its citation's
      expect(meta.provenance).toMatchObject({
        statement: c.statementProvenance.kind,
        outcome: c.ruleCase.provenance?.kind,
      });
      expect(
        i.comments.text.some((t: string) => t.startsWith("expected outcome: ")),
        meta.id,
      ).toBe(true);
    }
  });

  it("names its provider states after the case's fixture roles and injects every role's id", () => {
    const cases = new Map(listCases([surface]).map((c) => [c.id, c]));
    for (const i of doc(surface).interactions) {
      const c = cases.get(i.comments["eni-conformance"].id);
      if (!c) continue; // a documented example; its roles come from the operation's success case
      const fromStates: Record<string, string> = {};
      for (const s of i.providerStates) {
        for (const [param, role] of Object.entries(s.params.roles ?? {})) {
          expect(fromStates[param], `${c.id}: ${param} in two states`).toBeUndefined();
          fromStates[param] = role;
          expect(s.name, c.id).toContain(`\${${param}}`);
        }
      }
      expect(fromStates, c.id).toEqual(c.ruleCase.given);
    }
  });

  it("matches ids through provider-state injection, and signatures, timestamps and nonces by format", () => {
    const signing = signingFields(surface);
    for (const i of doc(surface).interactions) {
      const id = i.comments["eni-conformance"].id;
      const r = i.request;
      const auth = fieldSchemas(surface, i.comments["eni-conformance"].operation).authPatterns;
      for (const name of signing.headers) {
        const sent = Object.keys(r.headers ?? {}).find((h) => h.toLowerCase() === name);
        if (!sent) continue;
        const rule = r.matchingRules?.header?.[sent] ?? r.matchingRules?.header?.[name];
        expect(rule?.matchers[0]?.match, `${id} header ${name}`).toBe("regex");
        if (auth.has(name)) expect(rule?.matchers[0]?.regex, `${id} ${name}`).toBe(auth.get(name));
      }
      for (const name of signing.query) {
        if (!r.query?.[name]) continue;
        expect(r.matchingRules?.query?.[name]?.matchers[0]?.match, `${id} query ${name}`).toBe("regex");
      }
      // Every injected expression names a request field, and a well-formed id is matched by regex.
      const injected = [
        ...Object.entries(r.generators?.query ?? {}).map(([k, g]) => ["query", k, g.expression] as const),
        ...Object.entries(r.generators?.body ?? {}).map(([k, g]) => ["body", k, g.expression] as const),
      ];
      for (const [where, key, expression] of injected) {
        expect(expression, `${id} ${where} ${key}`).toMatch(/\$\{[A-Za-z]+\}/);
        const rule = where === "query" ? r.matchingRules?.query?.[key] : r.matchingRules?.body?.[key];
        const param = key.replace(/^\$\./, "");
        const fields = fieldSchemas(surface, i.comments["eni-conformance"].operation);
        const schema = resolveSchema(fields.params[param] ?? true, fields.paramsRoot);
        const patterned = typeof schema === "object" && typeof schema.pattern === "string";
        const expected = expression.endsWith("!") || !patterned ? "type" : "regex";
        expect(rule?.matchers[0]?.match, `${id} ${key}`).toBe(expected);
      }
    }
    // Each case's given parameters are injected somewhere in its request (query, body or path).
    const cases = new Map(listCases([surface]).map((c) => [c.id, c]));
    for (const i of doc(surface).interactions) {
      const c = cases.get(i.comments["eni-conformance"].id);
      if (!c || c.ruleCase.mutate?.kind === "param.omit" || c.ruleCase.mutate?.kind === "param.wrong-type")
        continue;
      const expressions = [
        ...Object.values(i.request.generators?.query ?? {}),
        ...Object.values(i.request.generators?.body ?? {}),
        ...(i.request.generators?.path ? [i.request.generators.path] : []),
      ]
        .map((g) => g.expression)
        .join(" ");
      for (const param of Object.keys(c.ruleCase.given)) expect(expressions, c.id).toContain(`\${${param}}`);
    }
  });

  it("expects the error rows' codes and HTTP statuses the catalogue names", () => {
    const catalogue = buildCatalogue();
    for (const i of doc(surface).interactions) {
      const c = listCases([surface]).find((x) => x.id === i.comments["eni-conformance"].id);
      if (!c || c.rows.length === 0) continue;
      const codes = new Set(c.rows.map((r) => r.code));
      const text = JSON.stringify(i.response.body?.content);
      expect(
        [...codes].some((code) => text.includes(code)),
        c.id,
      ).toBe(true);
      const statuses = new Set(c.rows.map((r) => catalogue.errorRows.find((x) => x.id === r.id)?.http));
      expect(statuses.has(i.response.status), c.id).toBe(true);
    }
  });

  it("holds no secret and no absolute path", () => {
    const text = texts.get(surface) ?? "";
    expect(text).not.toContain(PACT_ACCOUNT.secret);
    for (const path of [PROJECT_ROOT, dir, homedir(), tmpdir(), "file://"]) expect(text).not.toContain(path);
  });
});

describe("generation", () => {
  it("gives the same file every time (fixed signing time and seeds)", async () => {
    const again = mkdtempSync(join(tmpdir(), "enic-pact-gen-again-"));
    try {
      await generatePacts(["tencent-v3"], again);
      expect(readFileSync(pactFile(again, "tencent-v3"), "utf8")).toBe(texts.get("tencent-v3"));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe("the Pact V4 check", () => {
  const base = () => JSON.parse(texts.get("tencent-v3") ?? "{}") as PactDoc;

  it("refuses another specification version, a duplicate description and a foreign shape", () => {
    const v3 = base();
    v3.metadata.pactSpecification.version = "3.0.0";
    expect(pactProblems(v3).join("\n")).toMatch(/pactSpecification/);
    const dup = base();
    dup.interactions.push(structuredClone(dup.interactions[0] as Interaction));
    expect(pactProblems(dup).join("\n")).toMatch(/not unique/);
    const foreign = base() as unknown as { interactions: Record<string, unknown>[] };
    (foreign.interactions[0] as Record<string, unknown>).type = "Asynchronous/Messages";
    expect(pactProblems(foreign)).not.toEqual([]);
  });

  it("refuses a regex matcher that rejects its own example and an expression no state provides", () => {
    const bad = base();
    const i = bad.interactions.find((x) => x.request.body && x.request.matchingRules?.body) as Interaction;
    const [key] = Object.keys(i.request.matchingRules?.body ?? {});
    const rule = i.request.matchingRules?.body?.[key as string];
    if (!rule?.matchers[0]) throw new Error("no body rule to break");
    rule.matchers[0] = { match: "regex", regex: "^never$" };
    expect(pactProblems(bad).join("\n")).toMatch(/fails its own regex/);
    const orphan = base();
    const j = orphan.interactions.find((x) => x.request.generators?.body) as Interaction;
    j.providerStates = [];
    expect(pactProblems(orphan).join("\n")).toMatch(/provided by no provider state/);
  });
});
