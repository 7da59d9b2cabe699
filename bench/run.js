#!/usr/bin/env node
// Entry point of `npm run bench`: loads the TypeScript benchmark harness through tsx and runs it
// (the simulator it measures runs as the precompiled command line, src/cli/bin.js). Options:
// --only NAME[,NAME] (throughput, peer, suite, scale, startup), --profile DIR (CPU profiles of the simulator under load), --no-write,
// --render (rewrite docs/benchmarks.md from bench/results/latest.json, e.g. after editing
// bench/where-the-time-goes.md, without running anything).
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
