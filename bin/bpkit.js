#!/usr/bin/env node
// The bpkit CLI entry: registers tsx so the TypeScript sources run without a build step.
"use strict";
require("tsx/cjs");
require("../scripts/cli.ts").main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === "number") process.exitCode = code;
  },
  (err) => {
    console.error(`bpkit: ${err && err.stack ? err.stack : err}`);
    process.exitCode = 1;
  },
);
