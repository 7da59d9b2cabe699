/**
 * Public API of eni-conformance (the package's one entry point, `import … from "eni-conformance"`;
 * one barrel with an explicit export list):
 *
 * - the signed client: {@link createClient} — every surface's real wire protocol, vendor errors as values;
 * - the simulator: {@link startSimulator} — on a port of 127.0.0.1, with its control plane;
 * - the conformance run: {@link runConformance} — the canonical report, in this process;
 * - the pact helpers: {@link buildInteractions}, {@link addInteraction}, {@link reify},
 *   {@link generatePacts}, {@link verifyPacts} (they need `@pact-foundation/pact`, an optional peer dependency);
 * - SDK mode's adapter interface: {@link SdkAdapter} and its helpers ({@link thrownError}, ...);
 * - the contract catalogue, the surface modules (signers, codecs, error tables), the report writers
 *   and the core types. (Generating schemas and types from the specs is `npm run gen` in a checkout.)
 *
 * Examples that are type-checked and run against the installed package: `examples/library/`.
 */
export { type RunConformanceConfig, runConformance } from "./api/run-conformance.ts";
export {
  type ControlOptions,
  type ControlPlane,
  controlPlane,
  type RequestsOptions,
  type SimFixtures,
  type SimPolicy,
  type SimProgress,
  type StartedSimulator,
  type StartSimulatorOptions,
  startSimulator,
} from "./api/simulator.ts";
export {
  type CallResult,
  type Client,
  type ClientOptions,
  createClient,
  type VendorError,
} from "./client/client.ts";
export {
  checkCatalogue,
  loadAllSpecs,
  type Problem,
  rowCountsByDocument,
} from "./contracts/catalogue.ts";
export { buildCatalogue } from "./contracts/catalogue-build.ts";
export {
  buildContractReport,
  type ContractReport,
  contractReportMarkdown,
  contractsOk,
} from "./contracts/contract-report.ts";
export { type ExampleResult, validateExamples } from "./contracts/examples.ts";
export { loadFindings } from "./contracts/findings.ts";
export { operationSchemas, schemaFile, schemaId } from "./contracts/json-schema.ts";
export type {
  Catalogue,
  CatalogueRule,
  Citation,
  DocumentationFinding,
  ErrorRow,
  Mutation,
  PlacedErrorRow,
  RuleCase,
  SpecRule,
} from "./contracts/model.ts";
export { listOperations, loadSpec, primaryOperations, type SpecOperation } from "./contracts/spec.ts";
export { isSurface, SURFACES, type Surface } from "./contracts/surfaces.ts";
export {
  type Clock,
  cryptoRandom,
  fixedClock,
  type Random,
  seededRandom,
  systemClock,
} from "./core/clock.ts";
export { ApiError, isSuiteError, type NeutralError, SuiteError, type SuiteErrorCode } from "./core/errors.ts";
export { type Attempt, type Exchange, type ExchangeRecorder, memoryRecorder } from "./core/exchange.ts";
export { redactRequest, redactResponse, redactText, type SecretNames } from "./core/redact.ts";
export type { WireRequest, WireResponse } from "./core/wire.ts";
export { addInteraction, matchBooked, type PactV4Like } from "./pact/consumer.ts";
export {
  type GeneratedPact,
  generatePacts,
  pactFile,
} from "./pact/generate.ts";
export { buildInteractions } from "./pact/interactions.ts";
export { reify } from "./pact/matchers.ts";
export { pactFileProblems, pactProblems } from "./pact/validate.ts";
export { type VerifyOptions, type VerifyReport, verifyPacts } from "./pact/verify.ts";
export { applyBaseline } from "./report/baseline.ts";
export { buildReport } from "./report/build.ts";
export { diffReports } from "./report/diff.ts";
export { reportHtml } from "./report/html.ts";
export { junitXml } from "./report/junit.ts";
export { reportMarkdown } from "./report/markdown.ts";
export type { Report, ReportCase } from "./report/model.ts";
export { reportErrors } from "./report/validate.ts";
export {
  defined,
  pick,
  type SdkAdapter,
  type SdkClient,
  type SdkEndpoint,
  type SdkOptions,
  type Settled,
  type Surfaced,
  statusOf,
  text,
  thrownError,
  typeName,
} from "./sdk/adapter.ts";
export { createSimulator, type Simulator } from "./sim/simulator.ts";
export type { SimulatorOptions } from "./sim/state.ts";
export {
  routeRequest,
  SECRET_NAMES,
  SURFACE_MODULES,
  type SurfaceParams,
  surfaceModule,
} from "./surfaces/registry.ts";
export type {
  Codec,
  Credentials,
  Decoded,
  OperationInfo,
  Signer,
  SurfaceErrors,
  SurfaceModule,
  VerifyContext,
} from "./surfaces/types.ts";
