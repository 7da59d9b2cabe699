/**
 * Polling an asynchronous change: on a simulator a bounded number of immediate reads; on a real
 * target growing pauses (50 ms doubling to 2 s) until the bounded wait is over. Time is virtual here:
 * the injected sleep moves a faked `Date` forward by exactly what it was asked to wait, so nothing
 * depends on how loaded the machine is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POLLS, pollCounted, pollTimed } from "./poll.ts";

/** A read that answers 1, 2, 3 ... (and refuses to go on forever). */
function counter() {
  let n = 0;
  return async () => {
    n++;
    if (n > 200) throw new Error("read more than 200 times");
    return n;
  };
}

describe("pollCounted", () => {
  const table: [string, { doneAt: number; want: { value: number; polls: number; reached: boolean } }][] = [
    ["done at once", { doneAt: 1, want: { value: 1, polls: 1, reached: true } }],
    ["done on the third read", { doneAt: 3, want: { value: 3, polls: 3, reached: true } }],
    ["done on the last read allowed", { doneAt: POLLS, want: { value: POLLS, polls: POLLS, reached: true } }],
    ["done one read too late", { doneAt: POLLS + 1, want: { value: POLLS, polls: POLLS, reached: false } }],
    [
      "never done",
      { doneAt: Number.POSITIVE_INFINITY, want: { value: POLLS, polls: POLLS, reached: false } },
    ],
  ];
  it.each(table)("%s", async (_name, { doneAt, want }) => {
    expect(await pollCounted(counter(), (v) => v >= doneAt)).toEqual(want);
  });

  it("reads eight times at most", () => {
    expect(POLLS).toBe(8);
  });
});

describe("pollTimed", () => {
  const START = Date.UTC(2026, 11, 6, 12, 0, 0);
  let slept: number[];
  /** The target's sleep: takes exactly the time asked for, on the faked clock. */
  const sleep = async (ms: number) => {
    slept.push(ms);
    vi.setSystemTime(Date.now() + ms);
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START);
    slept = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const table: [
    string,
    {
      doneAt: number;
      waitMs: number;
      want: { value: number; polls: number; reached: boolean };
      gaps: number[];
    },
  ][] = [
    [
      "done at once: no pause",
      { doneAt: 1, waitMs: 30_000, want: { value: 1, polls: 1, reached: true }, gaps: [] },
    ],
    [
      "done on the fourth read: pauses double from 50 ms",
      { doneAt: 4, waitMs: 30_000, want: { value: 4, polls: 4, reached: true }, gaps: [50, 100, 200] },
    ],
    [
      "never done within 1 s: stops before a pause would pass the wait",
      { doneAt: 99, waitMs: 1000, want: { value: 5, polls: 5, reached: false }, gaps: [50, 100, 200, 400] },
    ],
    [
      "never done within 10 s: pauses grow to 2 s and no further",
      {
        doneAt: 99,
        waitMs: 10_000,
        want: { value: 10, polls: 10, reached: false },
        gaps: [50, 100, 200, 400, 800, 1600, 2000, 2000, 2000],
      },
    ],
    [
      "no wait at all: one read",
      { doneAt: 99, waitMs: 0, want: { value: 1, polls: 1, reached: false }, gaps: [] },
    ],
  ];

  it.each(table)("%s", async (_name, { doneAt, waitMs, want, gaps }) => {
    const got = await pollTimed(counter(), (v) => v >= doneAt, { waitMs, sleep });
    expect(got).toEqual(want);
    expect(slept).toEqual(gaps);
    expect(Date.now() - START).toBeLessThanOrEqual(waitMs);
  });

  it("waits through the sleep it is given, never on its own", async () => {
    // Were pollTimed to wait by itself (setTimeout), the faked clock would not move and it would
    // read until its reads run out.
    await pollTimed(counter(), (v) => v >= 3, { waitMs: 5000, sleep });
    expect(slept).toEqual([50, 100]);
    expect(Date.now() - START).toBe(150);
  });

  // The bound is counted in the pauses asked for, not on the machine's clock: a played-back run
  // (the cassette's sleep returns at once) reads exactly as often as its recording did.
  it("reads as often with a sleep that takes no time (a played-back run) as with one that does", async () => {
    const recorded = await pollTimed(counter(), () => false, { waitMs: 1000, sleep });
    // Played back: the clock does not move while the cassette's sleep returns at once.
    const instant = async () => {};
    const played = await pollTimed(counter(), () => false, { waitMs: 1000, sleep: instant });
    expect(played.polls).toBe(recorded.polls);
  });
});
