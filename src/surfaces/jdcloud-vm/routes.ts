/**
 * JD Cloud's REST routing (protocols §4.1): each operation is a method plus a path template under
 * `/v1`, with custom verbs as a `:verb` suffix on the resource. The templates, methods and hosts
 * (which give the signing service) are read from the spec, so routing cannot drift from the contract. Routing works on the DECODED path
 * (jdcloud-sdk-js sends `:` as `%3A`, the Go SDK and the documents a literal `:`; F-035); signing
 * works on the raw bytes, elsewhere.
 */
import { loadSpec, primaryOperations } from "../../contracts/spec.ts";
import { rfc3986 } from "../../core/crypto.ts";
import { SuiteError } from "../../core/errors.ts";

const SURFACE = "jdcloud-vm";

/** One operation's place on the wire. */
interface Route {
  operation: string;
  method: string;
  /** Path template segments as the spec writes them (`["", "v1", ..., "{instanceId}:attachNetworkInterface"]`). */
  template: string[];
  /** One matcher per template segment; parameters never contain `/` or `:`. */
  matchers: Matcher[];
  /** Service of the credential scope: the first label of the operation's host (`vm`, `vpc`). */
  service: string;
}

/** What a request path turned out to be. */
export type RouteResult =
  | { kind: "found"; operation: string; pathParams: Record<string, string>; service: string }
  | { kind: "unknown" }
  | { kind: "malformed"; reason: string };

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A template segment: its regular expression and parameter names, and the segment itself when it has none. */
interface Matcher {
  regex: RegExp;
  names: string[];
  /** The segment, when it names no parameter (matched by equality, as its regular expression would). */
  literal: string | undefined;
  /** The fixed text before the first parameter and after the last (checked before the regular expression). */
  prefix: string;
  suffix: string;
}

function segmentMatcher(segment: string): Matcher {
  const names: string[] = [];
  let source = "";
  for (const part of segment.split(/(\{[A-Za-z]+\})/)) {
    const name = /^\{([A-Za-z]+)\}$/.exec(part)?.[1];
    if (name) {
      names.push(name);
      source += "([^/:]*)";
    } else {
      source += escapeRegex(part);
    }
  }
  const open = segment.indexOf("{");
  return {
    regex: new RegExp(`^${source}$`),
    names,
    literal: names.length === 0 ? segment : undefined,
    prefix: open === -1 ? segment : segment.slice(0, open),
    suffix: open === -1 ? "" : segment.slice(segment.lastIndexOf("}") + 1),
  };
}

function hostOfServer(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const url = (value[0] as { url?: unknown } | undefined)?.url;
  return typeof url === "string" ? new URL(url).host : undefined;
}

let routes: Route[] | undefined;

function allRoutes(): Route[] {
  if (routes) return routes;
  const spec = loadSpec(SURFACE);
  const defaultHost = hostOfServer(spec.servers) ?? "vm.jdcloud-api.com";
  routes = primaryOperations(SURFACE, spec).map((op) => {
    const template = op.path.split("/");
    const host = hostOfServer(op.op.servers) ?? defaultHost;
    return {
      operation: op.operationId,
      method: op.method.toUpperCase(),
      template,
      matchers: template.map(segmentMatcher),
      service: host.split(".")[0] ?? "vm",
    };
  });
  return routes;
}

function routeOf(operation: string): Route {
  const found = allRoutes().find((r) => r.operation === operation);
  if (!found) throw new SuiteError("ENIC_CONFIG", `${SURFACE} has no operation ${operation}`);
  return found;
}

/**
 * Find the operation a request names (protocols §4.1). Each raw segment is percent-decoded on its
 * own, so `%3A` and `:` route alike; a bad escape is `malformed`; a path or method the spec does not
 * have is `unknown` (the spec's NOT_FOUND common row).
 */
