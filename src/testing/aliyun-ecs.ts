/**
 * Test helpers of the aliyun-ecs surface tests (src/surfaces/aliyun-ecs/): the requests the official
 * Alibaba Cloud SDKs sent to a capture server (copied from the shared facts into
 * src/surfaces/aliyun-ecs/fixtures/; dummy key AKIDtest / testkey) with their receipt time and wire
 * form, small request builders, a pinned Random for the published vectors, a verify context for
 * one key, schema lookup.
 */
import { readFileSync } from "node:fs";
import { createAjv } from "../contracts/ajv.ts";
import { schemaFile } from "../contracts/json-schema.ts";
import { readJson } from "../contracts/surfaces.ts";
import { fixedClock, type Random } from "../core/clock.ts";
import type { WireRequest } from "../core/wire.ts";
import type { VerifyContext, VerifyResult } from "../surfaces/types.ts";

/** A request id in ECS's format (lower-case here; the codec writes it upper-case). */
export const RID = "473469c7-aa6f-4dc5-b3db-a3dc0de3c83e";
/** The action parameters of the captured requests. */
export const ATTACH = {
  RegionId: "cn-hangzhou",
  InstanceId: "i-test0001",
  NetworkInterfaceId: "eni-test0001",
};
/** The same, as a query. */
export const OK_QUERY = "RegionId=cn-hangzhou&InstanceId=i-test0001&NetworkInterfaceId=eni-test0001";

/** A Random that hands out one fixed nonce (the published vectors'). */
export function pinned(nonce: string): Random {
  return { uint32: () => 0, float: () => 0, uuid: () => nonce, hex: () => nonce };
}

/** A verify context that knows one key, at a fixed time. */
export function verifier(id: string, secret: string, at: string | number): VerifyContext {
  return { lookupSecret: (k) => (k === id ? secret : undefined), clock: fixedClock(at) };
}

/** "ok" or the refusal's code. */
export const codeOf = (r: VerifyResult): string => (r.ok ? "ok" : r.error.code);

/** A copy of a request with one header changed (removed when `value` is undefined). */
export function withHeader(req: WireRequest, name: string, value: string | undefined): WireRequest {
  const headers = { ...req.headers };
  if (value === undefined) delete headers[name];
  else headers[name] = value;
  return { ...req, headers };
}

/** A request with no headers and no body unless given. */
export const req = (method: string, url: string, extra: Partial<WireRequest> = {}): WireRequest => ({
  method,
  url,
  headers: {},
  body: "",
  ...extra,
});

/** An unsigned signature V1 AttachNetworkInterface request with `query` added. */
export const v1 = (query: string, method = "GET"): WireRequest =>
  req(method, `/?Action=AttachNetworkInterface&Version=2014-05-26&Format=JSON&${query}`);

/** An unsigned ACS3 request for `action` with `query`. */
export const acs3 = (query: string, action = "AttachNetworkInterface"): WireRequest =>
  req("POST", `/?${query}`, { headers: { "x-acs-action": action, "x-acs-version": "2014-05-26" } });

/** The request with a (not verified) ACS3 Authorization header. */
export const withAuth = (r: WireRequest): WireRequest =>
  withHeader(r, "authorization", "ACS3-HMAC-SHA256 Credential=AKIDtest,SignedHeaders=host,Signature=00");

const ajv = createAjv();

/** The generated schema of an operation. */
export function schema(operation: string, kind: "request" | "response" | "error") {
  return (
    ajv.getSchema(`urn:eni-conformance:schemas:aliyun-ecs:${operation}.${kind}`) ??
    ajv.compile(readJson(schemaFile("aliyun-ecs", operation, kind)) as object)
  );
}

/** One captured request. */
export interface CapturedRequest {
  /** `<file>/<scenario>#<n>`. */
  name: string;
  req: WireRequest;
  receivedAt: string;
  /** The wire form the client used (one of the codec's encodings). */
  encoding: string;
}

interface CaptureFile {
  scenarios: Record<
    string,
    {
      requests: {
        method: string;
        url: string;
        headers: Record<string, string>;
        body: string;
        receivedAt: string;
      }[];
    }
  >;
}

/** The three capture files and how to tell each request's wire form. */
const FILES: Record<string, (r: WireRequest) => string> = {
  "aliyun-ecs20140526-AttachNetworkInterface.json": () => "acs3-query",
  "aliyun-openapi-client-AttachNetworkInterface.json": (r) =>
    r.headers.authorization ? "acs3-query" : "rpc-post-query",
  "aliyun-pop-core-AttachNetworkInterface.json": (r) => (r.method === "GET" ? "rpc-get" : "rpc-post-form"),
};

/** Every captured request of every file, in file and scenario order. */
export function capturedRequests(): CapturedRequest[] {
  const out: CapturedRequest[] = [];
  for (const [file, encodingOf] of Object.entries(FILES)) {
    const data = JSON.parse(
      readFileSync(new URL(`../surfaces/aliyun-ecs/fixtures/${file}`, import.meta.url), "utf8"),
    ) as CaptureFile;
    for (const [scenario, s] of Object.entries(data.scenarios)) {
      s.requests.forEach((r, i) => {
        const req: WireRequest = { method: r.method, url: r.url, headers: { ...r.headers }, body: r.body };
        out.push({
          name: `${file.replace("-AttachNetworkInterface.json", "")}/${scenario}#${i}`,
          req,
          receivedAt: r.receivedAt,
          encoding: encodingOf(req),
        });
      });
    }
  }
  return out;
}
