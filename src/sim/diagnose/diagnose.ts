/**
 * Signature diagnosis: for a request whose authentication failed, what the simulator computed over
 * it (canonical request, string to sign, signed headers, hashed payload, credential scope) and the
 * likeliest cause, found by re-verifying variants of the request: with the real verifier but
 * without its nonce memory (a reused nonce) or at the request's own time (a timestamp outside the
 * window); then by recomputing the signature for another scope service, the path with `:` and
 * `%3A` swapped, other bodies, headers as they were likely signed, and the other keys' secrets. A
 * variant that verifies names the cause; when none does, the secret differs.
 *
 * Runs only for refused requests (the success path never gets here). What it returns is kept in the
 * journal and shown by the control plane and the page, never in the cloud's answer: it holds no
 * secret (every known secret and the request's secret headers and parameters are masked, also in
 * the computed strings) and no signature.
 */

import { type Clock, fixedClock } from "../../core/clock.ts";
import { rfc3986 } from "../../core/crypto.ts";
import type { ApiError } from "../../core/errors.ts";
import { REDACTED, redactRequest } from "../../core/redact.ts";
import { parseForm, rawQuery, type WireRequest } from "../../core/wire.ts";
import { SECRET_NAMES } from "../../surfaces/registry.ts";
import type { SurfaceModule } from "../../surfaces/types.ts";
import type { Cause, Claim, Computed, Explainer, Finding } from "./explainer.ts";
import { variants } from "./variants.ts";

/** What the journal keeps about a refused authentication. */
export interface Diagnosis {
  cause: Cause;
  /** One or two sentences: what is wrong and what to do. */
  summary: string;
  /** The simulator's refusal message. */
  refusal: string;
  scheme?: string;
  computed?: Computed;
  /** The request as received, redacted (signature, secret headers and parameters masked; body cut at 4 KiB). */
  request: WireRequest;
}

/** What the diagnosis knows of the simulator: the surface, its explainer, the keys, the clock. */
export interface DiagnoseContext {
  module: SurfaceModule;
  /** The surface's signature explainer (its simulator adapter's); without one, a diagnosis without a computation. */
  explainer?: Explainer;
  keys: readonly { accessKeyId: string; secret: string }[];
  clock: Clock;
}

/** Largest body kept in a diagnosis. */
const BODY_KEPT = 4096;

/** Diagnose a request whose authentication `refusal` refused. */
export function diagnose(req: WireRequest, refusal: ApiError, ctx: DiagnoseContext): Diagnosis {
  const masked = secretValues(req, ctx);
  const mask = (text: string) => maskAll(text, masked);
  const explainer = ctx.explainer;
  const claim = explainer?.read(req);
  const computed = explainer?.computed(req);
  const redacted = redactRequest(req, [...masked], SECRET_NAMES);
  const finding: Finding = !explainer
    ? {
        cause: "other",
        summary: `No signature explainer for ${ctx.module.id} (its simulator adapter's \`explainer\`): ${refusal.message}`,
      }
    : claim
      ? findCause(req, claim, explainer, ctx)
      : {
          cause: "malformed",
          summary: `The request carries no signature the simulator can read: ${refusal.message}`,
        };
  return {
    cause: finding.cause,
    summary: mask(finding.summary),
    refusal: mask(refusal.message),
    ...(claim ? { scheme: claim.scheme } : {}),
    ...(computed ? { computed: maskComputed(computed, mask) } : {}),
    request: {
      ...redacted,
      body: redacted.body.length > BODY_KEPT ? `${redacted.body.slice(0, BODY_KEPT)}…` : redacted.body,
    },
  };
}

