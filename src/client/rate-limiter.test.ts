import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter.ts";

describe("rate limiter", () => {
  it.each([1, 5, 20])("lets at most %i sends through in any one-second window", async (rate) => {
    let now = 0;
    const sends: number[] = [];
    const limiter = createRateLimiter(
      rate,
      () => now,
      async (ms) => {
        now += ms;
      },
    );
    for (let i = 0; i < rate * 3 + 1; i++) {
      await limiter.acquire();
      sends.push(now);
    }
    for (let i = 0; i + rate < sends.length; i++) {
      expect((sends[i + rate] ?? 0) - (sends[i] ?? 0)).toBeGreaterThanOrEqual(1000);
    }
    expect(sends.at(-1)).toBe(3000);
  });

  it("rejects a non-positive rate", () => {
    expect(() =>
      createRateLimiter(
        0,
        () => 0,
        async () => {},
      ),
    ).toThrow(RangeError);
  });
});
