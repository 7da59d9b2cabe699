/**
 * `eni-conformance gen [--check]`: writes every generated file (schemas, types, rules reference),
 * or with `--check` lists the files that drifted from their sources and exits 1.
 */
import { parseArgs } from "node:util";
import { driftedFiles, generateAll, writeGenerated } from "../contracts/generate.ts";

/** Run `gen`; resolves to the exit code. */
export async function genCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: "boolean", default: false } } });
  if (values.check) {
    const drifted = driftedFiles(await generateAll());
    for (const path of drifted) process.stdout.write(`drifted: ${path}\n`);
    process.stdout.write(drifted.length === 0 ? "generated files are up to date\n" : "run `npm run gen`\n");
    return drifted.length === 0 ? 0 : 1;
  }
  const written = await writeGenerated();
  process.stdout.write(`wrote ${written.length} generated files\n`);
  return 0;
}
