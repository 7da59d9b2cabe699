/**
 * Public API of eni-conformance: the contract catalogue and its generators. One barrel with an
 * explicit export list.
 */
export {
  buildCatalogue,
  checkCatalogue,
  loadAllSpecs,
  type Problem,
  rowCountsByDocument,
} from "./contracts/catalogue.ts";
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
  ErrorRow,
  Finding,
  Mutation,
  PlacedErrorRow,
  RuleCase,
  SpecRule,
} from "./contracts/model.ts";
export { listOperations, loadSpec, primaryOperations, type SpecOperation } from "./contracts/spec.ts";
export { isSurface, SURFACES, type Surface } from "./contracts/surfaces.ts";
