/**
 * The config file of a run: `--config FILE`, else `eni-conformance.config.yaml` (`.yml`, `.json`) in
 * the working directory. It is validated against schemas/config.schema.json; paths in it are
 * relative to its folder; it names environment variables for credentials, never the secrets.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { createAjv, formatErrors } from "../contracts/ajv.ts";
import { readJson } from "../contracts/surfaces.ts";
import { SuiteError } from "../core/errors.ts";

/** The file names looked for in the working directory, in order. */
const CONFIG_FILE_NAMES = [
  "eni-conformance.config.yaml",
  "eni-conformance.config.yml",
  "eni-conformance.config.json",
] as const;

/** The config file to use: the one named, else a default name in `cwd`, else none. */
export function findConfigFile(named: string | undefined, cwd: string): string | undefined {
  if (named) return resolve(cwd, named);
  return CONFIG_FILE_NAMES.map((n) => resolve(cwd, n)).find((f) => existsSync(f));
}

/** The keys of the config file whose values are paths (made absolute, relative to the file). */
const PATH_KEYS = ["fixtures", "reportDir", "baseline"] as const;

/**
 * Read and validate a config file; its paths come back absolute. Throws SuiteError ENIC_CONFIG
 * naming the file and every problem.
 */
export function readConfigFile(file: string): Record<string, unknown> {
  let data: unknown;
  try {
    const text = readFileSync(file, "utf8");
    data = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `cannot read ${file}: ${(error as Error).message}`);
  }
  const validate = createAjv().compile(readJson("schemas/config.schema.json") as object);
  if (!validate(data ?? {})) {
    throw new SuiteError(
      "ENIC_CONFIG",
      `${file} is invalid:\n  ${formatErrors(validate.errors).join("\n  ")}`,
    );
  }
  const config = { ...((data ?? {}) as Record<string, unknown>) };
  const base = dirname(resolve(file));
  for (const key of PATH_KEYS) {
    const value = config[key];
    if (typeof value === "string") config[key] = resolve(base, value);
  }
  return config;
}
