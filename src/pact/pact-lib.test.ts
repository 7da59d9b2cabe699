/**
 * Pact is an optional peer dependency of the package: the range its missing-package message asks
 * for is the one package.json declares, and the library loads with tracking off.
 */
import { describe, expect, it } from "vitest";
import { readJson } from "../contracts/surfaces.ts";
import { loadPact, PACT_RANGE } from "./pact-lib.ts";

describe("loading pact", () => {
  it("asks for the range package.json declares as an optional peer dependency (and a dev dependency)", () => {
    const pkg = readJson("package.json") as {
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
      devDependencies: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.peerDependencies["@pact-foundation/pact"]).toBe(PACT_RANGE);
    expect(pkg.peerDependenciesMeta["@pact-foundation/pact"]?.optional).toBe(true);
    expect(pkg.devDependencies["@pact-foundation/pact"]).toBe(PACT_RANGE);
    expect(pkg.dependencies["@pact-foundation/pact"]).toBeUndefined();
  });

  it("loads the library with its usage tracking off", async () => {
    delete process.env.PACT_DO_NOT_TRACK;
    const pact = await loadPact();
    expect(typeof pact.PactV4).toBe("function");
    expect(process.env.PACT_DO_NOT_TRACK).toBe("true");
  });
});
