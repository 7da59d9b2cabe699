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
 * maps, so the oldest entry is found without walking a map from its start: under load (a store
 * at its bound, one entry forgotten per request) that walk crossed every slot already freed, about
 * a tenth of a nonce-checking request's time (docs/benchmarks.md).
 */
export function createNonceStore(clock: Clock, windowMs = 15 * 60_000, max = 100_000): NonceStore {
  /**
   * Per key id, nonce → when it was recorded: a map per key, so that a nonce is looked up as the
   * string the request carried (no key built per request); the bound counts every key's entries.
   */
  const byKey = new Map<string, Map<string, number>>();
  let size = 0;
  /**
   * Entries in the order they were recorded (the key's map, the nonce, the time of that
   * recording): an entry whose time is no longer the nonce's (recorded again later) is stale and
   * skipped.
   */
  let maps: Map<string, number>[] = [];
  let nonces: string[] = [];
  let times: number[] = [];
  let head = 0;
  return {
    check(accessKeyId, nonce) {
      const now = clock.now();
      let seen = byKey.get(accessKeyId);
      if (!seen) {
        seen = new Map();
        byKey.set(accessKeyId, seen);
      }
      const at = seen.get(nonce);
      if (at !== undefined && now - at <= windowMs) return false;
      // Recorded again only past its window, so at a later time than its stale queue entry; moved
      // to the end of the order, as a new nonce is.
      if (at !== undefined) {
        seen.delete(nonce);
        size--;
      }
      seen.set(nonce, now);
      size++;
      maps.push(seen);
      nonces.push(nonce);
      times.push(now);
      if (size > max) {
        while (head < nonces.length) {
          const m = maps[head] as Map<string, number>;
          const n = nonces[head] as string;
          const t = times[head] as number;
          if (m.get(n) !== t) {
            head++;
            continue;
          }
          if (size <= max && now - t <= windowMs) break;
          m.delete(n);
          size--;
          head++;
        }
      }
      if (head > 1024 && head * 2 > nonces.length) {
        maps = maps.slice(head);
        nonces = nonces.slice(head);
        times = times.slice(head);
        head = 0;
      } else if (nonces.length - head > 2 * size + 1024) {
        // Mostly stale entries (nonces recorded again): only the live ones kept, in their order.
        const live = { maps: [] as Map<string, number>[], nonces: [] as string[], times: [] as number[] };
        for (let i = head; i < nonces.length; i++) {
          const m = maps[i] as Map<string, number>;
          if (m.get(nonces[i] as string) !== times[i]) continue;
          live.maps.push(m);
          live.nonces.push(nonces[i] as string);
          live.times.push(times[i] as number);
        }
        ({ maps, nonces, times } = live);
        head = 0;
      }
      return true;
    },
  };
}
