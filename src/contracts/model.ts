/**
 * Types of the contract data the specs carry in their `x-` extensions (specs/README.md): error rows,
 * rules with their cases, findings, and the merged rule catalogue the suites iterate.
 */
import type { Surface } from "./surfaces.ts";

/** Where a row, rule or example comes from: a seed document section, or a companion vendor page. */
export type Citation =
  | { document: string; section: string; row?: number }
  | { companion: string; url?: string };

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
  mutate?: Mutation;
  expect: "success" | "error";
  errorRows?: string[];
  confidence?: "documented" | "inferred";
  finding?: string;
  then?: "attached" | "detached" | "unchanged" | "task-final" | "migrated";
}

/** A rule entry as one spec carries it (`x-rules`). */
export interface SpecRule {
  id: string;
  title: string;
  statement: string;
  source: Citation[];
  cases: RuleCase[];
}

/** A rule in the merged catalogue: one entry per surface that states it. */
export interface CatalogueRule {
  id: string;
  title: string;
  surfaces: Partial<Record<Surface, { statement: string; source: Citation[]; cases: RuleCase[] }>>;
}

/** The merged, validated catalogue of rules and error rows over all surfaces. */
export interface Catalogue {
  version: 1;
  rules: CatalogueRule[];
  errorRows: PlacedErrorRow[];
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
