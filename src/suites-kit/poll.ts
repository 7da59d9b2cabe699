/**
 * Polling an asynchronous change until it settles. A simulator with a control plane advances its
 * async work per read, so it is read again at once, a bounded number of times; a real target is read
 * with growing pauses until the change settles or the bounded wait is over (ENIC_ASYNC_WAIT_MS,
 * default 30 s) — its own clock, not ours, decides how long consistency takes.
 */

import { pause } from "../client/cassette.ts";

/** Reads of a simulator before giving up. */
export const POLLS = 8;

/** The environment variable of the bounded wait (`--async-wait`, config `asyncWaitMs`). */
export const ASYNC_WAIT_ENV = "ENIC_ASYNC_WAIT_MS";

/** The bounded wait for an async change on a real target (ENIC_ASYNC_WAIT_MS, default 30 s). */
export function asyncWaitMs(): number {
  const n = Number(process.env[ASYNC_WAIT_ENV]);
  return Number.isInteger(n) && n > 0 ? n : 30_000;
}

/** What a poll saw last, how many reads it took, and whether `done` held at the end. */
export interface Polled<T> {
  value: T;
  polls: number;
  reached: boolean;
}

async function wait(ms: number): Promise<void> {
  await pause(ms);
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

/** Poll a real target with growing pauses (50 ms doubling to 2 s) until `done` or `waitMs` is over. */
export async function pollTimed<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  waitMs: number,
): Promise<Polled<T>> {
  const deadline = Date.now() + waitMs;
  let value = await read();
  let polls = 1;
  for (let gap = 50; !done(value) && Date.now() + gap < deadline; gap = Math.min(2000, gap * 2)) {
    await wait(gap);
    value = await read();
    polls++;
  }
  return { value, polls, reached: done(value) };
}
