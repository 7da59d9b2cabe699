/**
 * A signed request as a curl command line: the vendor's host from the request's Host header, the
 * path and query exactly as signed, every other header, and the body as raw data. Each argument is
 * single-quoted for a POSIX shell.
 */
import type { WireRequest } from "../core/wire.ts";

/** `text` single-quoted for a POSIX shell. */
function quote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The curl command that sends `req` to the vendor's host over HTTPS, one argument per line. */
export function curlCommand(req: WireRequest): string {
  const host = req.headers.host ?? "localhost";
  const parts = ["curl"];
  if (!(req.method === "GET" && req.body === "")) parts.push(`-X ${req.method}`);
  parts.push(quote(`https://${host}${req.url}`));
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === "host" || name === "content-length") continue;
    parts.push(`-H ${quote(`${name}: ${value}`)}`);
  }
  if (req.body !== "") parts.push(`--data-raw ${quote(req.body)}`);
  return parts.join(" \\\n  ");
}