function findCause(req: WireRequest, claim: Claim, explainer: Explainer, ctx: DiagnoseContext): Finding {
  const key = claim.accessKeyId;
  const own = ctx.keys.find((k) => k.accessKeyId === key);
  const matches = (r: WireRequest, secret: string, service?: string) =>
    explainer.signatures(r, secret, service).includes(claim.signature);
  const otherKey = ctx.keys.find((k) => k.accessKeyId !== key && matches(req, k.secret));
  if (!own) {
    return {
      cause: "unknown-key",
      summary: otherKey
        ? `The request names the key ${key}, which the simulator does not know; its signature verifies with the secret of ${otherKey.accessKeyId}: send that key id.`
        : `The key ${key} is not an account of the simulator (GET /_sim/accounts lists them; sim --account KEYID:SECRET adds one).`,
    };
  }
  const lookupSecret = (id: string) => (id === key ? own.secret : undefined);
  if (ctx.module.signer.verify(req, { lookupSecret, clock: ctx.clock }).ok) {
    return {
      cause: "nonce-reused",
      summary:
        "The signature is right, but its nonce was used before within its window: sign every request (every retry too) with a fresh nonce.",
    };
  }
  if (
    claim.time !== undefined &&
    ctx.module.signer.verify(req, { lookupSecret, clock: fixedClock(claim.time) }).ok
  ) {
    const skew = Math.round((claim.time - ctx.clock.now()) / 1000);
    return {
      cause: "timestamp-window",
      summary: `The signature is right, but the request's time ${new Date(claim.time).toISOString()} is ${Math.abs(skew)} s ${skew < 0 ? "behind" : "ahead of"} the simulator's clock (${new Date(ctx.clock.now()).toISOString()}), outside the window the cloud allows: correct the client's clock, or set the simulator's (PUT /_sim/clock).`,
    };
  }
  if (matches(req, own.secret)) {
    return (
      explainer.notes?.(req) ?? {
        cause: "other",
        summary:
          "The signature itself is right; the request is refused for another reason (see the refusal).",
      }
    );
  }
  for (const service of explainer.services?.(req) ?? []) {
    if (matches(req, own.secret, service)) {
      return {
        cause: "scope-service",
        summary: `The signature was computed for the service "${service}", but the credential scope names another: put the service the signature is computed with in the scope (the endpoint's service).`,
      };
    }
  }
  for (const variant of variants(req, ctx.module, explainer.computed(req)?.signedHeaders ?? [])) {
    if (matches(variant.request, own.secret)) return variant.finding;
  }
  return {
    cause: "secret-differs",
    summary: otherKey
      ? `The signature verifies with the secret of the key ${otherKey.accessKeyId}, not with the secret of ${key}: the client pairs the key id ${key} with another key's secret.`
      : `The signature matches no variant of the request signed with the secret of ${key} (the path's ":" and "%3A" swapped, the body hashed differently, the Host or Content-Type changed after signing, another scope service), nor any other key's secret: the secret the client signs with differs from the one the simulator has for ${key}.`,
  };
}

/** The values to mask: every known secret, and the values of the request's secret headers and parameters. */
function secretValues(req: WireRequest, ctx: DiagnoseContext): Set<string> {
  const out = new Set(ctx.keys.map((k) => k.secret));
  for (const name of ctx.module.secrets.headers) {
    const value = req.headers[name];
    if (value) out.add(value);
  }
  const params = [...(parseForm(rawQuery(req.url)) ?? []), ...(parseForm(req.body) ?? [])];
  for (const [name, value] of params) if (ctx.module.secrets.params.includes(name) && value) out.add(value);
  return out;
}

/** `text` with each value masked as written raw, percent-encoded once or twice (V1's string to sign). */
function maskAll(text: string, values: ReadonlySet<string>): string {
  let out = text;
  for (const value of values) {
    if (value.length < 4) continue;
    const once = rfc3986(value);
    for (const form of new Set([value, encodeURIComponent(value), once, rfc3986(once)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}

function maskComputed(c: Computed, mask: (text: string) => string): Computed {
  return {
    ...c,
    ...(c.canonicalRequest === undefined ? {} : { canonicalRequest: mask(c.canonicalRequest) }),
    stringToSign: mask(c.stringToSign),
  };
}
