/**
 * The request ids a run has seen, for the documented property that a cloud gives every request its
 * own id (002 section 4, 003 and 004's response tables; the task query of Tencent even takes it as
 * the task's id). One ledger per target: a run's target lives in one worker, and a surface's cases
 * all run in the same worker, so on each surface the ids are compared across the whole run.
 */
import type { CallResult } from "../client/client.ts";

const ledgers = new WeakMap<object, Map<string, string>>();

/** The request id an answer carries, if any (malformed answers and the v2 API carry none). */
function requestIdOf(answer: CallResult): string | undefined {
  if ("data" in answer) return answer.requestId;
  if ("error" in answer) return answer.error.requestId;
  return undefined;
}

/**
 * Note `answer`'s request id as seen in case `caseId`, in the ledger of `target` (one per run);
 * when an earlier answer of the run had the same id, that id and the case it came from.
 */
export function noteRequestId(
  target: object,
  caseId: string,
  answer: CallResult,
): { requestId: string; firstIn: string } | undefined {
  const requestId = requestIdOf(answer);
  if (requestId === undefined || requestId === "") return undefined;
  let ledger = ledgers.get(target);
  if (!ledger) {
    ledger = new Map();
    ledgers.set(target, ledger);
  }
  const firstIn = ledger.get(requestId);
  if (firstIn !== undefined) return { requestId, firstIn };
  ledger.set(requestId, caseId);
  return undefined;
}
