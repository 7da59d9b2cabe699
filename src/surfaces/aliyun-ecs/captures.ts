/**
 * Test helper: the requests the official Alibaba Cloud SDKs sent to a capture server (copied from the
 * shared facts into ./fixtures; dummy key AKIDtest / testkey), as WireRequests with their receipt time
 * and the wire form each client used.
 */
import { readFileSync } from "node:fs";
import type { WireRequest } from "../../core/wire.ts";

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
      readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8"),
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
