/**
 * `eni-conformance doctor`: the run's preflight on its own. Takes the same target, account, region
 * and fixture options as `run` (src/config/), checks the environment (src/doctor/) and prints one
 * line per check: what was checked, the result, and what to do. Exit 0 when a run could give
 * verdicts there, 2 when it could not (or the options are wrong).
 */
import { runUsage } from "../config/help.ts";
import { loadRunConfig, wantsHelp } from "../config/load.ts";
import { isSuiteError } from "../core/errors.ts";
import { diagnose, diagnosisText } from "../doctor/doctor.ts";

const USAGE = `usage: eni-conformance doctor [run options]

Checks, before any case, that a run against the target can give verdicts: reachability (name,
connection, TLS, HTTP), the cloud's protocol, the credentials (and why they are refused), the
clock, the region, and every fixture's state. Takes run's target, account, region and fixture
options; exit 0 ready, 2 not ready.
`;

/** Run `doctor`; resolves to the exit code. */
export async function doctorCommand(argv: string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n${runUsage()}\n`);
    return 0;
  }
  try {
    const config = loadRunConfig({ argv, env: process.env, cwd: process.cwd() });
    const diagnosis = await diagnose(config);
    process.stdout.write(diagnosisText(diagnosis));
    return diagnosis.ok ? 0 : 2;
  } catch (error) {
    if (!isSuiteError(error)) throw error;
    process.stderr.write(`eni-conformance doctor: ${error.message}\n`);
    return 2;
  }
}
