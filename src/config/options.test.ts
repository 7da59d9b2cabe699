/**
 * The option table is the one source of the options: the config file's schema allows exactly the
 * options the table says a file may set (plus `accounts` and `limitedAccounts`), every environment variable of the table
 * is read and nothing else named ENIC_* is, `run --help` lists every option, and the README's option
 * list is the table's (regenerate it with `npm run gen`).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromRoot, readJson } from "../contracts/surfaces.ts";
import { README_MARKERS, runOptionsMarkdown, runUsage, withRunOptions } from "./help.ts";
import { loadRunConfig } from "./load.ts";
import { RUN_OPTIONS, type RunOption } from "./options.ts";

const options: readonly RunOption[] = RUN_OPTIONS;

describe("the option table", () => {
  it("gives the config file exactly the keys its schema allows (and the accounts, which only the file has)", () => {
    const schema = readJson("schemas/config.schema.json") as { properties: Record<string, unknown> };
    const fileKeys = options.filter((o) => o.file).map((o) => o.key);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [...fileKeys, "accounts", "limitedAccounts"].sort(),
    );
  });

  it("has one flag, one key and one variable per option", () => {
    for (const field of ["flag", "key", "env"] as const) {
      const values = options.map((o) => o[field]).filter((v) => v !== undefined);
      expect(new Set(values).size, field).toBe(values.length);
    }
  });

  it("reads every variable it names: each one changes the configuration", () => {
    const sample: Record<string, string> = {
      ENIC_SURFACES: "jdcloud-vm",
      ENIC_TARGET: "http://127.0.0.1:9",
      ENIC_REGION: "cn-north-2",
      ENIC_FIXTURES: "f.json",
      ENIC_ALLOW_MUTATIONS: "1",
      ENIC_RUNS: "7",
      ENIC_SEED: "8",
      ENIC_RATE_LIMITS: "jdcloud-vm/attachNetworkInterface=2",
      ENIC_ASYNC_WAIT_MS: "1000",
      ENIC_CASE_BUDGET_MS: "1000",
      ENIC_ALLOW_EMPTY: "1",
      ENIC_MIN_COVERAGE: "80",
      ENIC_FAIL_ON: "warning",
    };
    const named = options.flatMap((o) => (o.env ? [o.env] : []));
    expect(named.sort()).toEqual(Object.keys(sample).sort());
    const cwd = "/tmp";
    const plain = loadRunConfig({ argv: [], env: {}, cwd });
    for (const [name, value] of Object.entries(sample)) {
      const changed = loadRunConfig({ argv: [], env: { [name]: value }, cwd });
      expect(changed, name).not.toEqual(plain);
    }
  });

  it("is what `run --help` lists", () => {
    const usage = runUsage();
    for (const o of options) {
      expect(usage).toContain(o.flag);
      expect(usage).toContain(o.help);
      if (o.env) expect(usage).toContain(o.env);
    }
  });

  it("is the README's option list (npm run gen rewrites it)", () => {
    const readme = readFileSync(fromRoot("README.md"), "utf8");
    expect(readme).toContain(README_MARKERS.start);
    expect(readme).toContain(README_MARKERS.end);
    expect(withRunOptions(readme), "README.md's option list is stale: run `npm run gen`").toBe(readme);
    expect(readme).toContain(runOptionsMarkdown());
  });
});
