/**
 * The four surfaces and where their contract files live. Every path is resolved from the project
 * root, so the project never reads anything outside its own tree.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Every surface the project covers, in a fixed order used by reports and generated files. */
export const SURFACES = ["tencent-v2", "tencent-v3", "aliyun-ecs", "jdcloud-vm"] as const;

/** One cloud API style and version. */
export type Surface = (typeof SURFACES)[number];

/**
 * Absolute path of the project root (the folder that holds package.json, specs/ and schemas/). In
 * the published package this module runs as JavaScript compiled into `dist/src/contracts/`
 * (tsconfig.build.json), one folder deeper than its source.
 */
export const PROJECT_ROOT: string = fileURLToPath(
  new URL(import.meta.url.endsWith(".js") ? "../../../" : "../../", import.meta.url),
);

/** Project-relative path of a surface's OpenAPI spec. */
export function specFile(surface: Surface): string {
  return `specs/${surface}.openapi.yaml`;
}

/** Project-relative path of the findings list. */
export const FINDINGS_FILE = "specs/findings.yaml";

/** Resolve a project-relative path to an absolute one. */
export function fromRoot(relative: string): string {
  return fileURLToPath(new URL(relative, `file://${PROJECT_ROOT}`));
}

/** Read a project-relative JSON file. */
export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(fromRoot(relative), "utf8"));
}

/** True when `value` names a surface. */
export function isSurface(value: string): value is Surface {
  return (SURFACES as readonly string[]).includes(value);
}
