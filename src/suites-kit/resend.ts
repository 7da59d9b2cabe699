/**
 * Sending the very same signed request twice (the `sign.reused-nonce` case): the first send is
 * legitimate, the second carries the first's signature, timestamp and nonce. On a real target a
 * first send met by a transient answer, or by no answer at all, shows nothing: the pair is sent again
 * with a fresh signature; a second send that got no answer is sent again as it is (a request that got
 * no answer was not served, and the point is the first send's signature).
 */

import { backoffDelay } from "../client/backoff.ts";
import { type CallOptions, type CallResult, type Client, isTransient } from "../client/client.ts";
import type { Surface } from "../contracts/surfaces.ts";
import { cryptoRandom } from "../core/clock.ts";
import { isSuiteError } from "../core/errors.ts";
import { REAL_TARGET_RETRY, type Target } from "./target.ts";

/**
 * Send `operation` with `params`, signed once (as `how` says), twice; `between` runs after the first
 * answer. The second answer is returned.
 */
export async function resendSigned(
  target: Target,
  client: Client<Surface>,
  operation: string,
  params: Record<string, unknown>,
  how: CallOptions,
  between: () => Promise<void>,
): Promise<CallResult> {
  const disciplined = target.kind === "http";
  const attempts = disciplined ? REAL_TARGET_RETRY.attempts : 1;
  for (let n = 1; ; n++) {
    const prepared = client.prepare(operation, params, how);
    let first: CallResult;
    try {
      first = await client.sendPrepared(prepared, { retry: false });
    } catch (error) {
      if (!isSuiteError(error) || n >= attempts) throw error;
      await target.sleep(backoffDelay(REAL_TARGET_RETRY, n, cryptoRandom));
      continue;
    }
    if (disciplined && n < attempts && "error" in first && isTransient(client.surface, first.error)) {
      await target.sleep(backoffDelay(REAL_TARGET_RETRY, n, cryptoRandom));
      continue;
    }
    await between();
    const second = await client.sendPrepared(prepared, { retry: disciplined ? REAL_TARGET_RETRY : false });
    const retries = n - 1 + (second.retries ?? 0);
    return retries > 0 ? { ...second, retries } : second;
  }
}
