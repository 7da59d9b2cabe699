#!/usr/bin/env node
// Entry point of the `eni-conformance` command.
//
// Installed from the package, it runs the JavaScript compiled at pack time into dist/ (npm run
// build, tsconfig.build.json): nothing is built, bundled or cached at run time.
//
// In a development checkout (the TypeScript sources sit beside this file) it runs from a fresh
// `npm ci` with no build step: the sources are bundled into a cache on first use and whenever they
// change (src/cli/compiled.js), or loaded through tsx when that cache cannot be used. A dist/ left
// by `npm pack` in a checkout is never used, so an edit always counts.
import { existsSync } from "node:fs";

const main = existsSync(new URL("./main.ts", import.meta.url))
  ? await (await import("./compiled.js")).loadMain()
  : (await import("../../dist/src/cli/main.js")).main;
process.exitCode = await main(process.argv.slice(2));
