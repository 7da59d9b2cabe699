/**
 * The tencent-v2 simulator adapter through the real signed client and a simulator on port 0:
 * attach / migrate / detach with integer task ids polled through DescribeVpcTaskResult, the
 * state-less DescribeNetworkInterfaces (binding only in instanceSet), every success answer valid
 * against the generated response schema, async progression (immediate, polls, ms), the Tencent
 * world shared with API 3.0, legacy region aliases, the fallback row and the deviations that use
 * `accepted`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CallResult, createClient } from "../../../client/client.ts";
import { createAjv } from "../../../contracts/ajv.ts";
import { schemaFile } from "../../../contracts/json-schema.ts";
import { readJson } from "../../../contracts/surfaces.ts";
import { fixedClock } from "../../../core/clock.ts";
import { errors, wireCode } from "../../../surfaces/tencent-v2/errors.ts";
import { type RunningSimulator, startSimulator } from "../../server.ts";

const START = Date.parse("2024-05-01T00:00:00Z");
const clock = fixedClock(START);
const credentials = { accessKeyId: "AKIDtest", secret: "testkey" };
const ajv = createAjv();
let sim: RunningSimulator;
let roles: Record<string, string>;

const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${sim.url}/_sim/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  expect(res.status, path).toBe(200);
  return (await res.json()) as Record<string, unknown>;
};
const setClock = (ms: number) => {
  clock.set(ms);
  return control("PUT", "clock", { now: new Date(ms).toISOString() });
};

const v2 = (region?: string, encoding?: string) =>
  createClient({
    surface: "tencent-v2",
    baseUrl: sim.url,
    credentials,
    clock,
    retry: false,
    ...(region ? { region } : {}),
    ...(encoding ? { encoding } : {}),
  });
const v3 = () => createClient({ surface: "tencent-v3", baseUrl: sim.url, credentials, clock, retry: false });

/** The data of a success, checked against the operation's generated response schema. */
function ok(op: string, r: CallResult): Record<string, unknown> {
  if (!("data" in r)) throw new Error(`${op}: ${JSON.stringify("error" in r ? r.error : r.malformed)}`);
  const validate =
    ajv.getSchema(`urn:eni-conformance:schemas:tencent-v2:${op}.response`) ??
    ajv.compile(readJson(schemaFile("tencent-v2", op, "response")) as object);
  expect(validate(JSON.parse(r.response.body)), JSON.stringify(validate.errors)).toBe(true);
  return r.data;
}
const errorOf = (r: CallResult) => {
  if (!("error" in r)) throw new Error(`expected an error, got ${r.response.body}`);
  return { codeDesc: r.error.code, code: JSON.parse(r.response.body).code as number };
};

const c = () => v2();
const attachArgs = (eni: string, instance: string) => ({
  vpcId: roles["vpc.main"] as string,
  networkInterfaceId: roles[eni] as string,
  instanceId: roles[instance] as string,
});
const taskIdOf = (data: Record<string, unknown>) => (data.data as { taskId: number }).taskId;
type TaskOp = "AttachNetworkInterface" | "DetachNetworkInterface";
/** Attach or detach the roles `eni` and `instance`: the integer task id. */
const start = async (op: TaskOp, eni: string, instance: string) =>
  taskIdOf(ok(op, await c().call(op, attachArgs(eni, instance))));
const status = async (taskId: number) => {
  const data = ok("DescribeVpcTaskResult", await c().call("DescribeVpcTaskResult", { taskId }));
  return (data.data as { status: number }).status;
};
type Item = { networkInterfaceId: string; instanceSet: { instanceId: string }[]; eniName: string };
const describeEnis = async (params: Record<string, unknown> = {}, client = c()) =>
  ok("DescribeNetworkInterfaces", await client.callRaw("DescribeNetworkInterfaces", params)) as {
    totalCount: number;
    data: Item[];
  };
const boundTo = async (eni: string) =>
  (await describeEnis({ networkInterfaceId: roles[eni] })).data[0]?.instanceSet.map((i) => i.instanceId);

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());
beforeEach(async () => {
  await control("POST", "reset");
  await setClock(START);
  await control("PUT", "progress", { polls: 2 });
  await control("PUT", "deviations", { enable: [] });
  roles = (await control("GET", "fixtures?surface=tencent-v2")).roles as Record<string, string>;
});

