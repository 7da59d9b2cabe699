/**
 * The control plane under `/_sim/`: unsigned, loopback only, and kept apart from every vendor
 * surface (moto's `/moto-api/`). The account is chosen with `?account=KEYID` (default: the first).
 *
 *   GET  /_sim/health              {"ok":true}
 *   POST /_sim/reset               back to the seed worlds of the account
 *   GET  /_sim/fixtures?surface=S  {"surface","region","zones":{"main","other"},"roles":{role: id}}
 *   GET  /_sim/state               every world of the account, keys in a stable order
 *   PUT  /_sim/clock               {"now":"<ISO time>"} or {"real":true}
 *   PUT  /_sim/progress            "immediate", {"polls":N} or {"ms":N}
 *   GET/PUT /_sim/faults           latency, error and drop rates, throttling, {"vary":true} (answers
 *                                  varied as the real gateways vary them, where the documents allow;
 *                                  the member is absent while off)
 *   GET/PUT /_sim/deviations       the catalogue / {"enable":[ids]} (replaces the enabled set)
 *   GET  /_sim/requests            the request journal (journal.ts): the vendor requests answered for
 *                                  the account's keys (its second keys' too), including refused ones
 *                                  that claimed them, and those no known key claimed, oldest first —
 *                                  seq, time, surface, operation, scheme, status, code, latency, the
 *                                  verdict path and, for a refused signature, its diagnosis; filtered
 *                                  by &surface=S, &operation=OP, &since=SEQ (entries after it) or
 *                                  &since=<ISO time> (simulator clock), &limit=N (the last N)
 *   DELETE /_sim/requests          empty the journal of every account
 *   GET  /_sim/                    the page: worlds, the live journal, diagnoses and controls
 *   GET  /_sim/accounts            the key ids, what each policy allows and the account a second key
 *                                  belongs to (never secrets)
 *   PUT  /_sim/accounts/KEYID/policy  {"allow":"all"|"read"|["<operation>", ...]}: what the account
 *                                  may call; any other call is refused with the surface's
 *                                  auth.forbidden row ("read": every operation that changes nothing)
 */
import { isSurface, SURFACES } from "../contracts/surfaces.ts";
import { parseForm, rawPath, rawQuery, type WireRequest, type WireResponse } from "../core/wire.ts";
import type { Progress } from "../model/transitions.ts";
import { worldSnapshot } from "../model/world.ts";
import { parseAllow } from "./access.ts";
import { SIM_ADAPTERS, SIM_CLOUDS } from "./adapters/registry.ts";
import { deviationCatalogue } from "./deviations.ts";
import { parseFaults } from "./faults.ts";
import { type JournalQuery, viewOf } from "./journal.ts";
import { simPage } from "./page/page.ts";
import type { SimulatorState } from "./state.ts";

const json = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  body: `${JSON.stringify(body)}\n`,
});

/** True for loopback peers (and in-process calls, which have no peer). */
function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return true;
  return address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
}

function parseBody(req: WireRequest): unknown {
  if (req.body.trim() === "") return undefined;
  try {
    return JSON.parse(req.body);
  } catch {
    return Symbol.for("invalid");
  }
}

function parseProgress(input: unknown): Progress | string {
  if (input === "immediate") return { kind: "immediate" };
  if (input && typeof input === "object") {
    const o = input as Record<string, unknown>;
    if (Number.isInteger(o.polls) && (o.polls as number) >= 1 && (o.polls as number) <= 1000) {
      return { kind: "polls", polls: o.polls as number };
    }
    if (Number.isInteger(o.ms) && (o.ms as number) >= 1 && (o.ms as number) <= 600_000)
      return { kind: "ms", ms: o.ms as number };
  }
  return 'progress must be "immediate", {"polls":1..1000} or {"ms":1..600000}';
}

