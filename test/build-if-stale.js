// jest globalSetup: tests that start the `bpkit` bin run the compiled dist/; rebuild it first when a
// source changed since the last build (`node scripts/build.js --if-stale`; nothing to do otherwise).

const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, "..", "scripts", "build.js"), "--if-stale"], { stdio: "inherit" });
};
