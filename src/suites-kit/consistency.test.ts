/**
 * The time-to-consistency summary of a case's accepted state changes: counts, unsettled changes, the
 * most reads, and — for a real target only — the median and maximum milliseconds.
 */
import { describe, expect, it } from "vitest";
import { type Consistency, summariseConsistency, type Timing } from "./consistency.ts";

const t = (polls: number, ms: number, reached = true): Timing => ({ polls, ms, reached });

describe("summariseConsistency", () => {
  const table: [string, { timings: Timing[]; withTimes: boolean; want: Consistency | undefined }][] = [
    ["nothing changed", { timings: [], withTimes: true, want: undefined }],
    [
      "one change, simulator",
      { timings: [t(2, 7)], withTimes: false, want: { calls: 1, unsettled: 0, maxPolls: 2 } },
    ],
    [
      "one change, real target",
      {
        timings: [t(3, 120)],
        withTimes: true,
        want: { calls: 1, unsettled: 0, maxPolls: 3, medianMs: 120, maxMs: 120 },
      },
    ],
    [
      "odd count: the middle one is the median, whatever the order",
      {
        timings: [t(1, 900), t(4, 100), t(2, 300, false)],
        withTimes: true,
        want: { calls: 3, unsettled: 1, maxPolls: 4, medianMs: 300, maxMs: 900 },
      },
    ],
    [
      "even count: the lower middle is the median",
      {
        timings: [t(1, 40), t(1, 10), t(1, 30), t(1, 20)],
        withTimes: true,
        want: { calls: 4, unsettled: 0, maxPolls: 1, medianMs: 20, maxMs: 40 },
      },
    ],
    [
      "every change unsettled, simulator: no times",
      {
        timings: [t(8, 0, false), t(8, 0, false)],
        withTimes: false,
        want: { calls: 2, unsettled: 2, maxPolls: 8 },
      },
    ],
  ];

  it.each(table)("%s", (_name, { timings, withTimes, want }) => {
    const got = summariseConsistency(timings, { withTimes });
    expect(got).toEqual(want);
    // No wall-clock keys sneak into a simulator's summary (its report must diff empty).
    if (!withTimes && got) expect(Object.keys(got).sort()).toEqual(["calls", "maxPolls", "unsettled"]);
  });

  it("does not reorder the caller's timings", () => {
    const timings = [t(1, 3), t(1, 1), t(1, 2)];
    summariseConsistency(timings, { withTimes: true });
    expect(timings.map((x) => x.ms)).toEqual([3, 1, 2]);
  });
});