/** Serve a control-plane request. */
export function serveControl(
  state: SimulatorState,
  req: WireRequest,
  remoteAddress: string | undefined,
): WireResponse {
  if (!isLoopback(remoteAddress))
    return json(403, { error: "the control plane answers loopback clients only" });
  const path = rawPath(req.url);
  const query = new Map(parseForm(rawQuery(req.url)) ?? []);
  const accountId = query.get("account");
  const account = state.account(accountId);
  if (!account) return json(404, { error: `unknown account ${accountId}` });
  const body = parseBody(req);
  if (body === Symbol.for("invalid")) return json(400, { error: "the body is not valid JSON" });
  const route = `${req.method} ${path}`;
  const policy = /^PUT \/_sim\/accounts\/([^/]+)\/policy$/.exec(route);
  if (policy) return putPolicy(state, decodeURIComponent(policy[1] ?? ""), body);
  switch (route) {
    case "GET /_sim/health":
      return json(200, { ok: true });
    case "POST /_sim/reset":
      state.reset(account.accessKeyId);
      return json(200, { ok: true, account: account.accessKeyId });
    case "GET /_sim/fixtures": {
      const surface = query.get("surface") ?? "";
      if (!isSurface(surface)) return json(400, { error: `surface must be one of ${SURFACES.join(", ")}` });
      const adapter = SIM_ADAPTERS[surface];
      const world = state.world(account.accessKeyId, adapter.cloud);
      return json(200, { surface, region: world.region, zones: world.zones, roles: adapter.fixtures(world) });
    }
    case "GET /_sim/state": {
      const worlds: Record<string, unknown> = {};
      for (const cloud of SIM_CLOUDS) {
        worlds[cloud] = worldSnapshot(state.world(account.accessKeyId, cloud));
      }
      return json(200, { account: account.accessKeyId, worlds });
    }
    case "PUT /_sim/clock": {
      const b = body as { now?: unknown; real?: unknown } | undefined;
      if (b?.real === true) state.setClock({ real: true });
      else if (typeof b?.now === "string" && !Number.isNaN(Date.parse(b.now))) state.setClock({ now: b.now });
      else return json(400, { error: 'clock must be {"now":"<ISO time>"} or {"real":true}' });
      return json(200, { now: new Date(state.clock.now()).toISOString(), real: state.clock.real === true });
    }
    case "GET /_sim/progress":
      return json(200, state.progress);
    case "PUT /_sim/progress": {
      const p = parseProgress(body);
      if (typeof p === "string") return json(400, { error: p });
      state.progress = p;
      return json(200, p);
    }
    case "GET /_sim/faults":
      return json(200, state.faults);
    case "PUT /_sim/faults": {
      const f = parseFaults(state.faults, body);
      if (typeof f === "string") return json(400, { error: f });
      state.faults = f;
      return json(200, f);
    }
    case "GET /_sim/deviations":
      return json(200, { enabled: [...state.enabled], catalogue: deviationCatalogue() });
    case "PUT /_sim/deviations": {
      const ids = (body as { enable?: unknown } | undefined)?.enable;
      if (!Array.isArray(ids) || !ids.every((i) => typeof i === "string")) {
        return json(400, { error: 'deviations must be {"enable":["<id>", ...]}' });
      }
      const previous = new Set(state.enabled);
      state.enabled.clear();
      try {
        for (const id of ids) state.enableDeviation(id);
      } catch (error) {
        state.enabled = previous;
        return json(400, { error: (error as Error).message });
      }
      return json(200, { enabled: [...state.enabled] });
    }
    case "GET /_sim/requests": {
      const q = journalQuery(query);
      if (typeof q === "string") return json(400, { error: q });
      return json(200, { requests: state.journal.query(state.ownerOf(account.accessKeyId), q).map(viewOf) });
    }
    case "GET /_sim":
    case "GET /_sim/":
      return simPage();
    case "GET /_sim/accounts":
      return json(200, {
        accounts: state.accounts.map((a) => ({
          accessKeyId: a.accessKeyId,
          allow: a.allow ?? "all",
          ...(a.owner === undefined ? {} : { owner: a.owner }),
        })),
      });
    case "DELETE /_sim/requests":
      state.journal.clear();
      return json(200, { ok: true });
    default:
      return json(404, { error: `no control endpoint ${route}` });
  }
}

/** `PUT /_sim/accounts/KEYID/policy`: set what an account may call. */
function putPolicy(state: SimulatorState, accessKeyId: string, body: unknown): WireResponse {
  const account = state.account(accessKeyId);
  if (!account) return json(404, { error: `unknown account ${accessKeyId}` });
  const parsed = parseAllow((body as { allow?: unknown } | undefined)?.allow);
  if ("error" in parsed) return json(400, { error: parsed.error });
  account.allow = parsed.allow;
  return json(200, { accessKeyId, allow: parsed.allow });
}

/** The filters of `GET /_sim/requests`, or what is wrong with them. */
function journalQuery(query: Map<string, string>): JournalQuery | string {
  const q: JournalQuery = {};
  const surface = query.get("surface");
  if (surface !== undefined) {
    if (!isSurface(surface)) return `surface must be one of ${SURFACES.join(", ")}`;
    q.surface = surface;
  }
  const operation = query.get("operation");
  if (operation !== undefined) q.operation = operation;
  const since = query.get("since");
  if (since !== undefined) {
    if (/^\d{1,15}$/.test(since)) q.sinceSeq = Number(since);
    else if (!Number.isNaN(Date.parse(since))) q.sinceTime = Date.parse(since);
    else return "since must be a sequence number or an ISO time";
  }
  const limit = query.get("limit");
  if (limit !== undefined) {
    if (!/^\d{1,9}$/.test(limit) || Number(limit) < 1) return "limit must be a whole number ≥ 1";
    q.limit = Number(limit);
  }
  return q;
}
