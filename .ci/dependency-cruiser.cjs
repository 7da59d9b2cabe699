/**
 * Import rules checked by `npm run deps` (dependency-cruiser, offline): no circular imports
 * anywhere, no production code importing tests, and the layer rule of ARCHITECTURE.md —
 *   cli -> api -> engine -> (report, pact, sdk) -> doctor -> suites-kit -> (checks, mutations) -> (sim, client, config)
 *       -> surfaces -> model -> (core, contracts)
 * Each folder of src/ has a rank in LAYERS; a source file imports its own folder and folders of
 * lower rank only. Tests (`*.test.ts`) and the test helpers of src/testing/ may reach up (a check's
 * test drives the simulator); they are held to the cycle rule only.
 */

/** Rank of each folder of src/ (and of src/index.ts, the barrel): imports point to lower ranks. */
const LAYERS = {
  testing: 11, // test helpers (src/testing/): used by tests only, held to the cycle rule
  cli: 10,
  "index.ts": 10,
  api: 9.5, // the library API behind the barrel (runConformance, startSimulator with its control plane)
  engine: 9, // the case engine: opens the target or the SDK session and runs items
  "docs-site": 8.5, // the documentation site (eni-conformance docs): reads the report model and pact's provider states
  report: 8, // reads the case results of suites-kit's runner
  pact: 8,
  sdk: 8, // drives catalogue cases through the SDK adapters
  doctor: 7.5, // the preflight: reads the target through suites-kit's target, report carries its diagnosis
  "suites-kit": 7,
  checks: 6,
  mutations: 6, // the one registry of request mutations, shaped like checks/
  sim: 5,
  client: 5,
  config: 5, // the run configuration (option table, loader): surfaces' names and credentials
  surfaces: 4,
  model: 3, // the cloud-neutral world the simulator serves
  core: 0, // imports nothing else of ours
  contracts: 0, // imports nothing else of ours
  generated: 0, // generated code and data (npm run gen); surfaces read it
};

const TEST = "(\\.test\\.ts$|^src/testing/)";
const exactly = (path) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;
const folder = (name) => (name === "index.ts" ? exactly("src/index.ts") : `^src/${name}/`);
const names = Object.keys(LAYERS);

/** One rule per folder: it imports only its own folder and folders of lower rank. */
const layerRules = names.map((name) => ({
  name: `layer-${name.replace(/\.ts$/, "")}`,
  comment: `${name} (rank ${LAYERS[name]}) imports only its own folder and lower layers (ARCHITECTURE.md)`,
  severity: "error",
  from: { path: folder(name), pathNot: TEST },
  to: { path: names.filter((other) => other !== name && LAYERS[other] >= LAYERS[name]).map(folder) },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles, type-only imports included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-code-in-production",
      comment: "Production code never imports a test or a test helper.",
      severity: "error",
      from: { path: "^src/", pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: "src-stands-alone",
      comment: "Production code in src/ never imports the suites, the benchmarks or the examples.",
      severity: "error",
      from: { path: "^src/", pathNot: TEST },
      to: { path: "^(suites|bench|examples)/" },
    },
    {
      name: "every-folder-has-a-layer",
      comment: "A new folder of src/ gets a rank in LAYERS (.ci/dependency-cruiser.cjs).",
      severity: "error",
      from: { path: "^src/", pathNot: names.map(folder) },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^node_modules/|(^|/)\\.cache/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
