/**
 * A sliding-window rate limiter: at most `perSecond` sends in any window of one second, so a
 * documented limit such as "100 requests per second" (002, section 1) is never exceeded, not even
 * across a window boundary. Time and waiting are injected so tests do not depend on the machine.
 */

/** Waits until a send is allowed under the limit. */
export interface RateLimiter {
  acquire(): Promise<void>;
}

/** A limiter for `perSecond` sends per second; `now` in ms, `sleep` waits ms. */
export function createRateLimiter(
  perSecond: number,
  now: () => number,
  sleep: (ms: number) => Promise<void>,
): RateLimiter {
  if (!(perSecond > 0)) throw new RangeError(`rate limit must be positive, got ${perSecond}`);
  const sent: number[] = [];
  let chain: Promise<void> = Promise.resolve();
  const take = async () => {
    for (;;) {
      const t = now();
      while (sent.length > 0 && t - (sent[0] as number) >= 1000) sent.shift();
      if (sent.length < perSecond) {
        sent.push(t);
        return;
      }
      await sleep(1000 - (t - (sent[0] as number)));
    }
  };
  return {
    acquire() {
      // Serialise waiters so that they are served in arrival order.
      const turn = chain.then(take);
      chain = turn.catch(() => undefined);
      return turn;
    },
  };
}
