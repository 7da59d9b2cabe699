/**
 * How a perturbation's signing is put into credentials and a clock: the account's own, a wrong
 * secret, a key id no target knows, the account's limited key, or a clock two hours behind. Every mode that signs uses these.
 */
import { type Clock, fixedClock } from "../core/clock.ts";
import { SuiteError } from "../core/errors.ts";
import type { Credentials } from "../surfaces/types.ts";
import type { Signing } from "./types.ts";

/** A key id no target knows (the suites, the pact verifier and SDK mode use the same). */
export const UNKNOWN_KEY: Credentials = { accessKeyId: "AKIDunknown0000000000", secret: "unknown" };

/** How far behind a stale timestamp is: two hours, beyond every cloud's window. */
export const STALE_MS = 2 * 3600_000;

/**
 * The credentials that sign the judged request. `limited` is the account's limited key (a key whose
 * policy does not grant the operation); a `limited-key` signing without it is a configuration
 * error (the run skips such a case before it plans a request).
 */
export function credentialsFor(signing: Signing, account: Credentials, limited?: Credentials): Credentials {
  if (signing === "wrong-secret") return { ...account, secret: `${account.secret}-wrong` };
  if (signing === "unknown-key") return UNKNOWN_KEY;
  if (signing === "limited-key") {
    if (!limited)
      throw new SuiteError("ENIC_CREDENTIALS", "no limited key: pass --limited-account KEYID:SECRET");
    return limited;
  }
  return account;
}

/** The clock the judged request is signed with, when it is not the caller's (`now` in ms). */
export function clockFor(signing: Signing, now: number): Clock | undefined {
  return signing === "stale-timestamp" ? fixedClock(now - STALE_MS) : undefined;
}
