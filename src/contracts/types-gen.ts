/**
 * Generates TypeScript request/response types for a surface with openapi-typescript. The output is
 * committed under src/generated/ and checked for drift by the contract tests.
 */
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { fromRoot, type Surface, specFile } from "./surfaces.ts";

/** Project-relative file of a surface's generated types. */
export function typesFile(surface: Surface): string {
  return `src/generated/${surface}.ts`;
}

/** The generated types of one surface, header included. */
export async function generateTypes(surface: Surface): Promise<string> {
  const ast = await openapiTS(pathToFileURL(fromRoot(specFile(surface))), {
    silent: true,
    defaultNonNullable: false,
  });
  const header = [
    "/**",
    ` * generated from ${specFile(surface)} by \`npm run gen\` (openapi-typescript) — do not edit.`,
    " */",
    "",
  ].join("\n");
  return `${header}\n${astToString(ast)}`;
}
