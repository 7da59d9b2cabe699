/**
 * The request ids a run has seen, for the documented property that a cloud gives every request its
 * own id (002 section 4, 003 and 004's response tables; the task query of Tencent even takes it as
 * the task's id). One ledger per target: a run's target lives in one worker, and a surface's cases
 * all run in the same worker, so on each surface the ids are compared across the whole run.
 */
import type { CallResult } from "../client/client.ts";

const ledgers = new WeakMap<object, Map<string, string>>();

/** The request id an answer carries, if any (malformed answers and the v2 API carry none). */
export function requestIdOf(answer: CallResult): string | undefined {
  if ("data" in answer) return answer.requestId;
  if ("error" in answer) return answer.error.requestId;
  return undefined;
}

/**
 * Note `answer`'s request id as seen in case `caseId`; when an earlier answer of the run had the
 * same id, the case it came from.
 */
export function noteRequestId(target: object, caseId: string, answer: CallResult): string | undefined {
  const id = requestIdOf(answer);
  if (id === undefined || id === "") return undefined;
  let ledger = ledgers.get(target);
  if (!ledger) {
    ledger = new Map();
    ledgers.set(target, ledger);
  }
  const first = ledger.get(id);
  if (first !== undefined) return first;
  ledger.set(id, caseId);
  return undefined;
}
