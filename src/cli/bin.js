#!/usr/bin/env node
// Entry point of the `eni-conformance` command: loads the TypeScript sources through tsx, so the
// package runs from a fresh `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
