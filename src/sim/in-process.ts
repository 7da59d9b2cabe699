/**
 * Talking to a simulator in this process, without a socket: its vendor endpoint (`send`) and its
 * control plane (`control`, JSON in and out), as pact generation's workbench and the documentation
 * site's capture do. A dropped request and a control answer other than 200 are harness errors.
 */
import { SuiteError } from "../core/errors.ts";
import type { WireRequest, WireResponse } from "../core/wire.ts";
import type { Simulator } from "./simulator.ts";

/** The simulator's endpoint and control plane as functions. */
export function inProcess(sim: Simulator, context?: Parameters<Simulator["handleWire"]>[1]) {
  const send = async (req: WireRequest): Promise<WireResponse> => {
    const res = await sim.handleWire(req, context);
    if (res === "drop") throw new SuiteError("ENIC_TARGET_UNREACHABLE", "the simulator dropped a request");
    return res;
  };
  const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await send({
      method,
      url: path,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? "" : JSON.stringify(body),
    });
    if (res.status !== 200) throw new SuiteError("ENIC_BAD_RESPONSE", `${method} ${path}: ${res.body}`);
    return JSON.parse(res.body) as unknown;
  };
  return { send, control };
}
