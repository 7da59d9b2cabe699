/**
 * Can the target be reached at all: its name resolves, a TCP connection opens, a TLS handshake
 * succeeds with a certificate that holds (for https), and an HTTP request gets an answer. Each
 * step's failure is told apart and named with what to do — a plain-HTTP port behind an https URL,
 * nothing listening, a certificate for another name — before any signed call is made.
 */
import { lookup } from "node:dns/promises";
import { isIP, type Socket, connect as tcpConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { request } from "undici";
import type { DoctorCheck } from "./types.ts";

/** How long each step may take. */
const STEP_MS = 5000;

const problem = (what: string, result: string, fix: string): DoctorCheck => ({
  check: "reachability",
  status: "problem",
  what,
  result,
  fix,
});

/** Open a connection and wait for it (or its failure, or the bound). */
function opened<S extends Socket>(socket: S, event: "connect" | "secureConnect"): Promise<S> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`no answer within ${STEP_MS / 1000} s`), { code: "ETIMEDOUT" }));
    }, STEP_MS);
    socket.once(event, () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? "");

/** The reachability checks of `baseUrl`: one line when all is well, else the first step that failed. */
export async function checkReach(baseUrl: string): Promise<DoctorCheck> {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return problem("the target URL", `${baseUrl} is not a URL`, "pass --target http(s)://host[:port]");
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const tls = url.protocol === "https:";
  const port = Number(url.port || (tls ? 443 : 80));
  const where = `${host}:${port}`;
  if (isIP(host) === 0) {
    try {
      await lookup(host);
    } catch (error) {
      return problem(
        `name resolution of ${host}`,
        `${host} does not resolve (${codeOf(error) || (error as Error).message})`,
        "check the host name in --target, and the machine's DNS",
      );
    }
  }
  try {
    (await opened(tcpConnect({ host, port }), "connect")).destroy();
  } catch (error) {
    const code = codeOf(error);
    return problem(
      `a TCP connection to ${where}`,
      code === "ECONNREFUSED"
        ? `nothing listens on ${where} (connection refused)`
        : `${where} did not accept a connection (${code || (error as Error).message})`,
      code === "ECONNREFUSED"
        ? "check the port in --target, and that the service (or the simulator) is running"
        : "check --target, firewalls and proxies between this machine and the target",
    );
  }
  if (tls) {
    try {
      (
        await opened(tlsConnect({ host, port, servername: isIP(host) ? undefined : host }), "secureConnect")
      ).destroy();
    } catch (error) {
      // OpenSSL's reason ("wrong version number"), not its whole error string.
      const raw = (error as Error).message;
      const message = /routines:[^:]*:([^:]+)/.exec(raw)?.[1] ?? raw.trim();
      const plain = /wrong version number|packet length too long|unknown protocol|ECONNRESET/i.test(
        `${message} ${codeOf(error)}`,
      );
      return problem(
        `a TLS handshake with ${where}`,
        plain
          ? `${where} does not speak TLS (${message}): it looks like a plain-HTTP port`
          : `the TLS handshake failed: ${message}`,
        plain
          ? `use http:// instead of https:// in --target, or the port that serves TLS`
          : /certificate|self[- ]signed|altname|issuer/i.test(message)
            ? "the certificate does not hold for this name: check the host in --target (a proxy's certificate needs NODE_EXTRA_CA_CERTS)"
            : "check the port and the TLS set-up of the target",
      );
    }
  }
  try {
    const res = await request(`${url.origin}/`, {
      method: "GET",
      headersTimeout: STEP_MS,
      bodyTimeout: STEP_MS,
    });
    await res.body.dump();
  } catch (error) {
    const message = (error as Error).message;
    return problem(
      `an HTTP request to ${url.origin}`,
      `no HTTP answer (${codeOf(error) || message})`,
      tls ? "check the target's HTTP service" : "if the port serves TLS, use https:// in --target",
    );
  }
  return {
    check: "reachability",
    status: "ok",
    what: `${url.origin}: name, connection${tls ? ", TLS" : ""} and HTTP`,
    result: "reachable",
  };
}
