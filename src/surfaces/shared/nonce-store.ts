/**
 * Remembers nonces for a window so that a replayed request can be refused. Bounded: the oldest
 * entries go first once `max` is reached, and entries older than the window are forgotten.
 */
import type { Clock } from "../../core/clock.ts";

/** A memory of recently seen nonces. */
export interface NonceStore {
  /** Record `nonce` for `accessKeyId`; false when it was already seen inside the window. */
  check(accessKeyId: string, nonce: string): boolean;
}

/** A nonce store with a time window (ms) and a size bound. */
export function createNonceStore(clock: Clock, windowMs = 15 * 60_000, max = 100_000): NonceStore {
  const seen = new Map<string, number>();
  return {
    check(accessKeyId, nonce) {
      const now = clock.now();
      const key = `${accessKeyId}\u0000${nonce}`;
      const at = seen.get(key);
      if (at !== undefined && now - at <= windowMs) return false;
      seen.delete(key);
      seen.set(key, now);
      if (seen.size > max) {
        for (const [k, t] of seen) {
          if (seen.size <= max && now - t <= windowMs) break;
          seen.delete(k);
        }
      }
      return true;
    },
  };
}
