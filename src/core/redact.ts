/**
 * Redaction: nothing secret reaches a log, report, cassette or pact. Signatures are masked (they
 * are derived from the secret and replayable within their window), the headers and parameters the
 * caller names as secret (each surface's security tokens and signature parameters, from its
 * module) are masked, and every literal occurrence of a known secret is replaced wherever it appears.
 */
import type { WireRequest, WireResponse } from "./wire.ts";

/** What a redacted value is replaced with. */
export const REDACTED = "[REDACTED]";

/** The names of the secret parts of a request: headers (lower case) and query or form parameters. */
export interface SecretNames {
  readonly headers: readonly string[];
  readonly params: readonly string[];
}

/** HTTP's own secret header, whatever the surface (the Authorization header is masked by its scheme). */
const HTTP_SECRET_HEADERS = ["cookie"];

function replaceSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

/** Mask the `Signature=...` part of an Authorization header, keeping scheme, key id and scope. */
function redactAuthorization(value: string): string {
  return value.replace(/Signature=[^,\s]+/g, `Signature=${REDACTED}`);
}

/** Mask the `params` in a query string or form body (raw, percent-encoded form kept). */
function redactForm(text: string, params: readonly string[]): string {
  if (text === "") return text;
  return text
    .split("&")
    .map((part) => {
      const eq = part.indexOf("=");
      if (eq === -1) return part;
      let key = part.slice(0, eq);
      try {
        key = decodeURIComponent(key);
      } catch {
        return part;
      }
      return params.includes(key) ? `${part.slice(0, eq)}=${encodeURIComponent(REDACTED)}` : part;
    })
    .join("&");
}

function redactUrl(url: string, params: readonly string[]): string {
  const q = url.indexOf("?");
  return q === -1 ? url : `${url.slice(0, q)}?${redactForm(url.slice(q + 1), params)}`;
}

/**
 * A copy of `req` with the Authorization signature, the headers and parameters `names` gives (a
 * surface module's `secrets`, or the registry's union of them) and the given secrets masked.
 */
export function redactRequest(req: WireRequest, secrets: readonly string[], names: SecretNames): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (HTTP_SECRET_HEADERS.includes(name) || names.headers.includes(name)) headers[name] = REDACTED;
    else if (name === "authorization") headers[name] = replaceSecrets(redactAuthorization(value), secrets);
    else headers[name] = replaceSecrets(value, secrets);
  }
  const form = (req.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded");
  return {
    method: req.method,
    url: replaceSecrets(redactUrl(req.url, names.params), secrets),
    headers,
    body: replaceSecrets(form ? redactForm(req.body, names.params) : req.body, secrets),
  };
}

/** A copy of `res` with the given secrets masked. */
export function redactResponse(res: WireResponse, secrets: readonly string[] = []): WireResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) headers[name] = replaceSecrets(value, secrets);
  return { status: res.status, headers, body: replaceSecrets(res.body, secrets) };
}

/** Mask the given secrets in any text (log lines, error messages). */
export function redactText(text: string, secrets: readonly string[]): string {
  return replaceSecrets(text, secrets);
}
