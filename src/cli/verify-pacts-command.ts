/**
 * `eni-conformance verify-pacts [--target sim|URL] [--pacts DIR] [--surface S]... [--account KEYID:SECRET]
 * [--limited-account KEYID:SECRET] [--fixtures FILE] [--no-control-plane]`: verifies the generated pacts with pact's Verifier against the simulator (started
 * in this process on 127.0.0.1) or a URL. Provider states come from the control plane or the
 * fixtures; each replayed request is signed afresh. Exit 0 when every interaction verified (skipped
 * ones say why: an interaction signed by the account's limited key needs `--limited-account` on a
 * URL target), 1 when one failed, else 2 on a harness error or a state that failed at run time.
 */
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadRunConfig } from "../config/load.ts";
import type { VerifyOptions } from "../pact/verify.ts";
import { parseSurfaces } from "./pacts-command.ts";

export const VERIFY_PACTS_USAGE =
  "usage: eni-conformance verify-pacts [--target sim|URL] [--pacts DIR] [--surface S]... [--account KEYID:SECRET] [--limited-account KEYID:SECRET] [--fixtures FILE] [--no-control-plane]";

/** Run `verify-pacts`; resolves to the exit code. */
export async function verifyPactsCommand(argv: string[]): Promise<number> {
  // Before anything loads pact: its usage tracking stays off, nothing leaves the machine.
  process.env.PACT_DO_NOT_TRACK = "true";
  let options: VerifyOptions;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        target: { type: "string" },
        pacts: { type: "string" },
        surface: { type: "string", multiple: true },
        account: { type: "string" },
        "limited-account": { type: "string" },
        fixtures: { type: "string" },
        "no-control-plane": { type: "boolean" },
      },
    });
    // The target, its credentials and fixtures resolved as `run` resolves them (src/config/).
    const target = loadRunConfig({
      argv: [
        ...(values.target ? ["--target", values.target] : []),
        ...(values.account ? ["--account", values.account] : []),
        ...(values["limited-account"] ? ["--limited-account", values["limited-account"]] : []),
        ...(values.fixtures ? ["--fixtures", values.fixtures] : []),
        ...(values["no-control-plane"] ? ["--no-control-plane"] : []),
      ],
      env: process.env,
      cwd: process.cwd(),
    });
    options = {
      target,
      pactsDir: values.pacts ?? resolve("reports/latest/pacts"),
      surfaces: parseSurfaces(values.surface),
    };
  } catch (error) {
    process.stderr.write(
      `eni-conformance verify-pacts: ${(error as Error).message}\n${VERIFY_PACTS_USAGE}\n`,
    );
    return 2;
  }
  const { pactFile } = await import("../pact/generate.ts");
  const missing = options.surfaces.filter((s) => !existsSync(pactFile(options.pactsDir, s)));
  if (missing.length > 0) {
    process.stderr.write(
      `eni-conformance verify-pacts: no pact for ${missing.join(", ")} in ${relative(process.cwd(), options.pactsDir) || "."} (run \`eni-conformance pacts\` first)\n`,
    );
    return 2;
  }
  const { verifyPacts } = await import("../pact/verify.ts");
  let report: Awaited<ReturnType<typeof verifyPacts>>;
  try {
    report = await verifyPacts(options);
  } catch (error) {
    process.stderr.write(`eni-conformance verify-pacts: ${(error as Error).message}\n`);
    return 2;
  }
  const rows = options.surfaces.map((surface) => {
    const of = report.outcomes.filter((o) => o.surface === surface);
    const n = (status: string) => of.filter((o) => o.status === status).length;
    return [surface, n("verified"), n("failed"), n("skipped")] as const;
  });
  const lines = [`\nverify-pacts against ${report.target}`, "surface      verified  failed  skipped"];
  for (const [s, v, f, k] of rows)
    lines.push(
      `${s.padEnd(12)} ${String(v).padStart(8)}  ${String(f).padStart(6)}  ${String(k).padStart(7)}`,
    );
  for (const o of report.outcomes.filter((x) => x.status === "failed"))
    lines.push(`FAILED  ${o.description}\n        ${o.detail ?? ""}`);
  for (const o of report.outcomes.filter((x) => x.status === "skipped"))
    lines.push(`skipped ${o.id}: ${o.detail ?? ""}`);
  for (const e of report.errors) lines.push(`ERROR   ${e}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  // A failed interaction is a verdict on the target; a harness problem or a state that could not be
  // set up at run time means the run is incomplete.
  if (report.outcomes.some((o) => o.status === "failed")) return 1;
  if (report.errors.length > 0 || report.outcomes.some((o) => o.notSetUp)) return 2;
  return 0;
}
