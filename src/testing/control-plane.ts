/**
 * Test support: call a simulator's control plane (`/_sim/...`) and read its JSON answer with the
 * status, for tests that drive a simulator they started on 127.0.0.1.
 */
import { request } from "undici";

/** `method path` (with a JSON body, if any) on the control plane at `baseUrl`. */
export async function callControl(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await request(`${baseUrl}${path}`, {
    method: method as "GET",
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  return { status: res.statusCode, body: JSON.parse(await res.body.text()) as Record<string, unknown> };
}

/** The same, for a call that must succeed: its JSON answer, or an error naming the call and the answer. */
export async function controlOk(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const res = await callControl(baseUrl, method, path, body);
  if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
