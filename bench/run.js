#!/usr/bin/env node
// Entry point of `npm run bench`: loads the TypeScript benchmark harness through tsx (as
// src/cli/bin.js does for the CLI) and runs it. Options: --only NAME[,NAME] (throughput, peer,
// suite, scale, startup), --profile DIR (CPU profiles of the simulator under load), --no-write.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
