/**
 * The variants of a refused request the diagnosis re-verifies, each with the cause it would prove:
 * the path with `:` and `%3A` swapped, other bodies the client may have hashed, and the signed
 * Host and Content-Type as a client or a proxy may have had them before sending. Plain request
 * transformations, the same for every surface; a variant only counts when the signature verifies.
 */
import { sha256Hex } from "../../core/crypto.ts";
import { rawPath, type WireRequest } from "../../core/wire.ts";
import type { SurfaceModule } from "../../surfaces/types.ts";
import type { Finding } from "./explainer.ts";

/** A variant request and the cause it proves when it verifies. */
interface Variant {
  request: WireRequest;
  finding: Finding;
}

/** Content types clients commonly sign. */
const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=utf-8",
  "",
];

function withoutPort(host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*):\d*$/.exec(host);
  return m ? (m[1] as string) : host;
}

function pathVariants(req: WireRequest): Variant[] {
  const path = rawPath(req.url);
  const rest = req.url.slice(path.length);
  const swapped = new Set([path.replaceAll(":", "%3A"), path.replace(/%3A/gi, ":")]);
  swapped.delete(path);
  return [...swapped].map((signed) => ({
    request: { ...req, url: `${signed}${rest}` },
    finding: {
      cause: "path-encoding",
      summary: `The signature is for the path ${signed}, but the request was sent to ${path}: ":" and "%3A" are different bytes in the canonical request; sign the path exactly as it is sent.`,
    },
  }));
}

/** Bodies larger than this are only tried as empty (re-serialising a megabyte per refusal is not worth it). */
const REWRITTEN_BODY_MAX = 64 * 1024;

function bodyVariants(req: WireRequest): Variant[] {
  const bodies = new Map<string, string>();
  if (req.body !== "") bodies.set("", "an empty body");
  if (req.body.length > REWRITTEN_BODY_MAX) return variantsOf(req, bodies);
  try {
    const compact = JSON.stringify(JSON.parse(req.body));
    bodies.set(compact, "the body as compact JSON");
    bodies.set(JSON.stringify(JSON.parse(req.body), null, 2), "the body as indented JSON");
  } catch {
    // Not JSON: no re-serialised forms.
  }
  if (req.body.endsWith("\n")) bodies.set(req.body.slice(0, -1), "the body without its trailing newline");
  else if (req.body !== "") bodies.set(`${req.body}\n`, "the body with a trailing newline");
  return variantsOf(req, bodies);
}

function variantsOf(req: WireRequest, bodies: Map<string, string>): Variant[] {
  bodies.delete(req.body);
  return [...bodies].map(([body, what]) => ({
    request: { ...req, body },
    finding: {
      cause: "body-hash",
      summary: `The signature covers ${what} (SHA-256 ${sha256Hex(body)}), not the ${Buffer.byteLength(req.body)}-byte body received: hash the body exactly as it is sent.`,
    },
  }));
}

function headerVariants(req: WireRequest, module: SurfaceModule, signed: readonly string[]): Variant[] {
  const out: Variant[] = [];
  const change = (name: string, values: Iterable<string>) => {
    const actual = req.headers[name];
    for (const value of new Set(values)) {
      if (value === actual) continue;
      const headers = { ...req.headers };
      if (value === "") delete headers[name];
      else headers[name] = value;
      out.push({
        request: { ...req, headers },
        finding: {
          cause: "header-changed",
          summary: `The ${name} header was changed after signing: the signature is for ${value === "" ? `no ${name}` : `${name}: ${value}`}, the request carries ${actual === undefined ? `no ${name}` : `${name}: ${actual}`} (a proxy, or the client setting it after signing).`,
        },
      });
    }
  };
  const host = req.headers.host;
  if (signed.includes("host") && host !== undefined) {
    const port = host.slice(withoutPort(host).length);
    change("host", [withoutPort(host), ...module.hosts, ...module.hosts.map((h) => `${h}${port}`)]);
  }
  if (signed.includes("content-type")) change("content-type", CONTENT_TYPES);
  return out;
}

/** Every variant of `req` worth re-verifying, most telling first. */
export function variants(req: WireRequest, module: SurfaceModule, signed: readonly string[]): Variant[] {
  return [...pathVariants(req), ...bodyVariants(req), ...headerVariants(req, module, signed)];
}
