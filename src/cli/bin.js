#!/usr/bin/env node
// Entry point of the `eni-conformance` command. Runs from a fresh `npm ci` with no build step:
// the TypeScript sources are bundled into a cache on first use and whenever they change
// (src/cli/compiled.js), or loaded through tsx when that cache cannot be used.
import { loadMain } from "./compiled.js";

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
