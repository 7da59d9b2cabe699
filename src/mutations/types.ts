/**
 * What a request mutation is, as data: the perturbation a rule case's `mutate` asks for
 * (`src/contracts/model.ts` `Mutation`), said once for every mode that sends requests — the
 * conformance suites, pact generation and SDK mode. A definition names its family, what it changes,
 * what it needs from the target, the neutral refusal it provokes, whether each mode can express
 * it, and one pure function from the case and its filled parameters to the perturbation.
 */
import type { Mutation, RuleCase } from "../contracts/model.ts";
import type { Surface } from "../contracts/surfaces.ts";
import type { NeutralError } from "../core/errors.ts";

/** A mutation kind (`mutate.kind` of a rule case). */
export type MutationKind = Mutation["kind"];

/** The first dotted word of a kind. */
export type Family = "param" | "action" | "sign" | "rate" | "idempotency";

/**
 * What a mutation changes: the action parameters, the encoded request before it is signed, how it
 * is signed, or which calls are sent around the judged one.
 */
export type Change = "parameters" | "wire" | "signing" | "sequence";

/** The modes that send a case's request. */
export type Mode = "suite" | "pact" | "sdk";

/** Whether a mode can send the perturbation, and if not, why (the text reports show). */
export type Expressible = true | { cannot: string };

/** What a mutation needs from the target beyond its vendor API. */
export type ControlNeed =
  | { needs: "nothing" }
  /**
   * The simulator's control plane (`/_sim/`): a target without one (a real account) skips the
   * case with `reason`; pact verification skips the interaction there.
   */
  | { needs: "control-plane"; reason: string }
  /**
   * A second key of the account whose policy does not grant the operation (`--limited-account`;
   * the embedded simulator has one): a target without it skips the case with `reason`, and pact
   * verification skips the interaction there.
   */
  | { needs: "limited-key"; reason: string };

/** One change to the action parameters. */
export type ParamEdit =
  /** Leave the parameter out. */
  | { param: string; omit: true }
  /** Append `suffix` to the parameter's value (a malformed id: the id plus "!"). */
  | { param: string; suffix: string }
  /** Send `value` for the parameter (added when the request has none). */
  | { param: string; value: unknown };

/** A change to the encoded request before it is signed. */
export interface WireChange {
  /** Rename the action wherever the request names it (header, query, path or body). */
  renameAction: { from: string; to: string };
}

/**
 * How the judged request is signed: by the account, with a wrong secret, with a key no target
 * knows, with a stale timestamp, or by the account's limited key (a key whose policy does not grant
 * the operation).
 */
export type Signing = "account" | "wrong-secret" | "unknown-key" | "stale-timestamp" | "limited-key";

/** The earlier call of a client-token reuse, when the judged request follows it. */
export type EarlierCall =
  /** Its change has settled (the task finished). */
  | { state: "completed" }
  /** It was answered; nothing more is waited for. */
  | { state: "answered" }
  /** It is still running: the target's asynchronous progress is held at `polls` reads. */
  | { state: "in-flight"; polls: number };

/** Which calls are sent, and in which order, around the judged request. */
export type Play =
  /** The judged request alone. */
  | { kind: "single" }
  /** The same signed request twice (same nonce, same signature); the second answer is judged. */
  | { kind: "resend-signed" }
  /** The request more often within a second than the operation's limit allows (limit + 1). */
  | { kind: "burst" }
  /** An earlier call with the same client token, then the judged request. */
  | {
      kind: "token-reuse";
      variant: "same-params" | "other-params" | "in-flight";
      /** The operation's client-token parameter (from its request schema). */
      tokenParam: string;
      /** How the earlier call's parameters differ from the judged request's (none: the same). */
      earlier: ParamEdit[];
      before: EarlierCall;
    };

/** The perturbation of one case's request, as data every mode interprets. */
export interface Perturbation {
  /** The mutation it comes from (absent: the case's request is sent as filled). */
  kind?: MutationKind;
  /** Changes to the judged request's parameters, in order. */
  edits: ParamEdit[];
  /** A change to the encoded request before signing. */
  wire?: WireChange;
  signing: Signing;
  play: Play;
}

/** What a perturbation is computed from. */
export interface PerturbInput {
  surface: Surface;
  ruleCase: Pick<RuleCase, "operation" | "given" | "mutate">;
  /**
   * The request's parameters: every `given` parameter filled with its fixture id (the suites add
   * the optional parameters they drew).
   */
  params: Readonly<Record<string, unknown>>;
  /** The fixture ids by role (a sequence may need another role's id). */
  roles: Readonly<Record<string, string>>;
  /**
   * Index of a choice among equals (the parameter a `param.omit` without a named parameter drops):
   * the suites draw it with fast-check, pact generation uses 0, SDK mode the run's index.
   */
  pick: number;
}

/** One mutation kind. The file name is the kind in kebab-case. */
export interface MutationDef<K extends MutationKind = MutationKind> {
  kind: K;
  family: Family;
  changes: Change;
  control: ControlNeed;
  /** The cloud-neutral refusal the target must answer with (absent: the rule's own rows decide). */
  refusal?: NeutralError;
  /** Per mode, whether it can send the perturbation. */
  modes: Readonly<Record<Mode, Expressible>>;
  /** The perturbation of a case's request (pure). */
  perturb(input: PerturbInput): Perturbation;
}
