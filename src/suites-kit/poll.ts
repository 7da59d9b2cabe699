/**
 * Polling an asynchronous change until it settles. A simulator with a control plane advances its
 * async work per read, so it is read again at once, a bounded number of times; a real target is read
 * with growing pauses until the change settles or the run's bounded wait is over (`--async-wait`,
 * default 30 s) — its own clock, not ours, decides how long consistency takes.
 */

/** Reads of a simulator before giving up. */
export const POLLS = 8;

/** What a poll saw last, how many reads it took, and whether `done` held at the end. */
export interface Polled<T> {
  value: T;
  polls: number;
  reached: boolean;
}

/** Poll a simulator: it advances its async work per read, so up to POLLS reads, no pause. */
export async function pollCounted<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
): Promise<Polled<T>> {
  let value = await read();
  let polls = 1;
  while (!done(value) && polls < POLLS) {
    value = await read();
    polls++;
  }
  return { value, polls, reached: done(value) };
}

/**
 * Poll a real target with growing pauses (50 ms doubling to 2 s) until `done`, or until the pauses
 * add up to `waitMs` (the reads' own time comes on top). `sleep` waits — the target's, which does
 * not wait at all while a cassette plays back: counting the pauses asked for rather than the clock
 * makes a played-back poll read exactly as often as the recorded one did.
 */
export async function pollTimed<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  how: { waitMs: number; sleep: (ms: number) => Promise<void> },
): Promise<Polled<T>> {
  let value = await read();
  let polls = 1;
  let paused = 0;
  for (let gap = 50; !done(value) && paused + gap < how.waitMs; gap = Math.min(2000, gap * 2)) {
    await how.sleep(gap);
    paused += gap;
    value = await read();
    polls++;
  }
  return { value, polls, reached: done(value) };
}
