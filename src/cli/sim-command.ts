/**
 * `eni-conformance sim`: serve the simulator on a port until interrupted. Prints exactly one line
 * `eni-conformance simulator listening on http://HOST:PORT` when ready, then the account key ids
 * (never their secrets; a read-only one marked so). With no `--account`, the documented default test
 * account AKIDtest / testkey is used, with its limited key AKIDtestlimited / testkey-limited (a
 * read-only second key of AKIDtest). `--vary` starts it with the `vary` fault on (answers varied as
 * the real gateways vary them, where the documents allow). `--log pretty|json` then prints one line
 * per vendor request answered, from the request journal (never a secret or a signature);
 * `--journal-size N` sets how many requests the journal keeps per account.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { SuiteError } from "../core/errors.ts";
import type { Progress } from "../model/transitions.ts";
import { type JournalEntry, prettyLine, viewOf } from "../sim/journal.ts";
import { startSimulator } from "../sim/server.ts";
import type { Account } from "../sim/state.ts";

/** The suffix of `--account` for a read-only account, and for a read-only second key of an account. */
const READONLY = /:readonly(?::([^:]+))?$/;

export const SIM_USAGE = `usage: eni-conformance sim [--port 0] [--host 127.0.0.1] [--account KEYID:SECRET[:readonly[:OWNER]]]...
                          [--world FILE] [--deviate ID]... [--progress immediate|polls:N|ms:N] [--seed N]
                          [--vary] [--log pretty|json] [--journal-size N]`;

/**
 * `KEYID:SECRET`; `KEYID:SECRET:readonly` for an account that may call only the operations that
 * change nothing (its attach, detach and migrate are refused with the surface's permission row);
 * `KEYID:SECRET:readonly:OWNER` for such a key of the account OWNER (a read-only RAM user, CAM
 * sub-account or IAM sub-user: it sees OWNER's world).
 */
function parseAccount(text: string): Account {
  const readonly = READONLY.exec(text);
  const pair = readonly ? text.slice(0, readonly.index) : text;
  const colon = pair.indexOf(":");
  if (colon <= 0 || colon === pair.length - 1)
    throw new SuiteError(
      "ENIC_CONFIG",
      `--account must be KEYID:SECRET, KEYID:SECRET:readonly or KEYID:SECRET:readonly:OWNER, got "${text.split(":")[0]}:…"`,
    );
  const account: Account = { accessKeyId: pair.slice(0, colon), secret: pair.slice(colon + 1) };
  if (!readonly) return account;
  return { ...account, allow: "read", ...(readonly[1] ? { owner: readonly[1] } : {}) };
}

function parseProgress(text: string): Progress {
  if (text === "immediate") return { kind: "immediate" };
  const m = /^(polls|ms):(\d+)$/.exec(text);
  if (!m) throw new SuiteError("ENIC_CONFIG", `--progress must be immediate, polls:N or ms:N, got ${text}`);
  return m[1] === "polls" ? { kind: "polls", polls: Number(m[2]) } : { kind: "ms", ms: Number(m[2]) };
}

const OPTIONS = {
  port: { type: "string", default: "0" },
  host: { type: "string", default: "127.0.0.1" },
  account: { type: "string", multiple: true },
  world: { type: "string" },
  deviate: { type: "string", multiple: true },
  progress: { type: "string" },
  seed: { type: "string" },
  vary: { type: "boolean" },
  log: { type: "string" },
  "journal-size": { type: "string" },
} as const;

/** The line `--log` prints for a journal entry. */
const LOG_LINES: Record<string, (entry: JournalEntry) => string> = {
  pretty: prettyLine,
  json: (entry) => JSON.stringify(viewOf(entry)),
};

/** Run `sim`; resolves to the exit code when the server stops. */
export async function simCommand(argv: string[]): Promise<number> {
  let server: Awaited<ReturnType<typeof startSimulator>>;
  let line: ((entry: JournalEntry) => string) | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new SuiteError("ENIC_CONFIG", "--port must be 0..65535");
    if (values.log !== undefined && !Object.hasOwn(LOG_LINES, values.log))
      throw new SuiteError("ENIC_CONFIG", `--log must be pretty or json, got ${values.log}`);
    line = values.log === undefined ? undefined : LOG_LINES[values.log];
    const journalSize = values["journal-size"];
    if (journalSize !== undefined && !/^[1-9]\d{0,8}$/.test(journalSize))
      throw new SuiteError("ENIC_CONFIG", `--journal-size must be a whole number ≥ 1, got ${journalSize}`);
    server = await startSimulator({
      port,
      host: values.host,
      ...(values.account ? { accounts: values.account.map(parseAccount) } : {}),
      ...(values.world ? { worldsJson: readFileSync(values.world, "utf8") } : {}),
      ...(values.deviate ? { deviations: values.deviate } : {}),
      ...(values.progress ? { progress: parseProgress(values.progress) } : {}),
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      ...(values.vary ? { vary: true } : {}),
      ...(journalSize ? { journalSize: Number(journalSize) } : {}),
    });
  } catch (error) {
    process.stderr.write(`eni-conformance sim: ${(error as Error).message}\n${SIM_USAGE}\n`);
    return 2;
  }
  process.stdout.write(`eni-conformance simulator listening on ${server.url}\n`);
  const names = server.simulator.state.accounts.map(
    (a) =>
      `${a.accessKeyId}${a.allow === "read" ? ` (readonly${a.owner ? `, a key of ${a.owner}` : ""})` : ""}`,
  );
  process.stdout.write(`accounts: ${names.join(", ")}\n`);
  if (line) server.simulator.state.journal.listener = (entry) => process.stdout.write(`${line(entry)}\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      void server.close().then(() => resolve(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
