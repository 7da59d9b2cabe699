/**
 * How `--client` names an adapter: a built-in name (`tencentcloud-sdk-nodejs`) or a module path
 * (`./examples/sdk-adapter/my-adapter.ts`). Kept apart from the adapters so that reading a command
 * line does not load every SDK.
 */
import { isAbsolute } from "node:path";

/** True when `spec` names a module file rather than a built-in adapter. */
export function isAdapterPath(spec: string): boolean {
  return spec.startsWith(".") || isAbsolute(spec) || /\.(m?[jt]s)$/.test(spec);
}
