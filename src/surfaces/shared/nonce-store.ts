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

/**
 * A nonce store with a time window (ms) and a size bound. Entries are forgotten oldest first (by
 * when they were last recorded) while the store holds more than `max`, and past that point also
 * while the oldest is outside the window. The order of recording is kept in a queue beside the
 * map, so the oldest entry is found without walking the map from its start: under load (a store
 * at its bound, one entry forgotten per request) that walk crossed every slot already freed, about
 * a tenth of a nonce-checking request's time (docs/benchmarks.md).
 */
export function createNonceStore(clock: Clock, windowMs = 15 * 60_000, max = 100_000): NonceStore {
  /** Key → when it was recorded. */
  const seen = new Map<string, number>();
  /**
   * Keys in the order they were recorded, with the time of that recording: an entry whose time is
   * no longer the key's (the key was recorded again later) is stale and skipped.
   */
  let keys: string[] = [];
  let times: number[] = [];
  let head = 0;
  return {
    check(accessKeyId, nonce) {
      const now = clock.now();
      const key = `${accessKeyId}\u0000${nonce}`;
      const at = seen.get(key);
      if (at !== undefined && now - at <= windowMs) return false;
      // Recorded again only past its window, so at a later time than its stale queue entry; moved
      // to the end of the map's order, as a new key is.
      if (at !== undefined) seen.delete(key);
      seen.set(key, now);
      keys.push(key);
      times.push(now);
      if (seen.size > max) {
        while (head < keys.length) {
          const k = keys[head] as string;
          const t = times[head] as number;
          if (seen.get(k) !== t) {
            head++;
            continue;
          }
          if (seen.size <= max && now - t <= windowMs) break;
          seen.delete(k);
          head++;
        }
      }
      if (head > 1024 && head * 2 > keys.length) {
        keys = keys.slice(head);
        times = times.slice(head);
        head = 0;
      } else if (keys.length - head > 2 * seen.size + 1024) {
        // Mostly stale entries (keys recorded again): the map's own order is the queue's.
        keys = [...seen.keys()];
        times = [...seen.values()];
        head = 0;
      }
      return true;
    },
  };
}
