/**
 * The cases enumerated from the rule catalogue: stable, unique ids of the form
 * `<surface>/<rule>#<n>`, exactly the catalogue's cases of every rule on every surface (in order),
 * the accepted rows resolved on the case's own surface, the unprovokable rows listed with their
 * reasons, and the rows an operation documents.
 */
import { describe, expect, it } from "vitest";
import { SURFACES } from "../contracts/surfaces.ts";
import { documentedRows, listCases, listUnprovokable, suiteCatalogue } from "./cases.ts";

const catalogue = suiteCatalogue();
const all = listCases();

describe("listCases", () => {
  it("gives every case a unique id of the form <surface>/<rule>#<n>", () => {
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) expect(c.id).toBe(`${c.surface}/${c.rule}#${c.id.split("#")[1]}`);
  });

  it("gives the same ids in the same order every time, whichever surfaces are asked for", () => {
    expect(listCases().map((c) => c.id)).toEqual(all.map((c) => c.id));
    for (const surface of SURFACES) {
      expect(listCases([surface]).map((c) => c.id)).toEqual(
        all.filter((c) => c.surface === surface).map((c) => c.id),
      );
    }
    // Asking for the surfaces in another order lists them in the order asked, ids unchanged.
    const reversed = [...SURFACES].reverse();
    expect(listCases(reversed).map((c) => c.id)).toEqual(
      reversed.flatMap((s) => all.filter((c) => c.surface === s).map((c) => c.id)),
    );
  });

  it.each(SURFACES)("has exactly the catalogue's cases of every rule on %s, numbered from 1", (surface) => {
    const mine = all.filter((c) => c.surface === surface);
    let expected = 0;
    for (const rule of catalogue.rules) {
      const entry = rule.surfaces[surface];
      const ofRule = mine.filter((c) => c.rule === rule.id);
      expect(ofRule.map((c) => c.ruleCase)).toEqual(entry?.cases ?? []);
      expect(ofRule.map((c) => c.id)).toEqual(ofRule.map((_, i) => `${surface}/${rule.id}#${i + 1}`));
      for (const c of ofRule) {
        expect(c.title).toBe(rule.title);
        expect(c.statement).toBe(entry?.statement);
        expect(c.citations).toEqual(entry?.source);
      }
      expected += entry?.cases.length ?? 0;
    }
    expect(mine).toHaveLength(expected);
    expect(mine.length).toBeGreaterThan(0);
  });

  it("resolves every accepted row on the case's own surface, and only those", () => {
    for (const c of all) {
      const ids = c.ruleCase.errorRows ?? [];
      expect(
        c.rows.every((r) => r.surface === c.surface && ids.includes(r.id)),
        c.id,
      ).toBe(true);
      for (const id of ids)
        expect(
          c.rows.map((r) => r.id),
          `${c.id} row ${id}`,
        ).toContain(id);
    }
    // Error cases name rows; success cases accept none.
    expect(all.filter((c) => c.ruleCase.expect === "success").every((c) => c.rows.length === 0)).toBe(true);
  });
});

describe("listUnprovokable", () => {
  const rows = listUnprovokable();

  it("lists every unprovokable row of the catalogue, with its reason and a row id", () => {
    const want = catalogue.errorRows.filter((r) => r.unprovokable !== undefined);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.row)).toEqual(want);
    for (const u of rows) {
      expect(u.id).toBe(`${u.surface}/row:${u.row.id}`);
      expect(u.surface).toBe(u.row.surface);
      expect(u.reason).toBe(u.row.unprovokable);
      expect(u.reason.length).toBeGreaterThan(10);
    }
  });

  it("never lists a row a case provokes as unprovokable, and keeps to the surfaces asked for", () => {
    const provoked = new Set(all.flatMap((c) => c.rows.map((r) => `${r.surface}/${r.id}`)));
    for (const u of rows) expect(provoked.has(`${u.surface}/${u.row.id}`), u.id).toBe(false);
    for (const surface of SURFACES) {
      expect(listUnprovokable([surface])).toEqual(rows.filter((r) => r.surface === surface));
    }
    expect(listUnprovokable([])).toEqual([]);
  });
});

describe("documentedRows", () => {
  const pairs = SURFACES.flatMap((surface) =>
    [
      ...new Set(
        catalogue.errorRows.filter((r) => r.surface === surface && r.operation).map((r) => r.operation),
      ),
    ].map((operation) => [surface, operation as string] as const),
  );

  it.each(pairs)(
    "of %s %s: the operation's own rows plus the surface's common rows",
    (surface, operation) => {
      const got = documentedRows(surface, operation);
      const own = catalogue.errorRows.filter((r) => r.surface === surface && r.operation === operation);
      const common = catalogue.errorRows.filter((r) => r.surface === surface && r.operation === undefined);
      expect(own.length).toBeGreaterThan(0);
      expect(got).toHaveLength(own.length + common.length);
      for (const r of [...own, ...common]) expect(got).toContain(r);
    },
  );

  it("has only the common rows for an operation that documents none", () => {
    for (const surface of SURFACES) {
      const common = catalogue.errorRows.filter((r) => r.surface === surface && r.operation === undefined);
      expect(documentedRows(surface, "NoSuchOperation")).toEqual(common);
    }
  });
});

describe("a case's literal values (`with`)", () => {
  it("are sent with the roles' ids, and make a request the operation's schema accepts", async () => {
    const { fillParams } = await import("./execute.ts");
    const { validateParams } = await import("../surfaces/shared/params.ts");
    const { createSimulator } = await import("../sim/simulator.ts");
    const sim = createSimulator({ seed: 1 });
    const withValues = listCases().filter((c) => c.ruleCase.with !== undefined);
    expect(withValues.map((c) => c.id)).toContain("tencent-v3/param.attach-type#1");
    for (const c of withValues) {
      const res = await sim.handleWire({
        method: "GET",
        url: `/_sim/fixtures?surface=${c.surface}`,
        headers: {},
        body: "",
      });
      if (res === "drop") throw new Error("dropped");
      const filled = fillParams(c, JSON.parse(res.body));
      if (!("params" in filled)) throw new Error(`${c.id}: fixture ${filled.missing} missing`);
      expect(filled.params, c.id).toMatchObject(c.ruleCase.with ?? {});
      expect(validateParams(c.surface, c.ruleCase.operation, filled.params, "json").ok, c.id).toBe(true);
    }
  });
});
