/**
 * The `eni-conformance` command line: dispatches to one module per command and returns the exit
 * code. Commands: `gen` (regenerate schemas, types and the rules reference from the specs),
 * `contracts` (check the contracts and write the contract report) and `sim` (serve the simulator).
 */
import { contractsCommand } from "./contracts-command.ts";
import { genCommand } from "./gen-command.ts";
import { runCommand } from "./run-command.ts";
import { simCommand } from "./sim-command.ts";

const USAGE = `usage: eni-conformance <command> [options]

commands:
  run [--surface S]... [--target sim|URL] [--account KEYID:SECRET] [--fixtures FILE]
      [--allow-mutations] [--no-control-plane] [--runs N] [--seed N] [--case ID] [--path P]
      [--report-dir DIR]
                                 run the conformance suites against a target (default: the
                                 embedded simulator); write report.json and summary.md
  contracts [--report-dir DIR]   check specs, rule catalogue, findings and documented examples;
                                 write contracts.json and contracts.md (default reports/latest/)
  gen [--check]                  regenerate schemas/, src/generated/ and docs/rules.md from specs/;
                                 with --check, only report files that differ
  sim [--port 0] [--host 127.0.0.1] [--account KEYID:SECRET]... [--world FILE] [--deviate ID]...
      [--progress immediate|polls:N|ms:N] [--seed N]
                                 serve the stateful simulator of all four surfaces on one port
  help                           this text
`;

/** Run the command line with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "gen":
      return genCommand(rest);
    case "contracts":
      return contractsCommand(rest);
    case "sim":
      return simCommand(rest);
    case "run":
      return runCommand(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`eni-conformance: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}
