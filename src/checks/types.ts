/**
 * What a check sees and what it reports. A check is a small named pure function
 * `(ctx) => Finding[]` over one executed case: the call's result and the observations the runner
 * made around it (read-backs, task polls). The id, the file name and the config key are the same
 * kebab-case string.
 */
import type { CallResult } from "../client/client.ts";
import type { PlacedErrorRow, RuleCase } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { EniView, SurfaceModule, TaskView } from "../surfaces/types.ts";

/** A failed check with its evidence. */
export interface Finding {
  /** The check that failed. */
  check: string;
  message: string;
  rule?: string;
  row?: string;
  /** The documented property of a response field it breaks (its `x-field-properties` id). */
  property?: string;
}

/** What the runner observed around the call. */
export interface Observations {
  /** The ENI before the call (for `then: unchanged`). */
  eniBefore?: EniView;
  /** The ENI after the call, once settled or after the bounded wait. */
  eniAfter?: EniView;
  /** Where the rule says the ENI must end up (`then: attached / migrated`). */
  expectedInstance?: string;
  /** The ENI of role `eni.primary` before and after the call (`then: attached-secondary`). */
  primaryBefore?: EniView;
  primaryAfter?: EniView;
  /** The last answer of the read-back's describe, as the target sent it (`readback-fields`). */
  eniRead?: CallResult;
  /** The last answer of the task query (`readback-fields`). */
  taskRead?: CallResult;
  /** An answer of this run of the case whose request id an earlier answer of the run had (`request-id`). */
  requestIdReused?: { requestId: string; firstIn: string };
  /** The final state of the task the call started (`then: task-final`). */
  task?: TaskView;
  /** Every answer of a burst (`rate.burst`). */
  burst?: CallResult[];
}

/** Everything a check may look at. */
export interface CheckContext {
  surface: Surface;
  module: SurfaceModule;
  operation: string;
  rule: string;
  ruleCase: RuleCase;
  /** The rows the case accepts (resolved from its `errorRows`). */
  expectedRows: PlacedErrorRow[];
  /** The rows the operation's documents and the cloud's common errors list. */
  documentedRows: PlacedErrorRow[];
  /** The answer to the case's request (for a burst: the last refused one, else the last one). */
  result: CallResult;
  observations: Observations;
}

/** A check. */
export type Check = (ctx: CheckContext) => Finding[];
