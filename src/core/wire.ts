/**
 * The wire-level shapes every surface works on: an HTTP request exactly as sent or received (raw
 * path and query bytes, lower-case header names, raw body) and an HTTP response. Signers and codecs
 * read and write these, so the same code serves the client, the simulator and the tests.
 */

/** An HTTP request as it travels: what a signer signs and a verifier checks. */
export interface WireRequest {
  /** Upper-case method. */
  method: string;
  /** Path and raw query exactly as sent (`/v2/index.php?a=b%2Fc`); percent-encoding preserved. */
  url: string;
  /** Header names lower-case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The raw body ("" when there is none). */
  body: string;
}

/** An HTTP response. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The path part of a request URL, raw. */
export function rawPath(url: string): string {
  const q = url.indexOf("?");
  return q === -1 ? url : url.slice(0, q);
}

/** The query part of a request URL after `?`, raw ("" when there is none). */
export function rawQuery(url: string): string {
  const q = url.indexOf("?");
  return q === -1 ? "" : url.slice(q + 1);
}

/** One name or value of a form: `+` is a space, then percent-decoded (throws on a bad escape). */
function decodeFormPart(raw: string): string {
  // Without `%` or `+` there is nothing to decode (most names and values: ids, dates, hex).
  if (!raw.includes("%") && !raw.includes("+")) return raw;
  return decodeURIComponent(raw.replaceAll("+", " "));
}

/**
 * Decode an `application/x-www-form-urlencoded` string (a query or a form body) into pairs, in
 * order. `+` is a space, as in HTML forms; invalid percent-escapes make the result `undefined`.
 */
export function parseForm(text: string): [string, string][] | undefined {
  if (text === "") return [];
  const pairs: [string, string][] = [];
  for (const part of text.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? "" : part.slice(eq + 1);
    try {
      pairs.push([decodeFormPart(rawKey), decodeFormPart(rawValue)]);
    } catch {
      return undefined;
    }
  }
  return pairs;
}

/** A JSON response with the given status and extra headers. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): WireResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(body),
  };
}

/** Replace the action name wherever the request carries it (header, query, form, REST verb). */
export function renameAction(action: string, replacement: string): (req: WireRequest) => WireRequest {
  return (req) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = v === action ? replacement : v;
    return {
      ...req,
      url: req.url.split(action).join(replacement),
      body: req.body.split(action).join(replacement),
      headers,
    };
  };
}
