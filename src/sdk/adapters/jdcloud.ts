/**
 * Adapter for the official JD Cloud SDK (`jdcloud-sdk-js`, JDCLOUD2-HMAC-SHA256) on the jdcloud-vm
 * surface: attach and detach live in its `VM` service, describe in its `VPC` service. The SDK has no
 * timeout setting (node-fetch without one) and never retries; this adapter adds neither, so the
 * suite sees the SDK as it is. The SDK logs every request through its global logger, which this
 * adapter silences.
 *
 * What it surfaces: a non-2xx answer rejects with a plain object (not an Error)
 * `{ requestId, error: { code, status, message }, responseObj }` — the code is `error.status`, the
 * HTTP status `responseObj.status`; a 2xx resolves with the body, even one carrying `error`.
 */
import { createRequire } from "node:module";
import type { Credentials } from "../../surfaces/types.ts";
import { defined, type SdkAdapter, statusOf, text, typeName } from "../adapter.ts";

type JdService = Record<string, unknown>;
interface JdSdk {
  VM: new (config: JdConfig) => JdService;
  VPC: new (config: JdConfig) => JdService;
  config: { update(options: { logger: (message: string, level?: string) => void }): void };
}
interface JdConfig {
  credentials: { accessKeyId: string; secretAccessKey: string };
  regionId: string;
  endpoint: { host: string; protocol: "http" | "https" };
}

const require = createRequire(import.meta.url);
const JDCloud = require("jdcloud-sdk-js") as JdSdk;

function config(host: string, credentials: Credentials, region: string): JdConfig {
  return {
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secret },
    regionId: region,
    endpoint: { host, protocol: "http" },
  };
}

export const jdcloudAdapter: SdkAdapter = {
  name: "jdcloud-sdk-js",
  surfaces: ["jdcloud-vm"],
  create(endpoint, credentials, region) {
    JDCloud.config.update({ logger: () => {} });
    const vm = new JDCloud.VM(config(endpoint.host, credentials, region));
    const vpc = new JDCloud.VPC(config(endpoint.host, credentials, region));
    return {
      call: async (operation, params) => {
        const service = typeof vm[operation] === "function" ? vm : vpc;
        const method = service[operation];
        if (typeof method !== "function") throw new TypeError(`jdcloud-sdk-js has no ${operation}`);
        // The region is the call's second argument; every other parameter goes in `opts`.
        const { regionId, ...opts } = params;
        return (method as (o: unknown, r?: unknown) => Promise<unknown>).call(
          service,
          opts,
          regionId ?? region,
        );
      },
    };
  },
  normalise(settled) {
    if ("value" in settled) {
      const v = settled.value as Record<string, unknown> | undefined;
      return {
        outcome: "success",
        ...defined({ requestId: text(v?.requestId) }),
        ...statusOf(v, ["responseObj.status"]),
      };
    }
    const e = settled.thrown as Record<string, unknown> | undefined;
    const error = e?.error as { status?: unknown; message?: unknown } | undefined;
    return {
      outcome: "error",
      delivered: "thrown",
      errorType: typeName(settled.thrown),
      isError: settled.thrown instanceof Error,
      ...defined({
        code: text(error?.status) ?? text(e?.code),
        message: text(error?.message) ?? text(e?.message),
        requestId: text(e?.requestId),
      }),
      ...statusOf(e, ["status", "statusCode", "responseObj.status"]),
    };
  },
};
