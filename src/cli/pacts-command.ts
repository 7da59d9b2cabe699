/**
 * `eni-conformance pacts [--surface S]... [--out DIR]`: writes one Pact V4 file per surface
 * (default every surface, into reports/latest/pacts/), generated from the specs and the rule
 * catalogue, and checks each file it wrote. Exit 0 when every file was written and is sound, 2 on
 * a harness error (bad options, a pact that contradicts the catalogue, a file that fails its check).
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isSurface, SURFACES, type Surface } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";

export const PACTS_USAGE = "usage: eni-conformance pacts [--surface S]... [--out DIR]";

/** Run `pacts`; resolves to the exit code. */
export async function pactsCommand(argv: string[]): Promise<number> {
  // Before anything loads pact: its usage tracking stays off, nothing leaves the machine.
  process.env.PACT_DO_NOT_TRACK = "true";
  let surfaces: Surface[];
  let out: string;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { surface: { type: "string", multiple: true }, out: { type: "string" } },
    });
    surfaces = parseSurfaces(values.surface);
    out = values.out ?? resolve("reports/latest/pacts");
  } catch (error) {
    process.stderr.write(`eni-conformance pacts: ${(error as Error).message}\n${PACTS_USAGE}\n`);
    return 2;
  }
  const { generatePacts } = await import("../pact/generate.ts");
  const { pactFileProblems } = await import("../pact/validate.ts");
  let written: Awaited<ReturnType<typeof generatePacts>>;
  try {
    written = await generatePacts(surfaces, out);
  } catch (error) {
    process.stderr.write(`eni-conformance pacts: generation failed: ${(error as Error).message}\n`);
    return 2;
  }
  let ok = true;
  for (const g of written) {
    const problems = pactFileProblems(g.file);
    const rel = relative(process.cwd(), g.file);
    const shown = rel === "" || rel.startsWith("..") ? g.file : rel;
    process.stdout.write(`${g.surface}: ${g.interactions} interactions -> ${shown}\n`);
    for (const row of g.leftOut) {
      process.stdout.write(`  not in the pact: error row ${row.id} (unprovokable: ${row.reason})\n`);
    }
    for (const p of problems) process.stderr.write(`  ${shown}: ${p}\n`);
    if (problems.length > 0) ok = false;
  }
  if (!ok) {
    process.stderr.write("eni-conformance pacts: a written pact failed its Pact V4 check\n");
    return 2;
  }
  return 0;
}

/** The surfaces named by `--surface` (every surface when none is named). */
export function parseSurfaces(values: string[] | undefined): Surface[] {
  if (!values || values.length === 0) return [...SURFACES];
  for (const s of values)
    if (!isSurface(s))
      throw new SuiteError("ENIC_CONFIG", `unknown surface ${s} (one of ${SURFACES.join(", ")})`);
  return values as Surface[];
}
