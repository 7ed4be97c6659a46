/** Jest: TypeScript through ts-jest, transpile only (tsconfig has isolatedModules; `npm run typecheck` does the type checking). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // Tests that spawn bin/bpkit.js run dist/: rebuilt first when stale.
  globalSetup: "<rootDir>/test/build-if-stale.js",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { diagnostics: false }],
  },
  transformIgnorePatterns: ["/node_modules/(?!buttplug-wasm)"],
  moduleFileExtensions: ["ts", "js", "json", "mjs"],
  testTimeout: 30000,
  // every frame the test transports' server ends carry goes through the session checker
  setupFilesAfterEnv: ["<rootDir>/test/setup/session-tap.ts"],
  maxWorkers: 2,
};
