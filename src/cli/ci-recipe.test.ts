import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readConfigFile } from "../config/config-file.ts";
import { fromRoot } from "../contracts/surfaces.ts";
import { DOCS_USAGE } from "./docs-command.ts";

describe("the CI recipe", () => {
  it("is a valid workflow: a matrix job per cloud running the conformance run, and a merge job", () => {
    const workflow = parse(readFileSync(fromRoot("examples/ci/github-actions.yml"), "utf8"));
    const job = workflow.jobs.conformance;
    expect(job.strategy.matrix.include.map((m: { surface: string }) => m.surface)).toEqual([
      "tencent-v3",
      "aliyun-ecs",
      "jdcloud-vm",
    ]);
    const names = job.steps.map((s: { name?: string }) => s.name);
    expect(names.indexOf("doctor")).toBeGreaterThan(-1);
    expect(names.indexOf("doctor")).toBeLessThan(names.indexOf("conformance run"));
    const doctor = job.steps.find((s: { name?: string }) => s.name === "doctor").run as string;
    expect(doctor).toContain("npx eni-conformance doctor");
    for (const flag of ["--config", "--target", "--surface"]) expect(doctor).toContain(flag);
    const run = job.steps.find((s: { name?: string }) => s.name === "conformance run").run as string;
    expect(run).toContain("npx eni-conformance run");
    for (const flag of ["--config", "--allow-mutations", "--baseline", "--report-dir"])
      expect(run).toContain(flag);
    expect(JSON.stringify(job.env)).toMatch(/secrets\.STAGING_TENCENT_KEY/);
    expect(
      workflow.jobs.merge.steps.some((s: { run?: string }) =>
        s.run?.includes("eni-conformance report merge"),
      ),
    ).toBe(true);
  });

  it("ships a config example that validates and names environment variables, not secrets", () => {
    const config = readConfigFile(fromRoot("examples/ci/eni-conformance.config.yaml"));
    expect((config.accounts as Record<string, { secretEnv: string }>)["aliyun-ecs"]?.secretEnv).toBe(
      "STAGING_ALIYUN_KEY",
    );
    expect(config.fixtures).toMatch(/staging-fixtures\.yaml$/);
    // The limited keys' variables are named too, and the workflow maps each from the secret store.
    const limited = config.limitedAccounts as Record<string, { accessKeyIdEnv: string; secretEnv: string }>;
    const workflow = readFileSync(fromRoot("examples/ci/github-actions.yml"), "utf8");
    for (const names of Object.values(limited)) {
      for (const name of [names.accessKeyIdEnv, names.secretEnv])
        expect(workflow).toContain(`secrets.${name}`);
    }
  });

  it("builds the documentation site with the merged statuses and publishes it on GitHub Pages", () => {
    const workflow = parse(readFileSync(fromRoot("examples/ci/github-actions.yml"), "utf8"));
    const steps = workflow.jobs.merge.steps as {
      name?: string;
      run?: string;
      uses?: string;
      with?: { path?: string };
    }[];
    const merge = steps.findIndex((s) => s.run?.includes("eni-conformance report merge"));
    const docs = steps.findIndex((s) => s.name === "documentation site");
    expect(docs).toBeGreaterThan(merge);
    const run = steps[docs]?.run ?? "";
    expect(run).toContain("npx eni-conformance docs --report reports/merged/report.json --out site");
    // Every option the recipe passes is one the command knows.
    for (const flag of run.match(/--[a-z-]+/g) ?? []) expect(DOCS_USAGE).toContain(flag);
    const upload = steps.findIndex((s) => s.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(upload).toBeGreaterThan(docs);
    expect(steps[upload]?.with?.path).toBe("site");
    const pages = workflow.jobs.pages;
    expect(pages.needs).toBe("merge");
    expect(pages.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(pages.environment.name).toBe("github-pages");
    expect(pages.steps.some((s: { uses?: string }) => s.uses?.startsWith("actions/deploy-pages@"))).toBe(
      true,
    );
  });
});
