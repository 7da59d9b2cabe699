/**
 * The registry: every check has a table of tests beside the file that defines it (a new check
 * without tests fails here), ids are kebab-case, and `runChecks` runs all checks or the ones named.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CheckSim, gatewayPage, startCheckSim } from "../testing/checks.ts";
import { CHECKS, type CheckId, runChecks } from "./registry.ts";

const DIR = fileURLToPath(new URL(".", import.meta.url));
const SOURCES = readdirSync(DIR).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "registry.ts",
);

describe("every check", () => {
  it.each(Object.keys(CHECKS))("%s is tested beside the file that defines it", (id) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    // The file that reports findings under this id (its own file, or rejection.ts for three).
    const defining = SOURCES.filter((f) => readFileSync(`${DIR}${f}`, "utf8").includes(`"${id}"`));
    expect(defining, `the file that names "${id}"`).toHaveLength(1);
    const test = `${DIR}${defining[0]?.replace(/\.ts$/, ".test.ts")}`;
    expect(existsSync(test), `${test} exists`).toBe(true);
    // ... and its table wants at least one finding of the check.
    expect(readFileSync(test, "utf8")).toContain(`check: "${id}"`);
  });
});

describe("runChecks", () => {
  let sim: CheckSim;
  beforeAll(async () => {
    sim = await startCheckSim();
  });
  afterAll(() => sim.close());

  it("runs every check, or only the ones named", async () => {
    // A valid attach answered with a gateway's page: not the envelope, and a valid request refused.
    const ctx = await sim.context({
      case: "aliyun-ecs/instance.state-running-or-stopped#1",
      alter: gatewayPage(),
    });
    const ids = (only?: CheckId[]) => runChecks(ctx, only).map((f) => f.check);
    expect(ids()).toEqual(["envelope", "positive-acceptance"]);
    expect(ids(["envelope"])).toEqual(["envelope"]);
    expect(ids(["http-status", "positive-acceptance"])).toEqual(["positive-acceptance"]);
    expect(ids([])).toEqual([]);
  });
});
