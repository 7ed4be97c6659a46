#!/usr/bin/env node
// The bpkit CLI entry: runs the compiled command line (dist/scripts/cli.js, built by `npm run build`,
// which `npm install` runs in a checkout through the `prepare` script and `npm pack` before packing).

const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "dist", "scripts", "cli.js");
if (!existsSync(cli)) {
  console.error(`bpkit: not built (${cli} is missing): run \`npm run build\` in ${join(__dirname, "..")}`);
  process.exit(1);
}
require(cli)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      if (typeof code === "number") process.exitCode = code;
    },
    (err) => {
      console.error(`bpkit: ${err?.stack ? err.stack : err}`);
      process.exitCode = 1;
    },
  );
