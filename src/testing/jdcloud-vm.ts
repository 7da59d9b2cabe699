/**
 * Test helpers of the jdcloud-vm surface tests (src/surfaces/jdcloud-vm/): the captured
 * jdcloud-sdk-js requests (src/surfaces/jdcloud-vm/fixtures/, copied from the SDK capture; dummy key
 * AKIDtest/testkey only), a Random whose nonce is fixed, so published vectors can be signed exactly,
 * and a verify context over fixed keys and time.
 */
import { readFileSync } from "node:fs";
import { fixedClock, type Random } from "../core/clock.ts";
import type { WireRequest } from "../core/wire.ts";
import type { VerifyContext } from "../surfaces/types.ts";

/** One request as the capture server received it. */
export interface CapturedRequest extends WireRequest {
  receivedAt: string;
}

interface CaptureFile {
  scenarios: Record<
    string,
    {
      response: { status: number; headers?: Record<string, string>; body: unknown };
      requests: CapturedRequest[];
    }
  >;
}

/** The capture of jdcloud-sdk-js 1.2.202 calling attachNetworkInterface. */
export const capture: CaptureFile = JSON.parse(
  readFileSync(
    new URL("../surfaces/jdcloud-vm/fixtures/jdcloud-vm-attachNetworkInterface.json", import.meta.url),
    "utf8",
  ),
) as CaptureFile;

/** Every captured request, named `<scenario>#<n>`, as a WireRequest plus its arrival time. */
export const capturedRequests: [string, CapturedRequest][] = Object.entries(capture.scenarios).flatMap(
  ([name, s]) =>
    s.requests.map((r, i): [string, CapturedRequest] => [
      `${name}#${i}`,
      { method: r.method, url: r.url, headers: r.headers, body: r.body, receivedAt: r.receivedAt },
    ]),
);

/** A Random whose uuid() is always `nonce` (the vectors' nonces are not UUIDs). */
export function fixedNonce(nonce: string): Random {
  return { uuid: () => nonce, uint32: () => 0, hex: (n) => "0".repeat(n * 2), float: () => 0 };
}

/** The first captured request (scenario `success`), the base of the one-change refusal rows. */
export const sample: CapturedRequest = (capturedRequests[0] as [string, CapturedRequest])[1];

/** A verify context at `at` that knows the given access keys (and, optionally, a nonce store). */
export function verifyContext(
  at: string | number,
  keys: Record<string, string>,
  extra: Partial<VerifyContext> = {},
): VerifyContext {
  return { lookupSecret: (ak) => keys[ak], clock: fixedClock(at), ...extra };
}
