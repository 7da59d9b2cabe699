/**
 * Control-plane set-ups held for the time of a body: the burst limit of an operation the documents
 * give no limit for, and slow asynchronous progress. Each is seen by the simulator while the body
 * runs and put back after — also when the body throws; without a control plane the documented limit
 * is used or the case is refused, and slow progress just runs the body.
 */
import { afterEach, describe, expect, it } from "vitest";
import { withBurstLimit, withSlowProgress } from "./sim-control.ts";
import { createTarget, type Target, type TargetConfig } from "./target.ts";

const opened: Target[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});

async function target(config: TargetConfig = { target: "sim" }): Promise<Target> {
  const t = await createTarget(config);
  opened.push(t);
  return t;
}

/** A target without a control plane that is never called. */
const noControl = () => target({ target: "http://127.0.0.1:9", noControlPlane: true });

const throttle = async (t: Target) =>
  ((await t.control("GET", "/_sim/faults")) as { throttle: unknown }).throttle;
const progress = (t: Target) => t.control("GET", "/_sim/progress");

/** A body that fails after looking at the simulator. */
class BodyFailed extends Error {}

describe("withBurstLimit", () => {
  it("uses the documented limit where there is one, and touches nothing (tencent-v3 AttachNetworkInterface: 100/s)", async () => {
    for (const t of [await target(), await noControl()]) {
      const before = t.hasControl ? await throttle(t) : undefined;
      expect(await withBurstLimit(t, "tencent-v3", "AttachNetworkInterface", async (limit) => limit)).toBe(
        100,
      );
      if (t.hasControl) expect(await throttle(t)).toEqual(before);
    }
  });

  it.each([
    ["returns", async () => "done"],
    [
      "throws",
      async () => {
        throw new BodyFailed("body failed");
      },
    ],
  ])(
    "sets a limit of 5 where the documents give none while the body runs, and puts it back when the body %s",
    async (_how, finish) => {
      const t = await target();
      let during: unknown;
      let given = 0;
      const outcome = await withBurstLimit(t, "aliyun-ecs", "AttachNetworkInterface", async (limit) => {
        given = limit;
        during = await throttle(t);
        return finish();
      }).catch((e) => e);
      expect(given).toBe(5);
      expect(during).toEqual({ "aliyun-ecs/AttachNetworkInterface": 5 });
      expect(await throttle(t)).toBe("documented");
      if (_how === "throws") expect(outcome).toBeInstanceOf(BodyFailed);
      else expect(outcome).toBe("done");
    },
  );

  it("refuses without a documented limit and without a control plane to set one (ENIC_CONFIG), never running the body", async () => {
    const t = await noControl();
    let ran = false;
    const error = await withBurstLimit(t, "jdcloud-vm", "attachNetworkInterface", async () => {
      ran = true;
    }).catch((e) => e);
    expect(error).toMatchObject({
      code: "ENIC_CONFIG",
      message: expect.stringMatching(/no documented rate limit/),
    });
    expect(ran).toBe(false);
  });

  // What was set before comes back — the user's own throttling too, not only the documented limits.
  it.each([
    ["off", false],
    ["a limit of the user's own", { "tencent-v3/DescribeNetworkInterfaces": 3 }],
  ])("puts back throttling the user had set (%s)", async (_name, before) => {
    const t = await target();
    await t.control("PUT", "/_sim/faults", { throttle: before });
    await withBurstLimit(t, "aliyun-ecs", "DetachNetworkInterface", async () => {});
    expect(await throttle(t)).toEqual(before);
  });
});

describe("withSlowProgress", () => {
  const table: [string, unknown, unknown][] = [
    ["the simulator's default (settles on the second poll)", undefined, { kind: "polls", polls: 2 }],
    ["immediate", "immediate", { kind: "immediate" }],
    ["after 3 polls", { polls: 3 }, { kind: "polls", polls: 3 }],
    ["after a time", { ms: 250 }, { kind: "ms", ms: 250 }],
  ];

  it.each(table)(
    "holds progress at N polls while the body runs, then puts back %s",
    async (_name, set, want) => {
      const t = await target();
      if (set !== undefined) await t.control("PUT", "/_sim/progress", set);
      expect(await progress(t)).toEqual(want);
      const during = await withSlowProgress(t, 5, () => progress(t));
      expect(during).toEqual({ kind: "polls", polls: 5 });
      expect(await progress(t)).toEqual(want);
    },
  );

  it("puts the previous progress back when the body throws, and passes the error on", async () => {
    const t = await target();
    await t.control("PUT", "/_sim/progress", { ms: 40 });
    const error = await withSlowProgress(t, 7, async () => {
      expect(await progress(t)).toEqual({ kind: "polls", polls: 7 });
      throw new BodyFailed("body failed");
    }).catch((e) => e);
    expect(error).toBeInstanceOf(BodyFailed);
    expect(await progress(t)).toEqual({ kind: "ms", ms: 40 });
  });

  it("just runs the body on a target without a control plane", async () => {
    const t = await noControl();
    expect(await withSlowProgress(t, 5, async () => "ran")).toBe("ran");
  });
});
