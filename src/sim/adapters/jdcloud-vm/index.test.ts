/**
 * Every rule case of the jdcloud-vm spec that needs no mutation, through the real simulator and
 * client against the seed world: successes (and their `then`, after polling), and errors with one of
 * the case's rows on the wire (HTTP status, `error.status`, and, where every row has one, the row's
 * message, since six rows share FAILED_PRECONDITION; F-049). Mutated cases are the shared faithful
 * test's (src/sim/faithful.test.ts).
 */
import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../../../contracts/catalogue-build.ts";
import { jdHarness, template, validate } from "../../../testing/jdcloud-vm-sim.ts";

const h = jdHarness();
const catalogue = buildCatalogue();
const cases = catalogue.rules.flatMap((rule) =>
  (rule.surfaces["jdcloud-vm"]?.cases ?? [])
    .filter((c) => c.mutate === undefined)
    .map((c, i) => [`${rule.id} #${i + 1} ${c.operation} ${c.expect}`, c] as const),
);

describe("jdcloud-vm adapter: the spec's rule cases", () => {
  it.each(cases)("%s", async (_, c) => {
    const params = Object.fromEntries(Object.entries(c.given).map(([k, role]) => [k, h.roles[role] ?? role]));
    const r = await h.jd.callRaw(c.operation, params);
    if (c.expect === "success") {
      expect("data" in r, r.response.body).toBe(true);
      validate(c.operation, "response", r.response.body);
      const id = params.networkInterfaceId as string;
      if (c.then === "attached" || c.then === "detached") {
        await h.eni(id);
        const shown = await h.eni(id);
        expect(shown.attachmentStatus).toBe(c.then);
        if (c.then === "attached") expect(shown.instanceId).toBe(params.instanceId);
      }
      return;
    }
    expect("error" in r, r.response.body).toBe(true);
    validate(c.operation, "error", r.response.body);
    const rows = catalogue.errorRows.filter(
      (row) => row.surface === "jdcloud-vm" && c.errorRows?.includes(row.id),
    );
    if (rows.length === 0) return; // no documented code: any error passes (F-041)
    const body = JSON.parse(r.response.body) as { error: { code: number; status: string; message: string } };
    expect(rows.map((row) => `${row.http} ${row.code}`)).toContain(`${body.error.code} ${body.error.status}`);
    const templates = rows.flatMap((row) => (row.message ? [template(row.message)] : []));
    if (templates.length === rows.length) {
      expect(
        templates.some((t) => t.test(body.error.message)),
        body.error.message,
      ).toBe(true);
    }
  });
});