describe("tencent-v2 adapter", () => {
  it("attaches, shows the binding once the task has settled, and detaches", async () => {
    const taskId = await start("AttachNetworkInterface", "eni.available", "instance.running");
    expect(Number.isInteger(taskId)).toBe(true);
    expect(await status(taskId)).toBe(2);
    expect(await status(taskId)).toBe(0);
    expect(await boundTo("eni.available")).toEqual([roles["instance.running"]]);
    const detachTask = await start("DetachNetworkInterface", "eni.available", "instance.running");
    // The describe is the first poll: still bound while detaching; the task query is the second.
    expect(await boundTo("eni.available")).toEqual([roles["instance.running"]]);
    expect(await status(detachTask)).toBe(0);
    expect(await boundTo("eni.available")).toEqual([]);
  });

  it("counts a describe as a poll, also when filtered by the target instance", async () => {
    await c().call("AttachNetworkInterface", attachArgs("eni.available", "instance.running"));
    const byInstance = { instanceId: roles["instance.running"] };
    const first = await describeEnis(byInstance);
    expect(first.data).toHaveLength(1); // the primary ENI only: the attach has not settled
    expect(first.data.some((e) => e.networkInterfaceId === roles["eni.available"])).toBe(false);
    const second = await describeEnis(byInstance);
    expect(second.data.map((e) => e.networkInterfaceId)).toContain(roles["eni.available"]);
  });

  it("settles after the configured time with progress {ms}", async () => {
    await control("PUT", "progress", { ms: 5000 });
    const taskId = await start("AttachNetworkInterface", "eni.available", "instance.stopped");
    expect(await status(taskId)).toBe(2);
    await setClock(START + 4999);
    expect(await status(taskId)).toBe(2);
    await setClock(START + 5000);
    expect(await status(taskId)).toBe(0);
    expect(await boundTo("eni.available")).toEqual([roles["instance.stopped"]]);
  });

  it("migrates: the ENI shows on the old instance until the move settles", async () => {
    const r = await c().call("MigrateNetworkInterface", {
      vpcId: roles["vpc.main"] as string,
      networkInterfaceId: roles["eni.attached"] as string,
      oldInstanceId: roles["instance.holder"] as string,
      newInstanceId: roles["instance.running"] as string,
    });
    const taskId = taskIdOf(ok("MigrateNetworkInterface", r));
    expect(await boundTo("eni.attached")).toEqual([roles["instance.holder"]]);
    expect(await status(taskId)).toBe(0);
    expect(await boundTo("eni.attached")).toEqual([roles["instance.running"]]);
  });

  it("numbers tasks with increasing integers per world; a missing task answers 4000", async () => {
    await control("PUT", "progress", "immediate");
    const a = await start("AttachNetworkInterface", "eni.available", "instance.running");
    const refused = await c().call("AttachNetworkInterface", attachArgs("eni.attached", "instance.running"));
    expect(errorOf(refused)).toEqual({ codeDesc: "InvalidNetworkInterface.AlreadyAssociated", code: 5100 });
    const d = await start("DetachNetworkInterface", "eni.available", "instance.running");
    expect(d).toBe(a + 1);
    const missing = await c().call("DescribeVpcTaskResult", { taskId: Number(roles["task.missing"]) });
    expect(errorOf(missing)).toEqual({ codeDesc: "InvalidParameter", code: 4000 });
  });

  it("answers rules without a documented code with the fallback 4000 row (F-012, F-013, F-015)", async () => {
    for (const instance of [
      "instance.pending",
      "instance.other-zone",
      "instance.other-vpc",
      "instance.at-eni-limit",
    ]) {
      const r = await c().call("AttachNetworkInterface", attachArgs("eni.available", instance));
      expect(errorOf(r), instance).toEqual({ codeDesc: "InvalidParameter", code: 4000 });
    }
    const vpc = await c().call("AttachNetworkInterface", {
      ...attachArgs("eni.available", "instance.running"),
      vpcId: roles["vpc.other"] as string,
    });
    expect(errorOf(vpc).codeDesc).toBe("InvalidNetworkInterface.NotFound"); // the ENI is not in that VPC
    expect(await boundTo("eni.available")).toEqual([]);
  });

  it("shares the Tencent world with API 3.0 in both directions", async () => {
    await control("PUT", "progress", "immediate");
    await start("AttachNetworkInterface", "eni.available", "instance.running");
    const seen = await v3().callRaw("DescribeNetworkInterfaces", {
      NetworkInterfaceIds: [roles["eni.available"]],
    });
    if (!("data" in seen)) throw new Error(seen.response.body);
    const set = seen.data.NetworkInterfaceSet as { Attachment: { InstanceId: string } | null }[];
    expect(set[0]?.Attachment?.InstanceId).toBe(roles["instance.running"]);

    const v3roles = (await control("GET", "fixtures?surface=tencent-v3")).roles as Record<string, string>;
    expect(v3roles["eni.attached"]).toBe(roles["eni.attached"]);
    const detached = await v3().callRaw("DetachNetworkInterface", {
      NetworkInterfaceId: roles["eni.attached"],
      InstanceId: roles["instance.holder"],
    });
    expect("data" in detached, detached.response.body).toBe(true);
    expect(await boundTo("eni.attached")).toEqual([]);
  });

  it("accepts the legacy and long region forms and POST forms; another region is refused", async () => {
    for (const [region, encoding] of [
      ["gz", "get"],
      ["ap-guangzhou", "post-form"],
    ] as const) {
      const page = await describeEnis({ vpcId: roles["vpc.main"] }, v2(region, encoding));
      expect(page.totalCount, region).toBeGreaterThan(0);
    }
    // The world has one region: a region it lacks (by short or long name) is region.unknown's row.
    const unknown = wireCode(errors.rowFor("region.unknown").code);
    for (const region of ["bj", "ap-beijing", roles["region.unknown"] as string]) {
      const r = await v2(region).call(
        "AttachNetworkInterface",
        attachArgs("eni.available", "instance.running"),
      );
      expect(errorOf(r), region).toEqual(unknown);
      expect(errorOf(await v2(region).call("DescribeNetworkInterfaces", {})), region).toEqual(unknown);
    }
  });

  it("renders, filters, orders and pages like the legacy describe", async () => {
    const all = await describeEnis({ limit: 50 });
    expect(all.totalCount).toBe(all.data.length);
    const item = all.data.find((e) => e.networkInterfaceId === roles["eni.attached"]);
    expect(item).toMatchObject({
      primary: false,
      zoneId: 100003,
      instanceSet: [{ instanceId: roles["instance.holder"] }],
    });
    expect(item).not.toHaveProperty("state");
    const asc = await describeEnis({ limit: 50, orderDirection: "asc" });
    expect(asc.data.map((e) => e.networkInterfaceId)).toEqual(
      all.data.map((e) => e.networkInterfaceId).reverse(),
    );
    const page = await describeEnis({ offset: 2, limit: 3 });
    expect(page.data.map((e) => e.networkInterfaceId)).toEqual(
      all.data.slice(2, 5).map((e) => e.networkInterfaceId),
    );
    expect(page.totalCount).toBe(all.totalCount);
    const secondary = await describeEnis({ eniName: "second", limit: 50 });
    expect(secondary.data.every((e) => e.eniName === "secondary")).toBe(true);
    expect((await describeEnis({ eniDescription: "nothing like it" })).totalCount).toBe(0);
  });

  it("answers an ignored rule with a task that changes nothing", async () => {
    await control("PUT", "deviations", { enable: ["tencent-v2:ignore:eni.same-zone"] });
    expect(
      Number.isInteger(await start("AttachNetworkInterface", "eni.available", "instance.other-zone")),
    ).toBe(true);
    expect(await boundTo("eni.available")).toEqual([]);
  });

  it("drops the task under the missing-async-task deviation", async () => {
    await control("PUT", "deviations", { enable: ["tencent-v2:envelope:missing-async-task"] });
    const taskId = await start("AttachNetworkInterface", "eni.available", "instance.running");
    const missing = await c().call("DescribeVpcTaskResult", { taskId });
    expect(errorOf(missing).code).toBe(4000);
    expect(await boundTo("eni.available")).toEqual([]);
  });
});
