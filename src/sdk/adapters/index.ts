/**
 * The built-in SDK adapters by name, and loading an adapter by name or from a module path
 * (`./examples/sdk-adapter/my-adapter.ts`: its default export, or an export named `adapter`). Each
 * built-in adapter of an official SDK is loaded only when a run names it: the SDKs are optional peer
 * dependencies of the package, and a missing one is named with the command that installs it.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { SuiteError } from "../../core/errors.ts";
import { assertAdapter, type SdkAdapter } from "../adapter.ts";
import { isAdapterPath } from "../spec.ts";

/** A built-in adapter: the packages it needs besides ours (optional peer dependencies) and its module. */
interface Builtin {
  /** Package name → the version range to install (the peer dependency range in package.json). */
  readonly needs: Readonly<Record<string, string>>;
  readonly load: () => Promise<SdkAdapter>;
}

/** Built-in adapters by name: the official SDKs and this project's client. */
const BUILTINS: Readonly<Record<string, Builtin>> = {
  "tencentcloud-sdk-nodejs": {
    needs: { "tencentcloud-sdk-nodejs": "^4.1.313" },
    load: async () => (await import("./tencentcloud.ts")).tencentcloudAdapter,
  },
  "@alicloud/ecs20140526": {
    needs: { "@alicloud/ecs20140526": "^7.11.6", "@alicloud/openapi-core": "^1.0.8" },
    load: async () => (await import("./alicloud-ecs.ts")).alicloudEcsAdapter,
  },
  "@alicloud/pop-core": {
    needs: { "@alicloud/pop-core": "^1.8.0" },
    load: async () => (await import("./pop-core.ts")).popCoreAdapter,
  },
  "jdcloud-sdk-js": {
    needs: { "jdcloud-sdk-js": "^1.2.202" },
    load: async () => (await import("./jdcloud.ts")).jdcloudAdapter,
  },
  "eni-conformance": {
    needs: {},
    load: async () => (await import("./eni-conformance.ts")).eniConformanceAdapter,
  },
};

/** The names of the built-in adapters, for `--client NAME`. */
export const BUILTIN_ADAPTER_NAMES: readonly string[] = Object.keys(BUILTINS);

/** The packages each built-in adapter needs, with the version range to install. */
export function builtinAdapterNeeds(name: string): Readonly<Record<string, string>> | undefined {
  return BUILTINS[name]?.needs;
}

/** True when `error` is Node's "cannot find package/module" for `name` (ESM or CommonJS loading). */
function isMissing(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    (message.includes(`'${name}'`) || message.includes(`'${name}/`) || message.includes(`"${name}"`))
  );
}

/** Load a built-in adapter; a missing SDK package is a harness error that names the install command. */
async function loadBuiltin(name: string, builtin: Builtin): Promise<SdkAdapter> {
  try {
    return await builtin.load();
  } catch (error) {
    const missing = Object.entries(builtin.needs).filter(([pkg]) => isMissing(error, pkg));
    if (missing.length === 0) throw error;
    const install = Object.entries(builtin.needs)
      .map(([pkg, range]) => `${pkg}@"${range}"`)
      .join(" ");
    throw new SuiteError(
      "ENIC_CONFIG",
      `the SDK adapter ${name} needs the package ${missing.map(([pkg]) => pkg).join(", ")}, which is not installed (an optional peer dependency of eni-conformance): npm install --save-dev ${install}`,
      { cause: error },
    );
  }
}

/** The adapter `spec` names: a built-in name, or a module path (relative to `cwd`). */
export async function loadAdapter(spec: string, cwd: string = process.cwd()): Promise<SdkAdapter> {
  const builtin = BUILTINS[spec];
  if (builtin) return loadBuiltin(spec, builtin);
  if (!isAdapterPath(spec)) {
    throw new SuiteError(
      "ENIC_CONFIG",
      `unknown SDK adapter ${spec}: use one of ${BUILTIN_ADAPTER_NAMES.join(", ")} or a module path`,
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

/** The tsx versions a TypeScript adapter loads with (the peer dependency range in package.json). */
const TSX_RANGE = "^4.23.15";

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
  let tsx: typeof import("tsx/esm/api");
  try {
    tsx = await import("tsx/esm/api");
  } catch (error) {
    if (!isMissing(error, "tsx")) throw error;
    throw new Error(
      `an adapter written in TypeScript needs tsx to load (an optional peer dependency of eni-conformance): npm install --save-dev tsx@"${TSX_RANGE}", or compile the adapter to JavaScript`,
    );
  }
  tsx.register();
  tsxRegistered = true;
  // A new URL: Node keeps the failed import of the first one.
  return (await import(`${pathToFileURL(file).href}?tsx`)) as Record<string, unknown>;
}
