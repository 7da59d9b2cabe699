/**
 * The official SDKs (tencentcloud-sdk-nodejs, @alicloud/ecs20140526, jdcloud-sdk-js) with a wrong
 * secret, pointed at the simulator over real HTTP: each refused call leaves a journal entry
 * (`GET /_sim/requests`) whose signature diagnosis names the cause — the secret differs, or is
 * another key's — and holds the simulator's computation, while neither the journal nor the SDK's
 * error carries a secret.
 */
import * as tencentcloud from "tencentcloud-sdk-nodejs/tencentcloud/services/vpc/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Surface } from "../../contracts/surfaces.ts";
import { clearProxyEnv } from "../../sdk/executor.ts";
import { callControl } from "../../testing/control-plane.ts";
import { sdkRequire } from "../../testing/sdk-interop.ts";
import type { LoggedRequest } from "../journal.ts";
import { type RunningSimulator, startSimulator } from "../server.ts";

const ACCOUNT = { accessKeyId: "AKIDsdkjournal", secret: "sdk-journal-secret" };
const OTHER = { accessKeyId: "AKIDsdkother", secret: "sdk-other-secret" };
const WRONG = "sdk-wrong-secret";

const Ecs = sdkRequire("@alicloud/ecs20140526") as typeof import("@alicloud/ecs20140526");
const OpenApi = sdkRequire("@alicloud/openapi-core") as typeof import("@alicloud/openapi-core");
interface JdVm {
  describeInstance(opts: { instanceId: string }, regionId: string): Promise<unknown>;
}
const JDCloud = sdkRequire("jdcloud-sdk-js") as {
  VM: new (options: Record<string, unknown>) => JdVm;
  config: { update(o: { logger: () => void }): void; logger: () => void };
};

let sim: RunningSimulator;
let restoreEnv: () => void;
let savedLogger: () => void;

beforeAll(async () => {
  restoreEnv = clearProxyEnv();
  savedLogger = JDCloud.config.logger;
  JDCloud.config.update({ logger: () => {} });
  sim = await startSimulator({ accounts: [ACCOUNT, OTHER] });
});
afterAll(async () => {
  await sim.close();
  JDCloud.config.update({ logger: savedLogger });
  restoreEnv();
});

/** Each SDK's read, with the given secret for the account's key id; resolves to the SDK's error. */
const CALLS: Record<"tencent-v3" | "aliyun-ecs" | "jdcloud-vm", (secret: string) => Promise<unknown>> = {
  "tencent-v3": (secret) =>
    new tencentcloud.vpc.v20170312.Client({
      credential: { secretId: ACCOUNT.accessKeyId, secretKey: secret },
      region: "ap-guangzhou",
      profile: { httpProfile: { endpoint: `127.0.0.1:${sim.port}`, protocol: "http://", reqTimeout: 5 } },
    }).DescribeNetworkInterfaces({}),
  "aliyun-ecs": (secret) =>
    new Ecs.default(
      new OpenApi.$OpenApiUtil.Config({
        accessKeyId: ACCOUNT.accessKeyId,
        accessKeySecret: secret,
        regionId: "cn-hangzhou",
        endpoint: `127.0.0.1:${sim.port}`,
        protocol: "http",
      }),
    ).describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId: "cn-hangzhou" })),
  "jdcloud-vm": (secret) =>
    new JDCloud.VM({
      credentials: { accessKeyId: ACCOUNT.accessKeyId, secretAccessKey: secret },
      regionId: "cn-north-1",
      endpoint: { host: `127.0.0.1:${sim.port}`, protocol: "http" },
    }).describeInstance({ instanceId: "i-sdkjournal" }, "cn-north-1"),
};

async function lastEntry(surface: Surface): Promise<{ entry: LoggedRequest; text: string }> {
  const { body } = await callControl(
    sim.url,
    "GET",
    `/_sim/requests?account=${ACCOUNT.accessKeyId}&surface=${surface}&limit=1`,
  );
  const text = JSON.stringify(body);
  return { entry: (body.requests as LoggedRequest[])[0] as LoggedRequest, text };
}

describe("official SDKs with a wrong secret get a diagnosis in the journal", () => {
  it.each(Object.keys(CALLS) as (keyof typeof CALLS)[])("%s", async (surface) => {
    const error = await CALLS[surface](WRONG).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, "the SDK call must fail").toBeDefined();
    const wrong = await lastEntry(surface);
    expect(wrong.entry).toMatchObject({
      key: ACCOUNT.accessKeyId,
      verdict: { signature: "refused", stage: "signature" },
      diagnosis: { cause: "secret-differs" },
    });
    expect(wrong.entry.diagnosis?.summary).toContain(
      `differs from the one the simulator has for ${ACCOUNT.accessKeyId}`,
    );
    expect(wrong.entry.diagnosis?.computed?.stringToSign).toBeTruthy();
    // Another key's secret: the diagnosis names that key.
    await CALLS[surface](OTHER.secret).catch(() => undefined);
    const other = await lastEntry(surface);
    expect(other.entry.diagnosis?.cause).toBe("secret-differs");
    expect(other.entry.diagnosis?.summary).toContain(`the secret of the key ${OTHER.accessKeyId}`);
    for (const secret of [ACCOUNT.secret, OTHER.secret, WRONG]) {
      expect(wrong.text).not.toContain(secret);
      expect(other.text).not.toContain(secret);
    }
    // The cloud's answer, as the SDK surfaced it, carries no diagnosis.
    expect(String((error as Error).message ?? error)).not.toContain("differs");
    // And the right secret is served.
    await CALLS[surface](ACCOUNT.secret).catch(() => undefined);
    expect((await lastEntry(surface)).entry.verdict.signature).toBe("verified");
  });
});
