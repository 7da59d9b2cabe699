/**
 * Public API of eni-conformance: the contract catalogue and its generators, the four surface
 * modules (signers, codecs, error tables), the signed client, and the core types. One barrel with
 * an explicit export list.
 */
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
export { driftedFiles, generateAll, writeGenerated } from "./contracts/generate.ts";
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
  typeName,
} from "./sdk/adapter.ts";
export { type RunningSimulator, startSimulator } from "./sim/server.ts";
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
