/**
 * The seeded random source: its hex text is each 32-bit draw as 8 hex digits, in order, cut to the
 * asked length, and its UUIDs have the version 4 layout — compared with a direct formatting of the
 * same draws, so that request ids and nonces stay what they were for a seed.
 */
import { describe, expect, it } from "vitest";
import { seededRandom } from "./clock.ts";

describe("seededRandom", () => {
  it("writes each draw as 8 lower-case hex digits, in order, cut to the asked length", () => {
    const draws = seededRandom(9);
    const text = seededRandom(9);
    for (const bytes of [0, 1, 3, 4, 5, 8, 13, 16, 32]) {
      let expected = "";
      for (let n = 0; n < bytes; n += 4) expected += draws.uint32().toString(16).padStart(8, "0");
      expect(text.hex(bytes)).toBe(expected.slice(0, bytes * 2));
    }
  });

  it("makes version 4 UUIDs from 16 bytes of draws", () => {
    const draws = seededRandom(3);
    const ids = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const h = [0, 1, 2, 3].map(() => draws.uint32().toString(16).padStart(8, "0")).join("");
      const id = ids.uuid();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id.replaceAll("-", "").slice(0, 12)).toBe(h.slice(0, 12));
      expect(id.slice(-12)).toBe(h.slice(20, 32));
    }
  });
});
