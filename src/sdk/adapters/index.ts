/**
 * The built-in SDK adapters by name, and loading an adapter by name or from a module path
 * (`./examples/sdk-adapter/my-adapter.ts`: its default export, or an export named `adapter`).
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { SuiteError } from "../../core/errors.ts";
import { assertAdapter, type SdkAdapter } from "../adapter.ts";
import { isAdapterPath } from "../spec.ts";
import { alicloudEcsAdapter } from "./alicloud-ecs.ts";
import { eniConformanceAdapter } from "./eni-conformance.ts";
import { jdcloudAdapter } from "./jdcloud.ts";
import { popCoreAdapter } from "./pop-core.ts";
import { tencentcloudAdapter } from "./tencentcloud.ts";

/** Built-in adapters: the official SDKs (all dev dependencies) and this project's client. */
export const BUILTIN_ADAPTERS: Readonly<Record<string, SdkAdapter>> = {
  [tencentcloudAdapter.name]: tencentcloudAdapter,
  [alicloudEcsAdapter.name]: alicloudEcsAdapter,
  [popCoreAdapter.name]: popCoreAdapter,
  [jdcloudAdapter.name]: jdcloudAdapter,
  [eniConformanceAdapter.name]: eniConformanceAdapter,
};

/** The adapter `spec` names: a built-in name, or a module path (relative to `cwd`). */
export async function loadAdapter(spec: string, cwd: string = process.cwd()): Promise<SdkAdapter> {
  const builtin = BUILTIN_ADAPTERS[spec];
  if (builtin) return builtin;
  if (!isAdapterPath(spec)) {
    throw new SuiteError(
      "ENIC_CONFIG",
      `unknown SDK adapter ${spec}: use one of ${Object.keys(BUILTIN_ADAPTERS).join(", ")} or a module path`,
    );
  }
  const file = resolve(cwd, spec);
  let module: Record<string, unknown>;
  try {
    module = await importModule(file);
  } catch (error) {
    throw new SuiteError("ENIC_CONFIG", `cannot load the SDK adapter ${spec}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return assertAdapter(module.default ?? module.adapter, spec);
}

let tsxRegistered = false;

/**
 * Import a module file; an adapter written in TypeScript is loaded through tsx when the running
 * process cannot import `.ts` itself (the command line runs as precompiled JavaScript).
 */
async function importModule(file: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_UNKNOWN_FILE_EXTENSION" || tsxRegistered) throw error;
  }
  const { register } = await import("tsx/esm/api");
  register();
  tsxRegistered = true;
  // A new URL: Node keeps the failed import of the first one.
  return (await import(`${pathToFileURL(file).href}?tsx`)) as Record<string, unknown>;
}
