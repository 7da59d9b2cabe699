/**
 * What the checks' tests share: real answers for a check to judge. A case of the rule catalogue is
 * sent by the real signed client to the bundled simulator on 127.0.0.1, and the check sees the same
 * `CheckContext` the runner builds: the case, its rows, the client's `CallResult` and what was read
 * back around the call. A departing target is the simulator with one of its own deviations
 * enabled, or with its wire answer changed on the way back (`alter`), as a broken proxy would.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { afterAll, beforeAll } from "vitest";
import type { Check, CheckContext, Finding, Observations } from "../checks/types.ts";
import { type CallResult, createClient } from "../client/client.ts";
import { loadCatalogue } from "../contracts/catalogue.ts";
import type { Catalogue } from "../contracts/model.ts";
import { isSurface } from "../contracts/surfaces.ts";
import { readWireRequest, writeWireResponse } from "../core/node-http.ts";
import type { WireResponse } from "../core/wire.ts";
import type { Progress } from "../model/transitions.ts";
import { createSimulator } from "../sim/simulator.ts";
import { DEFAULT_ACCOUNT } from "../sim/state.ts";
import { READERS } from "../suites-kit/readback.ts";
import { noteRequestId } from "../suites-kit/request-ids.ts";
import { surfaceModule } from "../surfaces/registry.ts";

/** How one row of a check's table gets its answer. */
export interface Given {
  /** The case judged, `<surface>/<rule>#<n>` (as the reports name it): its rule, rows and `then`. */
  case: string;
  /**
   * The request actually sent, as the parameters the case's fixture roles fill (default: those
   * parameters unchanged), given those parameters and the fixture ids by role. Lets a row send a
   * valid request where the case perturbs it (a target that ignores the perturbation), or another
   * fixture than the case names.
   */
  params?: (filled: Record<string, unknown>, roles: Record<string, string>) => Record<string, unknown>;
  /** Sign with this secret instead of the account's (a request with a bad signature). */
  secret?: string;
  /** Simulator deviations enabled for the call (ids of `GET /_sim/deviations`). */
  deviations?: string[];
  /** The wire answer as the client receives it, changed from the simulator's. */
  alter?: (answer: WireResponse) => WireResponse;
  /** The wire answers of the reads after the call (describe, task query), changed from the simulator's. */
  alterReads?: (answer: WireResponse) => WireResponse;
  /** Async progress of the simulator (default: immediate). */
  progress?: Progress;
  /** Read the ENI back before (for `then: unchanged`) and after the call, as the runner does. */
  readEni?: boolean;
  /** Poll the task the call started once, as the runner does for `then: task-final`. */
  readTask?: boolean;
  /**
   * Note every answer's request id in a fresh ledger of the run, as the runner does, so that an id
   * answered twice is seen (the reads count: read the ENI back to have more than one answer).
   */
  noteRequestIds?: boolean;
  /** Read the instance's primary ENI (role `eni.primary`) before and after, as the runner does for `then: attached-secondary`. */
  readPrimary?: boolean;
}

/** A finding as a row of a table wants it: the check, and the rule, row and field property it names. */
export type Want = Pick<Finding, "check" | "rule" | "row" | "property">;

/** The simulator behind a proxy on 127.0.0.1, and the contexts it answers. */
export interface CheckSim {
  /** Run `given` and build the context a check sees. */
  context(given: Given): Promise<CheckContext>;
  close(): Promise<void>;
}

let catalogue: Catalogue | undefined;

