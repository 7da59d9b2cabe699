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
   * Per key id, nonce → the sequence number of its slot (below): a map per key, so that a nonce is
   * looked up as the string the request carried (no key built per request); the bound counts every
   * key's entries.
   */
  const byKey = new Map<string, Map<string, number>>();
  let size = 0;
  /**
   * Slots in the order of recording (the key's map, the nonce, when it was recorded); the slot of
   * sequence number `s` is at index `s - base`. A nonce recorded again (past its window) leaves its
   * old slot dead (no map), so forgetting the oldest entry never has to look it up to know whether
   * it is still current: one map operation per forgotten entry, its delete.
   */
  let maps: (Map<string, number> | undefined)[] = [];
  let nonces: string[] = [];
  let times: number[] = [];
  let head = 0;
  let base = 0;
  /** Keep only the live slots from `head` on, renumbered from `base` (their maps told). */
  const compact = () => {
    const live = { maps: [] as Map<string, number>[], nonces: [] as string[], times: [] as number[] };
    for (let i = head; i < maps.length; i++) {
      const m = maps[i];
      if (m === undefined) continue;
      m.set(nonces[i] as string, base + live.maps.length);
      live.maps.push(m);
      live.nonces.push(nonces[i] as string);
      live.times.push(times[i] as number);
    }
    ({ maps, nonces, times } = live);
    head = 0;
  };
  return {
    check(accessKeyId, nonce) {
      const now = clock.now();
      let seen = byKey.get(accessKeyId);
      if (!seen) {
        seen = new Map();
        byKey.set(accessKeyId, seen);
      }
      const seq = seen.get(nonce);
      if (seq !== undefined) {
        const slot = seq - base;
        if (now - (times[slot] as number) <= windowMs) return false;
        // Recorded again, past its window: moved to the end of the order, as a new nonce is.
        maps[slot] = undefined;
        size--;
      }
      seen.set(nonce, base + maps.length);
      maps.push(seen);
      nonces.push(nonce);
      times.push(now);
      size++;
      if (size > max) {
        while (head < maps.length) {
          const m = maps[head];
          if (m !== undefined) {
            if (size <= max && now - (times[head] as number) <= windowMs) break;
            m.delete(nonces[head] as string);
            size--;
          }
          head++;
        }
      }
      if (head > 1024 && head * 2 > maps.length) {
        // The forgotten slots dropped from the front; the sequence numbers stay.
        maps = maps.slice(head);
        nonces = nonces.slice(head);
        times = times.slice(head);
        base += head;
        head = 0;
      } else if (maps.length - head > 2 * size + 1024) {
        // Mostly dead slots (nonces recorded again while the store is under its bound).
        base += head;
        compact();
      }
      return true;
    },
  };
}
