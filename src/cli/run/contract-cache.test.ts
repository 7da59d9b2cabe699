/**
 * The contract report's cache beside the precompiled bundle: built once per state of its inputs,
 * then read back equal to what was built; a changed input (any file under specs/ or schemas/)
 * builds it again; without a bundle folder (sources, package) it is built every time.
 */
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildContractReport, type ContractReport } from "../../contracts/contract-report.ts";
import { cachedContractReport } from "./contract-cache.ts";

describe("the contract report's cache", () => {
  it("builds once per state of specs/ and schemas/, and reads back what it built", () => {
    const root = mkdtempSync(join(tmpdir(), "enic-contract-root-"));
    for (const dir of ["specs", "schemas/nested"]) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, "specs", "a.yaml"), "a: 1\n");
    writeFileSync(join(root, "schemas", "nested", "b.json"), "{}\n");
    const bundle = mkdtempSync(join(tmpdir(), "enic-bundle-"));
    writeFileSync(join(bundle, "main.mjs"), "");
    const real = buildContractReport();
    let builds = 0;
    const build = (): ContractReport => {
      builds++;
      return real;
    };
    const first = cachedContractReport(build, { bundle, root });
    const second = cachedContractReport(build, { bundle, root });
    expect(builds).toBe(1);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(real));
    expect(readdirSync(bundle).filter((f) => f.startsWith("contract-report-"))).toHaveLength(1);
    // A file under schemas/ changed (its modification time): built again, under another name.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, "schemas", "nested", "b.json"), later, later);
    cachedContractReport(build, { bundle, root });
    expect(builds).toBe(2);
    expect(readdirSync(bundle).filter((f) => f.startsWith("contract-report-"))).toHaveLength(2);
  });

  it("builds every time without a bundle folder (the sources, the package)", () => {
    let builds = 0;
    const build = (): ContractReport => {
      builds++;
      return buildContractReport();
    };
    cachedContractReport(build, { bundle: undefined });
    cachedContractReport(build, { bundle: mkdtempSync(join(tmpdir(), "enic-not-a-bundle-")) });
    expect(builds).toBe(2);
  });
});