/** The catalogue case `<surface>/<rule>#<n>` with its accepted and documented rows. */
function caseOf(id: string) {
  catalogue ??= loadCatalogue();
  const match = /^([^/]+)\/(.+)#(\d+)$/.exec(id);
  const [surface, rule, n] = [match?.[1] ?? "", match?.[2] ?? "", Number(match?.[3])];
  if (!isSurface(surface)) throw new Error(`no surface in case id ${id}`);
  const ruleCase = catalogue.rules.find((r) => r.id === rule)?.surfaces[surface]?.cases[n - 1];
  if (!ruleCase) throw new Error(`no case ${id} in the catalogue`);
  const rows = (ids: string[]) =>
    ids.flatMap((row) => catalogue?.errorRows.filter((r) => r.id === row && r.surface === surface) ?? []);
  const documented = catalogue.errorRows.filter(
    (r) => r.surface === surface && (r.operation === undefined || r.operation === ruleCase.operation),
  );
  return { surface, rule, ruleCase, expectedRows: rows(ruleCase.errorRows ?? []), documented };
}

/**
 * The ordinary answers of every surface as the simulator gives them — a success and a refusal each
 * (and JD Cloud's describe): an envelope-level check finds nothing in any of them.
 */
const ORDINARY: readonly [string, Given][] = [
  ["Tencent API 3.0 success", { case: "tencent-v3/instance.state-running-or-stopped#1" }],
  ["Tencent API 3.0 refusal (HTTP 200)", { case: "tencent-v3/eni.same-zone#1" }],
  ["Tencent v2 success", { case: "tencent-v2/instance.state-running-or-stopped#1" }],
  ["Tencent v2 refusal", { case: "tencent-v2/vpc.exists#1" }],
  ["Alibaba success", { case: "aliyun-ecs/instance.state-running-or-stopped#1" }],
  ["Alibaba refusal (HTTP 403)", { case: "aliyun-ecs/eni.same-zone#1" }],
  ["JD Cloud success", { case: "jdcloud-vm/instance.state-running-or-stopped#1" }],
  ["JD Cloud describe", { case: "jdcloud-vm/async.attach-observable#2" }],
  ["JD Cloud refusal", { case: "jdcloud-vm/instance.eni-limit#1" }],
];

/** {@link ORDINARY} as rows of a check's table, each wanting no finding. */
export function ordinaryRows(): [string, { given: Given; want: Want[] }][] {
  return ORDINARY.map(([name, given]) => [name, { given, want: [] }]);
}

/**
 * A gateway's HTML error page in place of the cloud's answer (`alter` of a row whose target is not
 * the cloud: a proxy, a load balancer).
 */
export const gatewayPage =
  (status = 502) =>
  (): WireResponse => ({ status, headers: { "content-type": "text/html" }, body: "<html></html>" });

/** A `CheckSim` started before the file's tests and closed after them. */
export function useCheckSim(): CheckSim {
  let sim: CheckSim | undefined;
  beforeAll(async () => {
    sim = await startCheckSim();
  });
  afterAll(() => sim?.close());
  return {
    context: (given) => {
      if (!sim)
        throw new Error("the check simulator is not started (useCheckSim outside a test file's top level?)");
      return sim.context(given);
    },
    close: async () => sim?.close(),
  };
}

