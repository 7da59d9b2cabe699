import { describe, expect, it } from "vitest";
import { fixedClock, seededRandom } from "../../core/clock.ts";
import { flatten, unflatten } from "./flatten.ts";
import { createNonceStore } from "./nonce-store.ts";
import { validateParams } from "./params.ts";

describe("flatten / unflatten", () => {
  it.each([
    ["0-based Tencent filters", 0, { Filters: [{ Name: "vpc-id", Values: ["vpc-1", "vpc-2"] }], Limit: 2 }],
    ["1-based Aliyun ids", 1, { NetworkInterfaceId: ["eni-a", "eni-b"], RegionId: "cn-hangzhou" }],
  ] as const)("%s round-trip", (_name, base, params) => {
    const pairs = flatten(params as Record<string, unknown>, base);
    expect(pairs[0]?.[0]).toMatch(base === 0 ? /\.0(\.|$)/ : /\.1$/);
    const back = unflatten(pairs);
    expect(
      JSON.parse(JSON.stringify(back), (_k, v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v)),
    ).toEqual(params);
  });

  it.each(["__proto__.polluted", "constructor.prototype.polluted", "a.__proto__.polluted"])(
    "refuses the prototype-reaching key %s",
    (key) => {
      expect(unflatten([[key, "yes"]])).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("refuses contradictory keys", () => {
    expect(
      unflatten([
        ["a", "1"],
        ["a.0", "2"],
      ]),
    ).toBeUndefined();
  });
});

describe("nonce store", () => {
  it("refuses a nonce seen inside the window and forgets it after", () => {
    const clock = fixedClock(0);
    const store = createNonceStore(clock, 1000);
    expect(store.check("k", "n1")).toBe(true);
    expect(store.check("k", "n1")).toBe(false);
    expect(store.check("other", "n1")).toBe(true);
    clock.advance(1001);
    expect(store.check("k", "n1")).toBe(true);
  });

  it.each([
    { windowMs: 50, max: 40, distinct: 120, label: "at its bound most of the time" },
    // Far from its bound, nonces recorded again past their window leave dead slots to compact.
    { windowMs: 5, max: 10_000, distinct: 30, label: "under its bound, nonces recorded again" },
  ])(
    "forgets the oldest first at its bound, as walking its memory in order of recording does ($label)",
    ({ windowMs, max, distinct }) => {
      // The plain form of the rule: a map in order of recording, walked from its start.
      const reference = (clock: { now(): number }, windowMs: number, max: number) => {
        const seen = new Map<string, number>();
        return (key: string): boolean => {
          const now = clock.now();
          const at = seen.get(key);
          if (at !== undefined && now - at <= windowMs) return false;
          seen.delete(key);
          seen.set(key, now);
          if (seen.size > max) {
            for (const [k, t] of seen) {
              if (seen.size <= max && now - t <= windowMs) break;
              seen.delete(k);
            }
          }
          return true;
        };
      };
      const clock = fixedClock(0);
      const random = seededRandom(11);
      const store = createNonceStore(clock, windowMs, max);
      const plain = reference(clock, windowMs, max);
      for (let i = 0; i < 20_000; i++) {
        const step = random.uint32() % 10;
        if (step === 0) clock.advance(random.uint32() % 30);
        if (step === 1 && i % 97 === 0) clock.advance(-(random.uint32() % 20));
        const nonce = `n${random.uint32() % distinct}`;
        // Two key ids: the bound counts the entries of both.
        const key = random.uint32() % 3 === 0 ? "j" : "k";
        expect(store.check(key, nonce)).toBe(plain(`${key}\u0000${nonce}`));
      }
    },
  );
});

describe("parameter validation against the generated schemas", () => {
  it.each([
    ["valid JSON", { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy" }, "json", undefined],
    ["missing", { NetworkInterfaceId: "eni-m6dyj72l" }, "json", "param.missing"],
    [
      "unknown",
      { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy", X: 1 },
      "json",
      "param.unknown",
    ],
    ["malformed id", { NetworkInterfaceId: "eni-m6", InstanceId: "ins-r8hr2upy" }, "json", "param.malformed"],
    [
      "wrong JSON type",
      { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy", AttachType: "1" },
      "json",
      "param.invalid",
    ],
    [
      "text is coerced",
      { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy", AttachType: "1" },
      "text",
      undefined,
    ],
    [
      "out of enum",
      { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy", AttachType: 7 },
      "json",
      "param.invalid",
    ],
  ] as const)("%s", (_name, params, mode, problem) => {
    const result = validateParams("tencent-v3", "AttachNetworkInterface", params, mode);
    if (problem === undefined) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, problem: { kind: problem } });
  });

  it("coerces text to the schema's types", () => {
    const result = validateParams(
      "tencent-v3",
      "AttachNetworkInterface",
      { NetworkInterfaceId: "eni-m6dyj72l", InstanceId: "ins-r8hr2upy", AttachType: "1" },
      "text",
    );
    expect(result).toMatchObject({ ok: true, params: { AttachType: 1 } });
  });
});
