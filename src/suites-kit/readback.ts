/**
 * Reading state back from a target with each surface's own describe and task operations: where an
 * ENI is attached and whether its asynchronous change has settled, and the state of a task. Used to
 * check "the state after the call matches the rule" and "the async task reaches a final state".
 * What to call and how to read the answer is each surface's (`SurfaceModule.readback`); this module
 * sends through the client and keeps the rule for transient answers (shared code never branches on
 * the cloud).
 */
import { type CallResult, type Client, isTransient } from "../client/client.ts";
import { SURFACES, type Surface } from "../contracts/surfaces.ts";
import { type NeutralError, SuiteError } from "../core/errors.ts";
import { surfaceModule } from "../surfaces/registry.ts";
import type { EniView, SurfaceModule, TaskView } from "../surfaces/types.ts";

/** Reads one surface's state. */
export interface Reader {
  /** The ENI's view; `keep` sees the describe's answer (a usable one) before it is read. */
  eni(client: Client<Surface>, region: string, eniId: string, keep?: Keep): Promise<EniView>;
  /** The task an accepted call started, when the surface has a task query. */
  task?(client: Client<Surface>, accepted: CallResult, keep?: Keep): Promise<TaskView>;
}

/** Sees each read's answer, for the checks that judge its fields. */
export type Keep = (answer: CallResult) => void;

/** The neutral refusals that say the caller was not let in: nothing about the ENI. */
const AUTH_REFUSALS: readonly NeutralError[] = [
  "auth.missing",
  "auth.malformed",
  "auth.bad-signature",
  "auth.unknown-key",
  "auth.expired",
  "auth.nonce-reused",
];

/**
 * An answer the read-back can use. A transient error (throttling, internal, unavailable — after the
 * client's retries) says nothing about the ENI, and neither does an authentication refusal (a wrong
 * or revoked secret, an unknown key, a skewed clock) or a permission refusal (access denied): the
 * read-back cannot tell, which is a harness outcome, never "not found".
 */
function usable<T extends CallResult>(surface: Surface, r: T): T {
  if (!("error" in r)) return r;
  if (isTransient(surface, r.error)) {
    throw new SuiteError(
      "ENIC_TARGET_UNREACHABLE",
      `the outcome could not be established: the read-back kept answering ${r.error.code}`,
    );
  }
  const errors = surfaceModule(surface).errors;
  // Tencent v2 carries its numeric code beside the codeDesc: either may name the refusal.
  const codes = [r.error.code, r.error.alternateCode];
  if (AUTH_REFUSALS.some((kind) => codes.includes(errors.error(kind, "").code))) {
    throw new SuiteError(
      "ENIC_CREDENTIALS",
      `the target refused the read-back's credentials (${r.error.code}: ${r.error.message}); check the key id and secret of ${surface}`,
    );
  }
  // Access denied is not "not found" either: the key may not read this ENI.
  if (codes.includes(errors.error("auth.forbidden", "").code)) {
    throw new SuiteError(
      "ENIC_CREDENTIALS",
      `access denied: the target refused the read-back for lack of permission (${r.error.code}: ${r.error.message}); grant the key of ${surface} permission to describe ENIs`,
    );
  }
  return r;
}

/** The reader of a surface module: its read-back, sent through the client. */
function readerOf(module: SurfaceModule): Reader {
  const { eni, task } = module.readback;
  const reader: Reader = {
    async eni(client, region, eniId, keep) {
      const answer = usable(client.surface, await client.callRaw(eni.operation, eni.params(eniId, region)));
      keep?.(answer);
      return eni.view(answer);
    },
  };
  if (task) {
    reader.task = async (client, accepted, keep) => {
      const params = task.params(accepted);
      if (typeof params === "string") return params;
      const answer = usable(client.surface, await client.callRaw(task.operation, params));
      keep?.(answer);
      return task.view(answer);
    };
  }
  return reader;
}

/** The readers of every surface. */
export const READERS = Object.fromEntries(
  SURFACES.map((surface) => [surface, readerOf(surfaceModule(surface))]),
) as Record<Surface, Reader>;