/** Start the simulator and its proxy. */
export async function startCheckSim(): Promise<CheckSim> {
  const simulator = createSimulator({ accounts: [DEFAULT_ACCOUNT] });
  let alter: Given["alter"];
  const server: Server = createServer(async (req, res) => {
    const wire = await readWireRequest(req);
    const answer = await simulator.handleWire(wire, { remoteAddress: "127.0.0.1" });
    if (answer === "drop") return void req.socket.destroy();
    writeWireResponse(res, alter && !wire.url.startsWith("/_sim/") ? alter(answer) : answer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const control = async (method: "GET" | "PUT" | "POST", path: string, body?: unknown) => {
    const res = await request(`${url}/_sim/${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`control plane ${method} ${path}: ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };

  return {
    async context(given) {
      const { surface, rule, ruleCase, expectedRows, documented } = caseOf(given.case);
      alter = undefined; // the previous context's alterReads
      await control("POST", "reset");
      await control("PUT", "deviations", { enable: given.deviations ?? [] });
      await control("PUT", "progress", given.progress ?? "immediate");
      const fixtures = (await control("GET", `fixtures?surface=${surface}`)) as {
        region: string;
        roles: Record<string, string>;
      };
      const filled = Object.fromEntries(
        Object.entries(ruleCase.given).map(([param, role]) => {
          const id = fixtures.roles[role];
          if (id === undefined) throw new Error(`${given.case}: the simulator has no fixture ${role}`);
          return [param, id];
        }),
      );
      const client = (secret = DEFAULT_ACCOUNT.secret) =>
        createClient({
          surface,
          baseUrl: url,
          credentials: { accessKeyId: DEFAULT_ACCOUNT.accessKeyId, secret },
          region: fixtures.region,
          retry: false,
          rateLimit: 1_000_000,
        });
      const reader = READERS[surface];
      const eniParam = Object.keys(ruleCase.given).find((p) => ruleCase.given[p]?.startsWith("eni."));
      const eniId = eniParam === undefined ? undefined : String(filled[eniParam]);
      const observations: Observations = {};
      const ledger = {};
      const note = (answer: CallResult) => {
        if (!given.noteRequestIds) return;
        const reused = noteRequestId(ledger, given.case, answer);
        if (reused) observations.requestIdReused ??= reused;
      };
      const readEni = async () =>
        given.readEni && eniId !== undefined
          ? reader.eni(client(), fixtures.region, eniId, (answer) => {
              note(answer);
              observations.eniRead = answer;
            })
          : undefined;
      const primaryId = fixtures.roles["eni.primary"];
      const readPrimary = async () =>
        given.readPrimary && primaryId ? reader.eni(client(), fixtures.region, primaryId) : undefined;
      const primaryBefore = await readPrimary();
      if (primaryBefore) observations.primaryBefore = primaryBefore;
      const before = await readEni();
      if (before && ruleCase.then === "unchanged") observations.eniBefore = before;
      alter = given.alter;
      let result: CallResult;
      try {
        result = await client(given.secret).callRaw(
          ruleCase.operation,
          given.params?.(filled, fixtures.roles) ?? filled,
        );
      } finally {
        alter = given.alterReads;
      }
      note(result);
      const after = await readEni();
      if (after) observations.eniAfter = after;
      const primaryAfter = await readPrimary();
      if (primaryAfter) observations.primaryAfter = primaryAfter;
      const instanceParam = Object.keys(ruleCase.given)
        .filter((p) => ruleCase.given[p]?.startsWith("instance."))
        .sort((a, b) => Number(/new|destination/i.test(b)) - Number(/new|destination/i.test(a)))[0];
      const target = instanceParam === undefined ? undefined : filled[instanceParam];
      if (given.readEni && ruleCase.then !== "detached" && typeof target === "string") {
        observations.expectedInstance = target;
      }
      if (given.readTask && reader.task)
        observations.task = await reader.task(client(), result, (answer) => {
          observations.taskRead = answer;
        });
      return {
        surface,
        module: surfaceModule(surface),
        operation: ruleCase.operation,
        rule,
        ruleCase,
        expectedRows,
        documentedRows: documented,
        result,
        observations,
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the checks find in `ctx`, as a table wants it (the message is only checked non-empty). */
export function judge(ctx: CheckContext, ...checks: Check[]): Want[] {
  return checks
    .flatMap((check) => check(ctx))
    .map((f) => {
      if (f.message.trim() === "") throw new Error(`${f.check} reported a finding without a message`);
      return {
        check: f.check,
        ...(f.rule ? { rule: f.rule } : {}),
        ...(f.row ? { row: f.row } : {}),
        ...(f.property ? { property: f.property } : {}),
      };
    });
}

/** A wire answer with every request id in its body set to `value` (header ids left alone). */
export function withRequestId(value: unknown): (answer: WireResponse) => WireResponse {
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (!v || typeof v !== "object") return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, /^request_?id$/i.test(k) ? value : rewrite(x)]),
    );
  };
  return (answer) => ({ ...answer, body: JSON.stringify(rewrite(JSON.parse(answer.body))) });
}
