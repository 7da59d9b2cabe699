/**
 * Types of the contract data the specs carry in their `x-` extensions (specs/README.md): error rows,
 * rules with their cases, findings, and the merged rule catalogue the suites iterate.
 */
import type { Surface } from "./surfaces.ts";

/** Where a row, rule or example comes from: a seed document section, or a companion vendor page. */
export type Citation =
  | { document: string; section: string; row?: number }
  | { companion: string; url?: string }
  /** An official SDK, as `name@version`, and where in it the behaviour shows. */
  | { sdk: string; detail?: string };

/**
 * Where an expectation comes from, strongest first: a sentence of one of the five documents,
 * another page of the same vendor, an official SDK's observed behaviour, or this project's own
 * reading (with the finding that explains it).
 */
export type ProvenanceKind = "document" | "vendor-page" | "sdk" | "inferred";

/** An expectation's provenance: its kind and what it rests on. */
export interface Provenance {
  kind: ProvenanceKind;
  /** The citations it rests on (for `inferred`, the sources it was read from). */
  citations: Citation[];
  /** The finding that explains an inference (or records what the sources leave open). */
  finding?: string;
}

/** One row of an error table (documented), a common error of the cloud, or a companion error. */
export interface ErrorRow {
  id: string;
  kind: "documented" | "common" | "companion";
  code: string;
  http: number;
  httpFrom: "document" | "protocol";
  meaning: string;
  message?: string;
  source: Citation;
  rules?: string[];
  unprovokable?: string;
  "x-finding"?: string | string[];
  "x-uncertain"?: string;
}

/** An error row placed in the catalogue: with the surface and operation it belongs to. */
export interface PlacedErrorRow extends ErrorRow {
  surface: Surface;
  /** The operation whose table holds the row; absent for common rows. */
  operation?: string;
}

/** How a case changes an otherwise valid request. */
export interface Mutation {
  kind:
    | "param.omit"
    | "param.malformed"
    | "param.wrong-type"
    | "param.unknown"
    | "action.unknown"
    | "sign.bad-signature"
    | "sign.unknown-key"
    | "sign.expired-timestamp"
    | "sign.reused-nonce"
    | "sign.limited-key"
    | "rate.burst"
    | "idempotency.token-reused-same-params"
    | "idempotency.token-reused-other-params"
    | "idempotency.token-reused-in-flight";
  param?: string;
}

/** One executable scenario of a rule on one surface. */
export interface RuleCase {
  operation: string;
  given: Record<string, string>;
  /** Literal values of optional parameters the case sends (a documented value no fixture role covers). */
  with?: Record<string, string | number | boolean>;
  mutate?: Mutation;
  expect: "success" | "error";
  errorRows?: string[];
  confidence?: "documented" | "inferred";
  finding?: string;
  /**
   * The state after the call: `attached-secondary` is `attached`, and the ENI reads back as a
   * secondary ENI while the instance's primary ENI (role `eni.primary`) stays its primary.
   */
  then?: "attached" | "attached-secondary" | "detached" | "unchanged" | "task-final" | "migrated";
  /** The expected outcome's provenance: computed by the catalogue build (src/contracts/provenance.ts), never written in a spec. */
  provenance?: Provenance;
}

/**
 * A documented property of a response field beyond its type and format, as one spec carries it
 * (`x-field-properties`): the field, what the documents say of it, and the check that judges it.
 */
export interface FieldProperty {
  /** Unique on its surface, e.g. `request-id.unique`. */
  id: string;
  title: string;
  /** The operations whose answers carry the field; `["*"]` is every operation of the spec. */
  operations: string[];
  /** The field's path in the answer body: members joined by dots, `[]` for an array's items. */
  field: string;
  statement: string;
  source: Citation[];
  /** `inferred`: the property is this project's reading (else computed from `source`). */
  provenance?: "inferred";
  /** The finding that explains an inferred property. */
  finding?: string;
  /** The id of the check that judges it (src/checks/registry.ts). */
  check: string;
  /**
   * Which cases exercise it: any answer of the operations; the read-back after an ENI was bound;
   * the read-back of a case that also reads the instance's primary ENI (`then: attached-secondary`);
   * the task query of `then: task-final`.
   */
  exercised: "answer" | "bound-readback" | "primary-readback" | "task";
}

/** A field property in the catalogue: with its surface and computed provenance. */
export interface PlacedFieldProperty extends Omit<FieldProperty, "provenance"> {
  surface: Surface;
  provenance: Provenance;
}

/** A rule entry as one spec carries it (`x-rules`). */
export interface SpecRule {
  id: string;
  title: string;
  statement: string;
  source: Citation[];
  /** `inferred`: the rule is this project's reading, not a statement of its sources (else computed from them). */
  provenance?: "inferred";
  /** The finding that explains an inferred rule. */
  finding?: string;
  /** For an inferred rule whose refusal follows from another, documented rule: that rule. */
  refusalFrom?: string;
  cases: RuleCase[];
}

/** A rule in the merged catalogue: one entry per surface that states it. */
export interface CatalogueRule {
  id: string;
  title: string;
  surfaces: Partial<
    Record<
      Surface,
      {
        statement: string;
        source: Citation[];
        /** The statement's provenance (computed from `source`, or `inferred` where the spec says so). */
        provenance: Provenance;
        /** The finding that explains an inferred rule. */
        finding?: string;
        /** For an inferred rule whose refusal follows from another, documented rule: that rule. */
        refusalFrom?: string;
        cases: RuleCase[];
      }
    >
  >;
}

/** The merged, validated catalogue of rules and error rows over all surfaces. */
export interface Catalogue {
  version: 1;
  rules: CatalogueRule[];
  errorRows: PlacedErrorRow[];
  /** The documented properties of response fields, per surface (`x-field-properties`). */
  fieldProperties: PlacedFieldProperty[];
}

/** A documentation finding (specs/findings.yaml). */
export interface DocumentationFinding {
  id: string;
  kind: "contradiction" | "example-mismatch" | "missing-error-code" | "ambiguity" | "uncertain-fact";
  surfaces: Surface[];
  title: string;
  citations: Citation[];
  detail: string;
  resolution: string;
  example?: string;
}
