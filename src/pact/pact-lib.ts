/**
 * Loads `@pact-foundation/pact` only after switching its usage tracking off: `PACT_DO_NOT_TRACK`
 * must be in the environment before the library (and its native core) is loaded, so nothing leaves
 * the machine. Every pact code path of this project goes through here.
 */

/** The pact library, loaded with tracking off. */
export async function loadPact(): Promise<typeof import("@pact-foundation/pact")> {
  process.env.PACT_DO_NOT_TRACK = "true";
  return import("@pact-foundation/pact");
}
