/** ECS's retry hint: its own `x-acs-retry-after` (ms) before the standard `retry-after` (seconds). */
import { describe, expect, it } from "vitest";
import { retryAfterMs } from "./errors.ts";

describe("aliyun-ecs retry hint", () => {
  it.each([
    ["x-acs-retry-after in ms", { "x-acs-retry-after": "1500" }, 1500],
    ["x-acs-retry-after before retry-after", { "x-acs-retry-after": "250", "retry-after": "3" }, 250],
    ["retry-after in seconds without the ECS header", { "retry-after": "3" }, 3000],
    [
      "a malformed ECS header falls back to retry-after",
      { "x-acs-retry-after": "1.5s", "retry-after": "1" },
      1000,
    ],
    ["no hint", {}, undefined],
  ])("%s", (_name, headers, want) => {
    expect(retryAfterMs({ status: 503, headers, body: "" })).toBe(want);
  });
});