export function route(method: string, path: string): RouteResult {
  // Routing, verifying and decoding one request each ask: the last answer is kept, and the answers
  // for the paths seen lately (a client calls the same few resources again and again). Callers must
  // not change an answer.
  if (lastRoute && lastRoute.method === method && lastRoute.path === path) return lastRoute.result;
  const key = `${method} ${path}`;
  let result = seenRoutes.get(key);
  if (result === undefined) {
    result = findRoute(method, path);
    // Shared by every later request to the path: frozen, so that no caller can change it for them.
    if (result.kind === "found") Object.freeze(result.pathParams);
    if (seenRoutes.size >= SEEN_ROUTES) seenRoutes.clear();
    seenRoutes.set(key, result);
  }
  lastRoute = { method, path, result };
  return result;
}

let lastRoute: { method: string; path: string; result: RouteResult } | undefined;
/** Answers by method and raw path, forgotten all at once past {@link SEEN_ROUTES} paths. */
const seenRoutes = new Map<string, RouteResult>();
const SEEN_ROUTES = 4096;

function findRoute(method: string, path: string): RouteResult {
  const decoded: string[] = [];
  for (const raw of path.split("/")) {
    try {
      // Most segments (names, ids) hold no escape: nothing to decode.
      decoded.push(raw.includes("%") ? decodeURIComponent(raw) : raw);
    } catch {
      return { kind: "malformed", reason: "The request path has an invalid percent-encoding." };
    }
  }
  for (const r of allRoutes()) {
    if (r.matchers.length !== decoded.length || !shapeFits(r.matchers, decoded)) continue;
    if (r.method !== method.toUpperCase()) return { kind: "unknown" };
    return {
      kind: "found",
      operation: r.operation,
      pathParams: pathParams(r.matchers, decoded),
      service: r.service,
    };
  }
  return { kind: "unknown" };
}

/**
 * True when every segment fits its matcher: literal segments by equality, then the fixed text
 * around a segment's parameters (a custom verb's `:attachNetworkInterface`) by its ends, and only
 * then the segment's regular expression.
 */
function shapeFits(matchers: readonly Matcher[], segments: readonly string[]): boolean {
  for (let i = 0; i < matchers.length; i++) {
    const m = matchers[i] as Matcher;
    if (m.literal !== undefined && segments[i] !== m.literal) return false;
  }
  for (let i = 0; i < matchers.length; i++) {
    const m = matchers[i] as Matcher;
    if (m.literal !== undefined) continue;
    const segment = segments[i] as string;
    if (!segment.startsWith(m.prefix) || !segment.endsWith(m.suffix) || !m.regex.test(segment)) return false;
  }
  return true;
}

/** The parameters of segments that fit their matchers (empty values left out). */
function pathParams(matchers: readonly Matcher[], segments: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < matchers.length; i++) {
    const m = matchers[i] as Matcher;
    if (m.literal !== undefined) continue;
    const match = m.regex.exec(segments[i] as string);
    for (let j = 0; j < m.names.length; j++) {
      const value = match?.[j + 1] ?? "";
      if (value !== "") out[m.names[j] as string] = value;
    }
  }
  return out;
}

/** HTTP method of an operation. */
export function methodOf(operation: string): string {
  return routeOf(operation).method;
}

/** Names of an operation's path parameters. */
export function pathParamNames(operation: string): readonly string[] {
  let names = paramNames.get(operation);
  if (!names) {
    names = routeOf(operation).matchers.flatMap((m) => m.names);
    paramNames.set(operation, names);
  }
  return names;
}

/** Each operation's path parameter names, asked for on every request (callers must not change them). */
const paramNames = new Map<string, string[]>();

/**
 * The path jdcloud-sdk-js sends (sdk-clients.md §2): parameters substituted, then every segment
 * escaped with `uriEscape` (RFC 3986), which turns the custom-verb `:` into `%3A`.
 */
export function buildPath(operation: string, pathParams: Record<string, unknown>): string {
  return routeOf(operation)
    .template.map((segment) =>
      rfc3986(
        segment.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
          const value = pathParams[name];
          return value === undefined || value === null ? "" : String(value);
        }),
      ),
    )
    .join("/");
}
