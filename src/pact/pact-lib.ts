/**
 * Loads `@pact-foundation/pact` only after switching its usage tracking off: `PACT_DO_NOT_TRACK`
 * must be in the environment before the library (and its native core) is loaded, so nothing leaves
 * the machine. Every pact code path of this project goes through here. Pact is an optional peer
 * dependency of the package (only `pacts`, `verify-pacts` and the pact helpers use it): when it is
 * not installed, the error says which package to install.
 */
import { SuiteError } from "../core/errors.ts";

/** The pact versions this project works with (the peer dependency range in package.json). */
export const PACT_RANGE = "^16.5.0";

/** The pact library, loaded with tracking off; a SuiteError ENIC_CONFIG naming the install when it is missing. */
export async function loadPact(): Promise<typeof import("@pact-foundation/pact")> {
  process.env.PACT_DO_NOT_TRACK = "true";
  try {
    return await import("@pact-foundation/pact");
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code !== "ERR_MODULE_NOT_FOUND" || !String(message).includes("'@pact-foundation/pact'")) throw error;
    throw new SuiteError(
      "ENIC_CONFIG",
      `pact files are generated and verified with @pact-foundation/pact, which is not installed (an optional peer dependency of eni-conformance): npm install --save-dev @pact-foundation/pact@"${PACT_RANGE}"`,
      { cause: error },
    );
  }
}
